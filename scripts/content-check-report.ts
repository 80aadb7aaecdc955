// What `npm run content:check` does and prints, apart from the command line itself: checks
// content folders and previews recap and schedule imports, then formats a summary or every
// problem as `file:line: field: message`. Nothing here writes anywhere.
import { readFile, stat } from 'node:fs/promises';
import { extname, isAbsolute, join } from 'node:path';
import {
  itemKinds,
  type Conference,
  type ContentBundle,
  type ContentProblem,
  type ItemKind,
  type RecapItem,
} from '../electron/common/domain';
import { importRecap, recapFormatOf } from '../electron/common/recap-import/import-recap';
import type { RecapImport } from '../electron/common/recap-import/imported-recap';
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

/** A recap file whose import was previewed against the known items. */
export interface RecapReport {
  kind: 'recap';
  path: string;
  result: RecapImport;
  knownItems: readonly RecapItem[];
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

/**
 * Checks each path: a folder as content, a file as a recap or a schedule whose import is previewed
 * against the folders among `paths`, or against `defaultContent` when there are none.
 */
export async function checkPaths(paths: readonly string[], defaultContent: string): Promise<CheckReport[]> {
  const kinds = await Promise.all(paths.map(async (path) => ({ path, kind: await pathKind(path) })));
  const folders = await Promise.all(
    kinds
      .filter((entry) => entry.kind === 'folder')
      .map(async ({ path }): Promise<FolderReport> => ({
        kind: 'folder',
        path,
        bundle: await loadContentBundle(path),
      })),
  );
  const files = kinds.filter((entry) => entry.kind === 'file');
  let knownItems = folders.flatMap((folder) => folder.bundle.items);
  let knownConferences: Conference[] = folders.flatMap((folder) => folder.bundle.conferences);
  let knownFrom = folders.map((folder) => folder.path).join(', ');
  if (files.length > 0 && folders.length === 0) {
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
        const result = await importRecap(path, bytes, knownItems);
        reports.push({ kind: 'recap', path, result, knownItems, knownFrom });
      }
    } else {
      reports.push({ kind: 'unreadable', path, message: kind.message });
    }
  }
  return reports;
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
 * 1 when anything had a problem, else 0. Unmatched mentions in a recap are not problems, and nor
 * are a schedule's skipped entries: a schedule fails only when nothing of it could be imported.
 */
export function exitCodeFor(reports: readonly CheckReport[]): 0 | 1 {
  const failed = reports.some((report) => {
    if (report.kind === 'unreadable') return true;
    if (report.kind === 'folder') return report.bundle.problems.length > 0;
    if (report.kind === 'schedule') return scheduleFailed(report);
    return !report.result.recap || report.result.problems.length > 0;
  });
  return failed ? 1 : 0;
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

/** A recap file: what importing it would bring, or why it cannot be imported. */
export function formatRecapReport({ path, result, knownItems, knownFrom }: RecapReport): string[] {
  const problems = result.problems.map((problem) => formatProblem(problem));
  const { recap } = result;
  if (!recap) return [...problems, `${path}: cannot be imported`];
  const titles = new Map(knownItems.map((item) => [item.id, item]));
  const introIds = recap.introMentions.map((mention) => mention.itemId);
  const linked = [...new Set([...introIds, ...recap.sections.flatMap((section) => section.linkedItemIds)])];
  const linkedItems = linked.map((id) => titles.get(id)).filter((item): item is RecapItem => item !== undefined);
  const lines = [
    `${path}: recap "${recap.title}" (${recap.format === 'markdown' ? 'Markdown' : 'plain text'}), ${count(recap.sections.length, 'section')}, ` +
      `${linked.length === 0 ? 'nothing' : itemSummary(linkedItems)} linked, ${recap.unmatched.length} unmatched; ` +
      `matched against ${count(knownItems.length, 'known item')} from ${knownFrom || 'nowhere'} (a preview: nothing was imported)`,
  ];
  if (introIds.length > 0) {
    lines.push(`  intro -> ${introIds.map((id) => titles.get(id)?.title ?? id).join('; ')}`);
  }
  for (const section of recap.sections) {
    const names = section.linkedItemIds.map((id) => titles.get(id)?.title ?? id);
    const indent = '  '.repeat(section.level);
    lines.push(`  line ${section.line}:${indent}${section.heading}${names.length ? ` -> ${names.join('; ')}` : ''}`);
  }
  for (const entry of recap.unmatched) lines.push(`  line ${entry.line}: unmatched ${entry.kind}: ${entry.text}`);
  return [...lines, ...problems];
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
