// What `npm run content:check` does and prints, apart from the command line itself: checks
// content folders and previews recap and schedule imports, then formats a summary or every
// problem as `file:line: field: message`. Nothing here writes anywhere.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join, relative, sep } from 'node:path';
import {
  itemKinds,
  type Conference,
  type ContentBundle,
  type ContentProblem,
  type ItemKind,
  type RecapItem,
} from '../electron/common/domain';
import { recapFormatOf } from '../electron/common/recap-import/import-recap';
import { readRecapFiles } from '../electron/common/recap-import/read-recap-files';
import type { RecapReading, RecapTalk } from '../electron/common/recap-import/recap-reading';
import { matchSessions } from '../electron/common/schedule-import/match-sessions';
import { readSchedule, scheduleFormatOf } from '../electron/common/schedule-import/read-schedule';
import { findScheduleConference } from '../electron/common/schedule-import/schedule-conference';
import { loadContentBundle } from '../electron/main/content-loader';
import { formatScheduleReport, scheduleFailed, type ScheduleReport } from './schedule-check-report';

/** A content folder that was checked. */
export interface FolderReport {
  kind: 'folder';
  path: string;
  bundle: ContentBundle;
}

/** A recap file, or a folder of recap files, whose reading was previewed against the known items. */
export interface RecapReport {
  kind: 'recap';
  path: string;
  /** The folder the reading's file paths are relative to: the recap folder, or the file's own folder. */
  folder: string;
  reading: RecapReading;
  knownItems: readonly RecapItem[];
  knownConferences: readonly Conference[];
  /** Where the known items came from, and whether that content had problems of its own. */
  knownFrom: string;
}

/** A path that is neither a folder nor a file that can be read. */
export interface UnreadableReport {
  kind: 'unreadable';
  path: string;
  message: string;
}

/** The outcome of checking one path. */
export type CheckReport = FolderReport | RecapReport | ScheduleReport | UnreadableReport;

const scheduleExtensions = new Set(['.ics', '.ical', '.json', '.xml']);

/** Whether a file is a conference schedule: by its extension, else by what its text looks like. */
export function isScheduleFile(path: string, bytes: Uint8Array): boolean {
  if (scheduleExtensions.has(extname(path).toLowerCase())) return true;
  if (recapFormatOf(path) === 'markdown') return false;
  return scheduleFormatOf(path, new TextDecoder().decode(bytes)) !== undefined;
}

/** Whether a folder is app content (a `conference.md` in it or in a folder of it) rather than the user's recap files. */
export async function isContentFolder(path: string): Promise<boolean> {
  const entries = await readdir(path, { withFileTypes: true }).catch(() => []);
  if (entries.some((entry) => entry.isFile() && entry.name === 'conference.md')) return true;
  const nested = await Promise.all(
    entries
      .filter((entry) => entry.isDirectory())
      .map((entry) =>
        stat(join(path, entry.name, 'conference.md')).then(
          (info) => info.isFile(),
          () => false,
        ),
      ),
  );
  return nested.some(Boolean);
}

/**
 * Checks each path: a content folder as content, a folder of recap files or a recap file as a
 * recap reading, a schedule as a schedule import, each previewed against the content folders among
 * `paths`, or against `defaultContent` when there are none.
 */
export async function checkPaths(paths: readonly string[], defaultContent: string): Promise<CheckReport[]> {
  const kinds = await Promise.all(
    paths.map(async (path) => {
      const kind = await pathKind(path);
      return { path, kind: kind === 'folder' && !(await isContentFolder(path)) ? ('recap-folder' as const) : kind };
    }),
  );
  const folders = await Promise.all(
    kinds
      .filter((entry) => entry.kind === 'folder')
      .map(async ({ path }): Promise<FolderReport> => ({
        kind: 'folder',
        path,
        bundle: await loadContentBundle(path),
      })),
  );
  let knownItems = folders.flatMap((folder) => folder.bundle.items);
  let knownConferences: Conference[] = folders.flatMap((folder) => folder.bundle.conferences);
  let knownFrom = folders.map((folder) => folder.path).join(', ');
  if (kinds.some((entry) => entry.kind === 'file' || entry.kind === 'recap-folder') && folders.length === 0) {
    const bundle = await loadContentBundle(defaultContent);
    knownItems = bundle.items;
    knownConferences = bundle.conferences;
    knownFrom = bundle.problems.length === 0 ? defaultContent : `${defaultContent} (which has problems: check it)`;
  }

  const reports: CheckReport[] = [];
  for (const { path, kind } of kinds) {
    if (kind === 'folder') {
      const folder = folders.find((entry) => entry.path === path);
      if (folder) reports.push(folder);
    } else if (kind === 'file') {
      const bytes = new Uint8Array(await readFile(path));
      if (isScheduleFile(path, bytes)) {
        reports.push(scheduleReport(path, bytes, knownItems, knownConferences, knownFrom));
      } else {
        const known = { conferences: knownConferences, items: knownItems };
        const reading = readRecapFiles([{ path: basename(path), bytes }], known);
        reports.push({ kind: 'recap', path, folder: dirname(path), reading, ...knownOf(known), knownFrom });
      }
    } else if (kind === 'recap-folder') {
      const known = { conferences: knownConferences, items: knownItems };
      const files = await Promise.all(
        (await listFiles(path)).sort().map(async (file) => ({
          path: relative(path, file).split(sep).join('/'),
          bytes: new Uint8Array(await readFile(file)),
        })),
      );
      const reading = readRecapFiles(files, known, { folder: path });
      reports.push({ kind: 'recap', path, folder: path, reading, ...knownOf(known), knownFrom });
    } else {
      reports.push({ kind: 'unreadable', path, message: kind.message });
    }
  }
  return reports;
}

function knownOf(known: { conferences: readonly Conference[]; items: readonly RecapItem[] }) {
  return { knownItems: known.items, knownConferences: known.conferences };
}

/** Every file under a folder, however deep, but for hidden folders (`.git`, `.obsidian`): they hold no recap. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name.startsWith('.') ? [] : listFiles(path);
      return entry.isFile() ? [path] : [];
    }),
  );
  return nested.flat();
}

/** Reads a schedule file as an import would, times without a zone as UTC, and matches it against the recap. */
function scheduleReport(
  path: string,
  bytes: Uint8Array,
  knownItems: readonly RecapItem[],
  knownConferences: readonly Conference[],
  knownFrom: string,
): ScheduleReport {
  const read = readSchedule(path, bytes);
  const matches = read.schedule ? matchSessions(knownItems, read.schedule.sessions) : [];
  const conference = read.schedule ? findScheduleConference(read.schedule, knownConferences) : undefined;
  return { kind: 'schedule', path, read, matches, knownItems, knownFrom, ...(conference ? { conference } : {}) };
}

async function pathKind(path: string): Promise<'folder' | 'file' | { message: string }> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return 'folder';
    if (info.isFile()) return 'file';
    return { message: 'is neither a folder nor a file' };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { message: code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? String(error)})` };
  }
}

/**
 * 1 when anything had a problem, else 0. A schedule's skipped entries are not problems: a schedule
 * fails only when nothing of it could be imported. A recap fails when no talk could be read, or a
 * recap file of it could not be read; other files of a recap folder and duplicate titles are not
 * problems, nor is a recap without headings.
 */
export function exitCodeFor(reports: readonly CheckReport[]): 0 | 1 {
  const failed = reports.some((report) => {
    if (report.kind === 'unreadable') return true;
    if (report.kind === 'folder') return report.bundle.problems.length > 0;
    if (report.kind === 'schedule') return scheduleFailed(report);
    return report.reading.talks.length === 0 || report.reading.skipped.some(isRecapProblem);
  });
  return failed ? 1 : 0;
}

/** A skipped entry the author should fix: not another kind of file in the folder, not a duplicate title (a warning). */
function isRecapProblem(problem: ContentProblem): boolean {
  return !/^not a recap file|^duplicate title/.test(problem.message);
}

/** Every report as the lines the command prints. */
export function formatReports(reports: readonly CheckReport[]): string[] {
  return reports.flatMap((report) => {
    if (report.kind === 'folder') return formatFolderReport(report);
    if (report.kind === 'recap') return formatRecapReport(report);
    if (report.kind === 'schedule') return formatScheduleReport(report);
    return [`${report.path}: ${report.message}`];
  });
}

/** One problem as `file:line: field: message`, the file shown under the folder it was found in. */
export function formatProblem(problem: ContentProblem, folder?: string): string {
  const file =
    folder && problem.file !== folder && !isAbsolute(problem.file) ? join(folder, problem.file) : problem.file;
  const where = problem.line === undefined ? file : `${file}:${problem.line}`;
  if (!problem.field) return `${where}: ${problem.message}`;
  // The validator's messages start with the field's name; printed once is enough.
  const message = problem.message.startsWith(`${problem.field} `)
    ? problem.message.slice(problem.field.length + 1)
    : problem.message;
  return `${where}: ${problem.field}: ${message}`;
}

/** A content folder: its problems if it has any, else what it holds. */
export function formatFolderReport({ path, bundle }: FolderReport): string[] {
  const conferences = count(bundle.conferences.length, 'conference');
  const counts = `${conferences}, ${count(dayCount(bundle), 'day')}, ${itemSummary(bundle.items)}`;
  if (bundle.problems.length > 0) {
    return [
      ...bundle.problems.map((problem) => formatProblem(problem, path)),
      `${path}: ${count(bundle.problems.length, 'problem')}; what would still load: ${counts}`,
    ];
  }
  const lines = [`${path}: ok, ${counts} (content hash ${bundle.hash})`];
  for (const conference of bundle.conferences) {
    const items = bundle.items.filter((item) => item.conferenceId === conference.id);
    lines.push(
      `  ${conference.id}: ${conference.name}, ${conference.location}, ${conference.startDate} to ${conference.endDate}`,
    );
    for (const day of conference.days) {
      const onDay = items.filter((item) => item.day === day.number);
      lines.push(`    ${day.label} (${day.date}): ${itemSummary(onDay)}`);
    }
    const undated = items.filter((item) => item.day === undefined);
    if (undated.length > 0) lines.push(`    no day: ${itemSummary(undated)}`);
  }
  return lines;
}

/** A recap file or folder: the talks it holds, their links with reason and confidence, its conference, and what was skipped. */
export function formatRecapReport(report: RecapReport): string[] {
  const { path, folder, reading, knownItems, knownConferences, knownFrom } = report;
  const items = new Map(knownItems.map((item) => [item.id, item]));
  const linked = reading.talks.filter((talk) => talk.link).length;
  const lines = [
    `${path}: recap "${reading.title}", ${count(reading.files.length, 'file')}, ${count(reading.talks.length, 'talk')} ` +
      `(${linked} linked), ${reading.skipped.length} skipped; matched against ${count(knownItems.length, 'known item')} ` +
      `from ${knownFrom || 'nowhere'} (a preview: nothing was imported)`,
  ];
  const { existing, proposed } = reading.conference;
  const known = existing ? knownConferences.find((conference) => conference.id === existing.conferenceId) : undefined;
  if (existing) {
    lines.push(
      `  conference: ${known?.name ?? existing.conferenceId} (${existing.conferenceId}), already in Debrief: ${existing.reason}`,
    );
  } else {
    const dates = proposed.startDate ? `, ${proposed.startDate} to ${proposed.endDate ?? proposed.startDate}` : '';
    lines.push(`  conference: new "${proposed.name}"${dates}`);
  }
  for (const talk of reading.talks) lines.push(`  ${talk.file}:${talk.line}: ${talkLine(talk, items)}`);
  for (const note of reading.notes) lines.push(`  note: ${note}`);
  return [...lines, ...reading.skipped.map((problem) => formatProblem(problem, folder))];
}

function talkLine(talk: RecapTalk, items: ReadonlyMap<string, RecapItem>): string {
  const when = [talk.day === undefined ? '' : `day ${talk.day}`, talk.date ?? ''].filter(Boolean).join(', ');
  const speakers = talk.speakers.map((speaker) => speaker.name).join(', ');
  const about = [when, speakers].filter(Boolean).join('; ');
  const head = `${kindNames[talk.kind][0]} "${talk.title}"${about ? ` (${about})` : ''}`;
  const best = talk.link ?? talk.alternatives[0];
  if (!best) return `${head}: no link`;
  const target = `${best.confidence.toFixed(2)} "${items.get(best.itemId)?.title ?? best.itemId}" (${best.itemId}): ${best.reason}`;
  return talk.link ? `${head} -> ${target}` : `${head}: not linked; best guess ${target}`;
}

const kindNames: Record<ItemKind, [string, string]> = {
  talk: ['talk', 'talks'],
  keynote: ['keynote', 'keynotes'],
  panel: ['panel', 'panels'],
  'lightning-talks': ['lightning-talk block', 'lightning-talk blocks'],
  booth: ['booth', 'booths'],
  session: ['session', 'sessions'],
};

/** "18 items (5 talks, 3 keynotes, 8 booths)", kinds in the format's order. */
export function itemSummary(items: readonly RecapItem[]): string {
  const parts = itemKinds
    .map((kind) => [kind, items.filter((item) => item.kind === kind).length] as const)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${n} ${kindNames[kind][n === 1 ? 0 : 1]}`);
  return parts.length === 0 ? '0 items' : `${count(items.length, 'item')} (${parts.join(', ')})`;
}

function dayCount(bundle: ContentBundle): number {
  return bundle.conferences.reduce((sum, conference) => sum + conference.days.length, 0);
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
