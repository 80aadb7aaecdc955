// The optional YAML front matter of a recap file, as Obsidian, Jekyll or Hugo users write it:
// title, date, speakers, tags, url, aliases, author, conference, and the `debrief-id` that Debrief's
// own notes-app export writes (which talk the file is of). Every field is optional and a
// field of the wrong shape is reported and ignored, never fatal: the rest of the file still reads.
import { isProblem, splitFrontMatter } from '../content/front-matter';
import type { ContentProblem, Speaker } from '../domain';
import { parseSpeakers, speakerFrom } from './talk-speakers';

/** What a recap file's front matter says; empty lists when it says nothing. */
export interface RecapFrontMatter {
  title?: string;
  /** ISO date, `YYYY-MM-DD`. */
  date?: string;
  speakers: Speaker[];
  tags: string[];
  /** From `url`, `link` or `schedule`. */
  url?: string;
  aliases: string[];
  author?: string;
  conference?: string;
  location?: string;
  /** `debrief-id`: the item a notes-app export wrote this file from; it links the file back to that item. */
  debriefId?: string;
}

const opening = /^---[ \t]*$/;
const closing = /^(?:---|\.\.\.)[ \t]*$/;

/** Reads a file's front matter, if it has one; problems name the file, line and field. */
export function readRecapFrontMatter(
  file: string,
  text: string,
): { frontMatter: RecapFrontMatter; problems: ContentProblem[] } {
  const frontMatter: RecapFrontMatter = { speakers: [], tags: [], aliases: [] };
  const lines = text.split('\n');
  if (!opening.test(lines[0] ?? '')) return { frontMatter, problems: [] };
  const end = lines.findIndex((line, index) => index > 0 && closing.test(line));
  if (end < 0) {
    const message = 'the front matter opened on line 1 is never closed with `---`; the file was read without it';
    return { frontMatter, problems: [{ file, line: 1, message }] };
  }
  // YAML also ends a document with `...`; splitFrontMatter knows only `---`.
  const yamlPart = [...lines.slice(0, end), '---'].join('\n');
  const split = splitFrontMatter(file, yamlPart);
  if (isProblem(split)) {
    return { frontMatter, problems: [{ ...split, message: `${split.message}; the rest of the file was read` }] };
  }
  const { data } = split;
  if (data === null || data === undefined) return { frontMatter, problems: [] };
  if (typeof data !== 'object' || Array.isArray(data)) {
    const message = 'the front matter is not a list of `field: value` lines; it was skipped';
    return { frontMatter, problems: [{ file, line: 2, message }] };
  }
  const fields = data as Record<string, unknown>;
  const problems: ContentProblem[] = [];
  const wrong = (field: string, message: string) =>
    problems.push({ file, line: split.lineOf([field]) ?? 2, field, message: `${field} ${message}; it was ignored` });

  const text1 = (field: string): string | undefined => {
    const value = fields[field];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    if (typeof value === 'number') return String(value);
    wrong(field, 'must be text');
    return undefined;
  };
  const title = text1('title');
  if (title) frontMatter.title = title;
  const date = dateField(fields['date']);
  if (date) frontMatter.date = date;
  else if (fields['date'] !== undefined) wrong('date', 'must be a date like 2022-05-19');
  const url = text1('url') ?? text1('link') ?? text1('schedule');
  if (url) frontMatter.url = url;
  for (const field of ['author', 'conference', 'location'] as const) {
    const value = text1(field);
    if (value) frontMatter[field] = value;
  }
  const debriefId = text1('debrief-id');
  if (debriefId) frontMatter.debriefId = debriefId;
  const speakers = fields['speakers'] ?? fields['speaker'];
  if (speakers !== undefined && speakers !== null) {
    const read = speakersField(speakers);
    if (read) frontMatter.speakers = read;
    else wrong(fields['speakers'] === undefined ? 'speaker' : 'speakers', 'must be a list of names');
  }
  const tags = listField(fields['tags'] ?? fields['tag']);
  if (tags) frontMatter.tags = [...new Set(tags.map((tag) => tag.replace(/^#/, '')).filter(Boolean))];
  else wrong('tags', 'must be a list of words');
  const aliases = listField(fields['aliases'] ?? fields['alias']);
  if (aliases) frontMatter.aliases = aliases;
  else wrong('aliases', 'must be a list of names');
  return { frontMatter, problems };
}

function dateField(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return /^\d{4}-\d{2}-\d{2}/.exec(value.trim())?.[0];
  return undefined;
}

/** A list of strings, a comma-separated string, or nothing; undefined when it is neither. */
function listField(value: unknown): string[] | undefined {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string')
    return value
      .split(/[,\s]+(?=#)|,/)
      .map((part) => part.trim())
      .filter(Boolean);
  if (Array.isArray(value) && value.every((entry) => typeof entry === 'string' || typeof entry === 'number')) {
    return value.map((entry) => String(entry).trim()).filter(Boolean);
  }
  return undefined;
}

/** `speakers:` as a list of "Name (Org)", "Name, Org" or {name, org}, or one string of several names. */
function speakersField(value: unknown): Speaker[] | undefined {
  if (typeof value === 'string') return parseSpeakers(value);
  if (!Array.isArray(value)) return undefined;
  const speakers: Speaker[] = [];
  for (const entry of value) {
    if (typeof entry === 'string') {
      const speaker = speakerFrom(entry, true);
      if (speaker) speakers.push(speaker);
    } else if (entry && typeof entry === 'object' && typeof (entry as { name?: unknown }).name === 'string') {
      const { name, org } = entry as { name: string; org?: unknown };
      speakers.push({ name: name.trim(), ...(typeof org === 'string' && org.trim() ? { org: org.trim() } : {}) });
    } else {
      return undefined;
    }
  }
  return speakers;
}
