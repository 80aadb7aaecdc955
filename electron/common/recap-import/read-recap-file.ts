// Reads one decoded recap file into talks (not yet linked): by its headings, or the whole file as
// one talk when it is one talk's notes (front matter naming the talk, or no talk-like headings).
import type { ContentProblem } from '../domain';
import { headingSlug, recapFormatOf } from './import-recap';
import { readRecapFrontMatter, type RecapFrontMatter } from './recap-front-matter';
import type { RecapTalk } from './recap-reading';
import { outlineRecap, type RecapOutline } from './recap-outline';
import { splitTalks, type IntroPart, type SplitTalk } from './split-talks';
import { isContainerHeading, isTalkPartHeading, kindByWords, readDayHeading, type DayHeading } from './talk-headings';
import { readTalkLines } from './talk-lines';
import { titleKeys } from './words';

/** A talk as read from its file, with what only linking needs: every link under its heading, its weekday. */
export interface DraftTalk {
  talk: RecapTalk;
  urls: string[];
  weekday?: number;
  /** The item a Debrief notes-app export wrote the file from (front matter `debrief-id`). */
  debriefId?: string;
}

/** What one file holds: its talks, intro, remarks and problems, and what names the recap. */
export interface FileReading {
  talks: DraftTalk[];
  intro: string[];
  notes: string[];
  problems: ContentProblem[];
  frontMatter: RecapFrontMatter;
  /** Front matter title, else a lone top heading. */
  title?: string;
  firstHeading?: string;
  /** Every ISO date the file gives (front matter, day headings). */
  dates: string[];
}

/** Reads one file; `key` starts its talks' ids and `manyFiles` says it is one of a folder or a selection. */
export function readRecapFile(
  path: string,
  text: string,
  key: string,
  manyFiles: boolean,
  folder?: string,
): FileReading {
  const lines = text.split('\n');
  const { frontMatter, problems } = readRecapFrontMatter(path, text);
  const outline = outlineRecap(path, text, recapFormatOf(path));
  const year = yearOf([frontMatter.date, frontMatter.title, frontMatter.conference, outline.title, path, folder]);
  // A lone top heading "Day 2" over the file's talks is their day, not the recap's name.
  const topDay = outline.title && !frontMatter.title ? readDayHeading(outline.title, year) : undefined;
  const fileDay = { ...dayOfFile(path, frontMatter, year), ...topDay };
  const headingTitle = topDay ? undefined : outline.title;
  const title = frontMatter.title ?? headingTitle;
  // The first heading that could name the conference: "Day 1" or "Overview" names none.
  const firstHeading = outline.sections.find((section) => !isContainerHeading(section.heading))?.heading;
  const reading: FileReading = {
    talks: [],
    intro: [],
    notes: [],
    problems,
    frontMatter,
    ...(title ? { title } : {}),
    ...(firstHeading ? { firstHeading } : {}),
    dates: [],
  };
  const ids = new Map<string, number>();
  const fileSlug = headingSlug(path.replace(/\.[^./\\]+$/, ''));
  const layerId = (heading: string) => {
    const slug = headingSlug(heading);
    const count = (ids.get(slug) ?? 0) + 1;
    ids.set(slug, count);
    return `${key}/${fileSlug}/${count === 1 ? slug : `${slug}-${count}`}`;
  };
  const markdown = (from: number, to: number) => trimBlankLines(lines.slice(from - 1, to - 1));
  const firstLine = Math.min(outline.intro[0]?.line ?? Infinity, outline.sections[0]?.line ?? Infinity);
  if (!Number.isFinite(firstLine) || markdown(firstLine, lines.length + 1) === '') {
    problems.push({ file: path, line: 1, message: 'the file has no text after its front matter: nothing to read' });
    return reading;
  }

  const split = splitTalks(outline.sections, lines.length, year, fileDay);
  const talkTitled = frontMatter.title !== undefined && !isContainerHeading(frontMatter.title);
  // A file Debrief exported is one talk's, whatever its headings ("## Highlights", "## Notes") look like.
  const talkFields =
    frontMatter.speakers.length > 0 ||
    frontMatter.url !== undefined ||
    frontMatter.aliases.length > 0 ||
    frontMatter.debriefId !== undefined;
  const promoted = split.intro.filter((part) => part.promotable && markdown(part.startLine, part.endLine) !== '');
  let talks: SplitTalk[] = split.talks;
  let introParts: IntroPart[] = split.intro;
  // A top heading with a speakers or link line right under it is one talk's notes, whatever its sub-headings say.
  const topMeta = headingTitle ? readTalkLines(outline.intro) : undefined;
  const talkHeaded = topMeta !== undefined && (topMeta.speakers.length > 0 || topMeta.url !== undefined);
  if ((talkTitled && (talkFields || manyFiles)) || (!frontMatter.title && talkHeaded)) {
    talks = [];
  } else if (talks.length === 0 && promoted.length > 0) {
    // Only day or overview sections: each is what the author wrote of that day, searchable as a talk.
    talks = promoted.map((part) => ({
      section: part.section ?? { heading: '', level: 1, line: part.startLine, lines: [] },
      kind: kindByWords(part.section?.heading ?? ''),
      day: part.day,
      startLine: part.startLine,
      endLine: part.endLine,
    }));
    introParts = split.intro.filter((part) => !promoted.includes(part));
  }

  if (talks.length === 0) {
    const one = wholeFileTalk({ path, lines, outline, frontMatter, headingTitle, fileDay, firstLine });
    if (one.noHeadings) reading.notes.push(`${path}: no headings: the whole text became one talk`);
    one.draft.talk.layerId = layerId(one.draft.talk.title);
    reading.talks.push(one.draft);
  } else {
    for (const part of talks) {
      const meta = readTalkLines(part.section.lines);
      const day = { ...(frontMatter.date ? { date: frontMatter.date } : {}), ...part.day };
      reading.talks.push(
        draft(
          {
            layerId: layerId(part.section.heading),
            file: path,
            line: part.section.line,
            title: part.section.heading,
            kind: part.kind,
            speakers: meta.speakers,
            tags: [...new Set([...frontMatter.tags, ...meta.tags])],
            aliases: [],
            body: markdown(part.startLine, part.endLine),
            alternatives: [],
            ...dayFields(day),
            ...(meta.url ? { url: meta.url } : {}),
          },
          meta.urls,
          day.weekday,
        ),
      );
    }
  }
  const introText = introParts.map((part) => {
    const prose = markdown(part.startLine, part.endLine);
    if (prose === '' || !part.section) return prose;
    return `${'#'.repeat(Math.min(6, part.section.level))} ${part.section.heading}\n\n${prose}`;
  });
  const opening = markdown(outline.intro[0]?.line ?? 1, outline.sections[0]?.line ?? lines.length + 1);
  if (talks.length > 0) reading.intro = [opening, ...introText].filter(Boolean);
  reading.dates = [
    ...new Set([frontMatter.date, ...reading.talks.map((d) => d.talk.date), ...split.intro.map((p) => p.day.date)]),
  ].filter((date): date is string => date !== undefined);
  return reading;
}

/** What a file that is one talk needs to make that talk. */
interface WholeFile {
  path: string;
  lines: readonly string[];
  outline: RecapOutline;
  frontMatter: RecapFrontMatter;
  headingTitle: string | undefined;
  fileDay: DayHeading;
  /** The first line of text after the front matter. */
  firstLine: number;
}

/** The file as one talk, titled by its front matter, top heading, first talk-like heading or name (its id is the caller's). */
function wholeFileTalk(file: WholeFile): { draft: DraftTalk; noHeadings: boolean } {
  const { path, lines, outline, frontMatter, headingTitle, fileDay, firstLine } = file;
  const heading = outline.sections.find((s) => !isContainerHeading(s.heading) && !isTalkPartHeading(s.heading));
  const talkTitle = frontMatter.title ?? headingTitle ?? heading?.heading ?? baseName(path);
  // A first heading repeating the talk's title ("# Scaling Prometheus" under its front matter) is not its text.
  const first = outline.sections[0];
  const repeated = first?.line === firstLine && sameTitle(first.heading, talkTitle) ? first : undefined;
  const bodyStart = repeated ? (repeated.lines[0]?.line ?? lines.length + 1) : firstLine;
  const body = trimBlankLines(lines.slice(bodyStart - 1));
  const meta = readTalkLines(body.split('\n').map((line, index) => ({ text: line, line: index + 1 })));
  const headingLine = lines.slice(0, firstLine - 1).findIndex((line) => headingTitle && line.includes(headingTitle));
  const titleLine = frontMatter.title
    ? 1
    : (repeated?.line ?? (talkTitle === headingTitle && headingLine >= 0 ? headingLine + 1 : firstLine));
  const url = frontMatter.url ?? meta.url;
  const talk: RecapTalk = {
    layerId: '',
    file: path,
    line: titleLine,
    title: talkTitle,
    kind: kindByWords(talkTitle),
    speakers: frontMatter.speakers.length > 0 ? frontMatter.speakers : meta.speakers,
    tags: [...new Set([...frontMatter.tags, ...meta.tags])],
    aliases: frontMatter.aliases,
    body,
    alternatives: [],
    ...dayFields({ ...fileDay, ...(frontMatter.date ? { date: frontMatter.date } : {}) }),
    ...(url ? { url } : {}),
  };
  const urls = [...(frontMatter.url ? [frontMatter.url] : []), ...meta.urls];
  const found = draft(talk, urls, fileDay.weekday);
  if (frontMatter.debriefId) found.debriefId = frontMatter.debriefId;
  return {
    draft: found,
    noHeadings: outline.sections.length === 0 && !outline.title,
  };
}

function sameTitle(a: string, b: string): boolean {
  return titleKeys(a).join(' ') === titleKeys(b).join(' ');
}

function draft(talk: RecapTalk, urls: string[], weekday: number | undefined): DraftTalk {
  return { talk, urls, ...(weekday === undefined ? {} : { weekday }) };
}

function dayFields(day: DayHeading): { day?: number; date?: string } {
  return { ...(day.day === undefined ? {} : { day: day.day }), ...(day.date ? { date: day.date } : {}) };
}

/** The day a file's name ("day-2.md", "2022-05-19.md") or front matter title ("Day 2") says it is. */
function dayOfFile(path: string, frontMatter: RecapFrontMatter, year: number | undefined): DayHeading {
  let day: DayHeading = {};
  for (const segment of path.split(/[\\/]/)) {
    const found = readDayHeading(segment.replace(/\.[^.]+$/, '').replace(/[-_]+/g, ' '), year);
    if (found) day = { ...day, ...found };
  }
  const fromTitle = frontMatter.title ? readDayHeading(frontMatter.title, year) : undefined;
  return { ...day, ...fromTitle };
}

/** The first year (1990–2099) any of these texts names, to complete dates written without one. */
function yearOf(texts: readonly (string | undefined)[]): number | undefined {
  for (const text of texts) {
    const found = text ? /(?:^|\D)((?:19|20)\d\d)(?!\d)/.exec(text) : null;
    if (found?.[1]) return Number(found[1]);
  }
  return undefined;
}

function trimBlankLines(lines: readonly string[]): string {
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first < 0) return '';
  const last = lines.findLastIndex((line) => line.trim() !== '');
  return lines.slice(first, last + 1).join('\n');
}

/** A file's name without folders or extension. */
export function baseName(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  return name.replace(/\.[^.]+$/, '') || name;
}
