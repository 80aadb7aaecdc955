// Reads a content folder's files (see content/README.md) into conferences and items. A bad file
// is reported with file, line and field, and never takes the rest of the content down with it.
import type { z } from 'zod';
import type { Conference, ContentProblem, RecapItem } from '../domain';
import { conferenceFrontMatter, itemFrontMatter } from './content-schema';
import { decodeTextFile } from './decode-text';
import { isProblem, splitFrontMatter, type FrontMatterFile } from './front-matter';

/** One file of a content folder: its path relative to the folder (with `/`), and its bytes. */
export interface ContentFile {
  path: string;
  bytes: Uint8Array;
}

/** What a content folder holds, and what in it could not be read. */
export interface ParsedContent {
  conferences: Conference[];
  items: RecapItem[];
  problems: ContentProblem[];
}

const conferencePath = /^([^/]+)\/conference\.md$/;
const itemPath = /^([^/]+)\/items\/([^/]+)\.md$/;

/** Parses every conference and item file; files the format does not name are ignored. */
export function parseContent(files: readonly ContentFile[]): ParsedContent {
  const problems: ContentProblem[] = [];
  const conferences = new Map<string, Conference>();
  const sorted = [...files].sort((a, b) => a.path.localeCompare(b.path));

  for (const file of sorted) {
    const match = conferencePath.exec(file.path);
    if (!match) continue;
    const conference = readConference(file, match[1] ?? '', problems);
    if (conference) conferences.set(conference.id, conference);
  }

  const items: RecapItem[] = [];
  const seenIds = new Map<string, string>();
  const orphanedFolders = new Set<string>();
  for (const file of sorted) {
    const match = itemPath.exec(file.path);
    if (!match) continue;
    const folder = match[1] ?? '';
    const conference = conferences.get(folder);
    if (!conference) {
      orphanedFolders.add(folder);
      continue;
    }
    const item = readItem(file, match[2] ?? '', conference, problems);
    if (!item) continue;
    const earlier = seenIds.get(item.id);
    if (earlier) {
      problems.push({ file: file.path, field: 'id', message: `the id "${item.slug}" is already used by ${earlier}` });
      continue;
    }
    seenIds.set(item.id, file.path);
    items.push(item);
  }
  for (const folder of orphanedFolders) {
    problems.push({
      file: `${folder}/conference.md`,
      message: `the items in ${folder}/items/ were not loaded because this conference file is missing or has problems`,
    });
  }
  return { conferences: [...conferences.values()], items, problems };
}

function readFrontMatter(file: ContentFile, problems: ContentProblem[]): FrontMatterFile | undefined {
  const text = decodeTextFile(file.path, file.bytes);
  if (typeof text !== 'string') {
    problems.push(text);
    return undefined;
  }
  const split = splitFrontMatter(file.path, text);
  if (isProblem(split)) {
    problems.push(split);
    return undefined;
  }
  return split;
}

function validate<T extends z.ZodType>(
  schema: T,
  file: ContentFile,
  parsed: FrontMatterFile,
  problems: ContentProblem[],
): z.infer<T> | undefined {
  const result = schema.safeParse(parsed.data ?? {});
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const field = issue.path.map(String).join('.') || undefined;
    problems.push({
      file: file.path,
      line: parsed.lineOf(issue.path),
      field,
      message: field ? `${field} ${issue.message}` : issue.message,
    });
  }
  return undefined;
}

function readConference(file: ContentFile, folder: string, problems: ContentProblem[]): Conference | undefined {
  const parsed = readFrontMatter(file, problems);
  if (!parsed) return undefined;
  const data = validate(conferenceFrontMatter, file, parsed, problems);
  if (!data) return undefined;
  if (data.id !== folder) {
    problems.push({
      file: file.path,
      line: parsed.lineOf(['id']),
      field: 'id',
      message: `id "${data.id}" must equal the folder name "${folder}"`,
    });
    return undefined;
  }
  return { ...data, days: [...data.days].sort((a, b) => a.number - b.number), body: parsed.body, source: file.path };
}

function readItem(
  file: ContentFile,
  fileSlug: string,
  conference: Conference,
  problems: ContentProblem[],
): RecapItem | undefined {
  const parsed = readFrontMatter(file, problems);
  if (!parsed) return undefined;
  const data = validate(itemFrontMatter, file, parsed, problems);
  if (!data) return undefined;
  if (data.id !== fileSlug) {
    problems.push({
      file: file.path,
      line: parsed.lineOf(['id']),
      field: 'id',
      message: `id "${data.id}" must equal the file name "${fileSlug}"`,
    });
    return undefined;
  }
  const day = data.day === undefined ? undefined : conference.days.find((d) => d.number === data.day);
  if (data.day !== undefined && !day) {
    const known = conference.days.map((d) => d.number).join(', ');
    problems.push({
      file: file.path,
      line: parsed.lineOf(['day']),
      field: 'day',
      message: `day ${data.day} is not one of the conference's days (${known})`,
    });
    return undefined;
  }
  const { id: slug, ...fields } = data;
  return {
    ...fields,
    id: `${conference.id}/${slug}`,
    slug,
    conferenceId: conference.id,
    date: day?.date,
    body: parsed.body,
    source: file.path,
  };
}
