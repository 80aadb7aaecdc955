// What `npm run content:check -- schedule.xml` prints: what importing a schedule file would bring
// (sessions per day, tracks, rooms, speakers, entries skipped and why) and which recap talks it
// would link. Pure: it formats a schedule already read, and knows the reader only by its types.
import type { Conference, ContentProblem, RecapItem } from '../electron/common/domain';
import { titleKeys } from '../electron/common/recap-import/words';
import type { SessionMatch } from '../electron/common/schedule-import/match-sessions';
import type {
  ParsedSchedule,
  ScheduleFormat,
  ScheduleRead,
  ScheduleSession,
} from '../electron/common/schedule-import/schedule';

/** A schedule file whose import was previewed, and the recap talks it was matched against. */
export interface ScheduleReport {
  kind: 'schedule';
  path: string;
  read: ScheduleRead;
  matches: readonly SessionMatch[];
  knownItems: readonly RecapItem[];
  /** Where the known items came from. */
  knownFrom: string;
  /** The conference the app already has that this schedule is of, if any. */
  conference?: Conference;
}

const formatNames: Record<ScheduleFormat, string> = {
  ics: 'iCalendar',
  'frab-json': 'frab/pretalx JSON',
  'frab-xml': 'frab/pentabarf XML',
};

const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Whether the file holds nothing an import could keep: unreadable, or not one session. */
export function scheduleFailed(report: ScheduleReport): boolean {
  return !report.read.schedule || report.read.schedule.sessions.length === 0;
}

/** The schedule's time zone in words, or that its times have none and were read as UTC. */
export function timeZoneText(schedule: ParsedSchedule): string {
  if (schedule.conference.timeZone) return `time zone ${schedule.conference.timeZone}`;
  return schedule.floatingTimes ? 'times have no zone, read as UTC' : 'times in UTC, no time zone named';
}

/**
 * How many sessions have each value ("Main Track: 12 sessions"), most first, then by name, and
 * sessions without one last; `named` is how many different values there are.
 */
export function countsBy(
  schedule: ParsedSchedule,
  value: (session: ScheduleSession) => string | undefined,
  none: string,
): { named: number; lines: string[] } {
  const counts = new Map<string, number>();
  let missing = 0;
  for (const session of schedule.sessions) {
    const key = value(session)?.trim();
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
    else missing += 1;
  }
  const lines = [...counts]
    .sort(([a, m], [b, n]) => n - m || a.localeCompare(b))
    .map(([name, n]) => `${name}: ${count(n, 'session')}`);
  if (missing > 0) lines.push(`${none}: ${count(missing, 'session')}`);
  return { named: counts.size, lines };
}

/** How many different people speak, names compared without case, accents or punctuation. */
export function speakerCount(schedule: ParsedSchedule): number {
  const names = new Set(
    schedule.sessions.flatMap((session) => session.speakers.map((s) => titleKeys(s.name).join(' '))),
  );
  names.delete('');
  return names.size;
}

function where(problem: ContentProblem): string {
  const place = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return problem.field ? `${place}: ${problem.field}: ${problem.message}` : `${place}: ${problem.message}`;
}

/** A schedule file: what importing it would bring and link, or why it cannot be imported. */
export function formatScheduleReport(report: ScheduleReport): string[] {
  const { path, read } = report;
  const { schedule } = read;
  if (!schedule) return [...read.problems.map(where), `${path}: cannot be read as a schedule`];
  const days = [...new Set(schedule.sessions.map((session) => session.date))].sort();
  const tracks = countsBy(schedule, (session) => session.track, 'no track');
  const rooms = countsBy(schedule, (session) => session.room, 'no room');
  const { title, acronym } = schedule.conference;
  const lines = [
    `${path}: schedule "${title}"${acronym ? ` (${acronym})` : ''}, ${formatNames[schedule.format]}` +
      `${schedule.version ? `, version ${schedule.version}` : ''}; ${timeZoneText(schedule)} (a preview: nothing was imported)`,
    `  ${count(schedule.sessions.length, 'session')} over ${count(days.length, 'day')}, ` +
      `${count(tracks.named, 'track')}, ${count(rooms.named, 'room')}, ${count(speakerCount(schedule), 'speaker')}, ` +
      `${schedule.skipped.length} skipped`,
    report.conference
      ? `  conference: ${report.conference.name} (${report.conference.id}), already in Debrief`
      : `  conference: new to Debrief`,
  ];
  if (schedule.sessions.length === 0) lines.push(`  nothing to import: the schedule has no session that could be read`);
  lines.push('  sessions per day:');
  for (const day of days) {
    const n = schedule.sessions.filter((session) => session.date === day).length;
    lines.push(`    ${day} (${weekdays[new Date(`${day}T00:00:00Z`).getUTCDay()]}): ${count(n, 'session')}`);
  }
  lines.push('  tracks:', ...tracks.lines.map((line) => `    ${line}`));
  lines.push('  rooms:', ...rooms.lines.map((line) => `    ${line}`));
  if (schedule.skipped.length > 0)
    lines.push('  skipped:', ...schedule.skipped.map((problem) => `    ${where(problem)}`));
  lines.push(...linkLines(report, schedule));
  return lines;
}

function linkLines({ matches, knownItems, knownFrom }: ScheduleReport, schedule: ParsedSchedule): string[] {
  const against = `matched against ${count(knownItems.length, 'known item')} from ${knownFrom || 'nowhere'}`;
  if (matches.length === 0) return [`  recap talks it would link: none (${against})`];
  const items = new Map(knownItems.map((item) => [item.id, item]));
  const sessions = new Map(schedule.sessions.map((session) => [session.key, session]));
  return [
    `  recap talks it would link: ${matches.length} (${against})`,
    ...matches.map((match) => {
      const item = items.get(match.itemId);
      const session = sessions.get(match.sessionKey);
      return (
        `    ${match.confidence.toFixed(2)} ${item ? `"${item.title}" (${item.id})` : match.itemId} -> ` +
        `"${session?.title ?? '?'}" [${match.sessionKey}]: ${match.reason}`
      );
    }),
  ];
}

function count(n: number, noun: string): string {
  return `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;
}
