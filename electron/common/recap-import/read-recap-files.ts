// Reads the user's own recap files — one file, several, or a folder's — into talks linked to what
// the library knows, the conference they are of, and what was skipped and why. Pure and
// synchronous: it runs in a Web Worker for the import review and in Node for `npm run content:check`.
// Nothing throws on bad input; every file that cannot be read is listed in `skipped` instead.
import { isRecapFile, notARecapFile } from '../imported-files';
import { decodeTextFile } from '../content/decode-text';
import type { Conference, ContentProblem, RecapItem } from '../domain';
import { headingSlug } from './import-recap';
import { indexKnownItems } from './known-item-index';
import { linkRecapTalks } from './link-recap-talks';
import { guessRecapConference } from './recap-conference';
import type { RecapFileInput, RecapReading, RecapTalk } from './recap-reading';
import { baseName, readRecapFile, type DraftTalk, type FileReading } from './read-recap-file';
import { titleKeys } from './words';

/** How the files were picked, and the size limit (tests lower it). */
export interface ReadRecapOptions {
  /** The folder the files were picked from (its path or name); paths are relative to it. */
  folder?: string;
  /** Largest file read, in bytes; 64 MB unless given. */
  maxFileBytes?: number;
}

/** Largest recap file read: a recap of a whole conference is a few hundred KB at most. */
export const maxRecapFileBytes = 64 * 1024 * 1024;

/** Reads recap files against the library's conferences and items; see README.md for what becomes a talk. */
export function readRecapFiles(
  files: readonly RecapFileInput[],
  known: { conferences: readonly Conference[]; items: readonly RecapItem[] },
  options: ReadRecapOptions = {},
): RecapReading {
  const folderName = options.folder ? baseName(options.folder.replace(/[\\/]+$/, '')) : undefined;
  const firstName = files[0] ? baseName(files[0].path) : 'recap';
  const key = headingSlug(folderName ?? firstName);
  const skipped: ContentProblem[] = [];
  const readings: FileReading[] = [];
  const recapFiles = files.filter((file) => {
    if (isRecapFile(file.path)) return true;
    skipped.push({ file: file.path, message: notARecapFile });
    return false;
  });
  const manyFiles = recapFiles.length > 1 || folderName !== undefined;
  for (const file of recapFiles) {
    const decoded = decodeTextFile(file.path, file.bytes, options.maxFileBytes ?? maxRecapFileBytes);
    if (typeof decoded !== 'string') {
      skipped.push({ ...decoded, message: `${decoded.message}: skipped` });
      continue;
    }
    if (decoded.trim() === '') {
      skipped.push({ file: file.path, line: 1, message: 'the file is empty: skipped' });
      continue;
    }
    const text = decoded.replace(/\r\n?/g, '\n');
    let reading: FileReading;
    try {
      reading = readRecapFile(file.path, text, key, manyFiles, folderName);
    } catch (error) {
      // A reader's bug must cost one file, not the whole import: the review still shows the rest.
      skipped.push({ file: file.path, message: `the file could not be read (${String(error)}): skipped` });
      continue;
    }
    skipped.push(...reading.problems);
    readings.push(reading);
  }

  const drafts: DraftTalk[] = readings.flatMap((reading) => reading.talks);
  skipped.push(...duplicateTitles(drafts.map((draft) => draft.talk)));
  const index = indexKnownItems(known.items);
  let talks = withLinks(drafts, linkRecapTalks(drafts, index));

  const first = readings[0];
  const single = readings.length === 1 && folderName === undefined ? first : undefined;
  const author = readings.find((reading) => reading.frontMatter.author)?.frontMatter.author;
  // A file that is one talk is titled by the talk, which names no conference.
  const oneTalk = single?.talks.length === 1 && single.talks[0]?.talk.title === single.title;
  // The recap's name says whose notes these are; a one-talk file's title is the talk's, not the recap's.
  const title =
    oneTalk && author
      ? `${author}’s notes`
      : (single?.title ?? folderName ?? first?.title ?? first?.firstHeading ?? firstName);
  const names = [
    ...readings.map((reading) => reading.frontMatter.conference),
    oneTalk ? undefined : title,
    oneTalk ? undefined : first?.firstHeading,
    // "devopsdays-porto.md" proposes "devopsdays porto": a name to correct in the review, not a slug.
    (folderName ?? firstName).replace(/[-_]+/g, ' '),
  ].filter((name): name is string => name !== undefined && name.trim() !== '');
  const named = readings.find((reading) => reading.frontMatter.conference)?.frontMatter.conference;
  const location = readings.find((reading) => reading.frontMatter.location)?.frontMatter.location;
  const conference = guessRecapConference(talks, known, {
    names: [...new Set(names)],
    ...(named ? { conference: named } : {}),
    dates: [...new Set(readings.flatMap((reading) => reading.dates))],
    ...(location ? { location } : {}),
  });
  const chosen = known.conferences.find((entry) => entry.id === conference.existing?.conferenceId);
  // "Day 2" is a date once the conference is known, and a date tells two same-titled blocks apart: link again.
  const dated = chosen ? drafts.filter((draft) => datedByConference(draft.talk, draft.weekday, chosen)) : [];
  if (dated.length > 0) talks = withLinks(drafts, linkRecapTalks(drafts, index));

  return {
    key,
    title,
    ...(author ? { author } : {}),
    files: recapFiles.map((file) => file.path),
    conference,
    talks,
    intro: readings
      .flatMap((reading) => reading.intro)
      .filter(Boolean)
      .join('\n\n'),
    skipped,
    notes: readings.flatMap((reading) => reading.notes),
  };
}

function withLinks(drafts: readonly DraftTalk[], links: ReturnType<typeof linkRecapTalks>): RecapTalk[] {
  return drafts.map((draft, at) => {
    const found = links[at];
    return { ...draft.talk, ...(found?.link ? { link: found.link } : {}), alternatives: found?.alternatives ?? [] };
  });
}

/** Completes a talk's day from its date, its date from its day or weekday, by the conference's days; true if it did. */
function datedByConference(talk: RecapTalk, weekday: number | undefined, conference: Conference): boolean {
  const byDate = talk.date ? conference.days.find((day) => day.date === talk.date) : undefined;
  const byNumber = talk.day !== undefined ? conference.days.find((day) => day.number === talk.day) : undefined;
  const byWeekday =
    weekday !== undefined && !talk.date && talk.day === undefined
      ? conference.days.filter((day) => new Date(`${day.date}T12:00:00Z`).getUTCDay() === weekday)
      : [];
  const day = byDate ?? byNumber ?? (byWeekday.length === 1 ? byWeekday[0] : undefined);
  if (!day || (talk.day !== undefined && talk.date !== undefined)) return false;
  talk.day ??= day.number;
  talk.date ??= day.date;
  return true;
}

/** A warning for each talk whose title an earlier talk of another day (or no day) already has; both are kept. */
function duplicateTitles(talks: readonly RecapTalk[]): ContentProblem[] {
  const seen = new Map<string, RecapTalk[]>();
  const problems: ContentProblem[] = [];
  for (const talk of talks) {
    const key = titleKeys(talk.title).join(' ');
    if (key === '') continue;
    const earlier = (seen.get(key) ?? []).find(
      (other) => other.day === talk.day || other.day === undefined || talk.day === undefined,
    );
    if (earlier) {
      problems.push({
        file: talk.file,
        line: talk.line,
        message: `duplicate title “${talk.title}” also at ${earlier.file}:${earlier.line}; both were kept`,
      });
    }
    seen.set(key, [...(seen.get(key) ?? []), talk]);
  }
  return problems;
}
