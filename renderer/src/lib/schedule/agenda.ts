// The agenda of an imported schedule, shaped for reading: sessions joined with the user's marks,
// split into days, each day into time slots, narrowed by the user's filters. Pure: the queries
// (agenda-queries.ts) load the records, this arranges them; session-times.ts writes the times.
import type { Conference, ConferenceDay, SessionDetails } from '../../../../electron/common/domain';
import type { ScheduleFormat } from '../../../../electron/common/schedule-import/schedule';
import type { ItemAttendance, ItemState } from '../../../../electron/common/user-records';
import type { StoredItem, StoredSchedule } from '../db/database';
import { calendarDate, clockTime, dayLabel } from './session-times';

/** A session item that has its schedule details. */
export type SessionItem = StoredItem & { session: SessionDetails };

/** A recap talk that names a session, for the "In the recap" badge. */
export interface RecapTalkRef {
  id: string;
  title: string;
}

/** One session of the agenda, with the user's marks on it and the recap talks linked to it. */
export interface AgendaSession {
  item: SessionItem;
  starred: boolean;
  attendance?: ItemAttendance;
  /** Recap talks linked to it; a link the user undid does not count. */
  recapTalks: RecapTalkRef[];
  /** A newer version of the schedule no longer has it; it is listed only because the user has records on it. */
  dropped: boolean;
}

/** Everything the agenda shows of one conference. */
export interface Agenda {
  conference: Conference;
  schedules: StoredSchedule[];
  /** Earliest first. */
  sessions: AgendaSession[];
}

/** What the database holds for an agenda, before the user's marks are joined in. */
export interface AgendaRecords {
  conference: Conference;
  schedules: StoredSchedule[];
  /** Every session of the conference's schedules, dropped ones included. */
  items: SessionItem[];
  /** Recap talks linked to each session, by session id; links the user undid are not here. */
  recapTalks: ReadonlyMap<string, RecapTalkRef[]>;
  /** Dropped sessions with a live note, highlight or action item of the user's. */
  withWork: ReadonlySet<string>;
}

/**
 * The agenda: the sessions with the user's marks, earliest first. A session a newer schedule
 * dropped stays only when the user starred, graded or marked it, or wrote on it: their records
 * must stay reachable.
 */
export function buildAgenda(records: AgendaRecords, marks: ReadonlyMap<string, ItemState>): Agenda {
  const sessions: AgendaSession[] = [];
  for (const item of records.items) {
    const state = marks.get(item.id);
    const marked =
      state !== undefined && (state.starred || state.grade !== undefined || state.attendance !== undefined);
    if (item.removed === 1 && !marked && !records.withWork.has(item.id)) continue;
    sessions.push({
      item,
      starred: state?.starred ?? false,
      ...(state?.attendance ? { attendance: state.attendance } : {}),
      recapTalks: records.recapTalks.get(item.id) ?? [],
      dropped: item.removed === 1,
    });
  }
  return { conference: records.conference, schedules: records.schedules, sessions: sortSessions(sessions) };
}

/** A day of the schedule: its tab. */
export interface AgendaDay {
  /** 1 for the schedule's first day: what the route's `day` is. */
  position: number;
  /** YYYY-MM-DD, the conference's own calendar day. */
  date: string;
  /** "Wed 18 May". */
  label: string;
  /** The recap's day on that date, when the recap has one ("Day 1"). */
  recapDay?: ConferenceDay;
  sessions: AgendaSession[];
}

/** Sessions that start at the same instant. */
export interface AgendaSlot {
  startsAt: string;
  /** The start in the conference's zone, "10:00". */
  label: string;
  sessions: AgendaSession[];
}

/** What the user narrowed the agenda to. An empty track or text does not filter. */
export interface AgendaFilter {
  starredOnly: boolean;
  track: string;
  text: string;
}

/** The agenda unfiltered. */
export const noAgendaFilter: AgendaFilter = { starredOnly: false, track: '', text: '' };

/** What the schedule formats are called on screen. */
export const scheduleFormatNames: Record<ScheduleFormat, string> = {
  ics: 'iCalendar',
  'frab-json': 'pretalx / frab JSON',
  'frab-xml': 'frab / pentabarf XML',
};

function byStart(a: AgendaSession, b: AgendaSession): number {
  return (
    a.item.session.startsAt.localeCompare(b.item.session.startsAt) ||
    (a.item.session.room ?? '').localeCompare(b.item.session.room ?? '') ||
    a.item.title.localeCompare(b.item.title)
  );
}

/** Sessions earliest first; at the same start, by room, then title. */
export function sortSessions(sessions: readonly AgendaSession[]): AgendaSession[] {
  return [...sessions].sort(byStart);
}

/**
 * The schedule's days, first to last, each with its sessions earliest first. A session belongs to
 * the conference day the schedule gave it (`date`), else the date it starts on in the conference's zone.
 */
export function agendaDays(sessions: readonly AgendaSession[], conference: Conference, locale?: string): AgendaDay[] {
  const byDate = new Map<string, AgendaSession[]>();
  for (const session of sessions) {
    const date = session.item.date ?? calendarDate(conference.timezone).format(new Date(session.item.session.startsAt));
    const list = byDate.get(date);
    if (list) list.push(session);
    else byDate.set(date, [session]);
  }
  const recapDays = new Map(conference.days.map((day) => [day.date, day]));
  return [...byDate.keys()].sort().map((date, index) => {
    const recapDay = recapDays.get(date);
    return {
      position: index + 1,
      date,
      label: dayLabel(date, locale),
      ...(recapDay ? { recapDay } : {}),
      sessions: byDate.get(date)!.sort(byStart),
    };
  });
}

/** Sessions grouped by their start, in the order given (sort them first). */
export function timeSlots(sessions: readonly AgendaSession[], conferenceZone: string, locale?: string): AgendaSlot[] {
  const slots: AgendaSlot[] = [];
  for (const session of sessions) {
    const startsAt = session.item.session.startsAt;
    const last = slots.at(-1);
    if (last && last.startsAt === startsAt) last.sessions.push(session);
    else slots.push({ startsAt, label: clockTime(startsAt, conferenceZone, locale), sessions: [session] });
  }
  return slots;
}

// Case and accents do not matter: "zoe" finds "Zoë".
function folded(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase();
}

/** The words a text filter looks in: title, subtitle, speakers and their organisations. */
function searchableText(session: AgendaSession): string {
  const { item } = session;
  return folded(
    [
      item.title,
      item.session.subtitle ?? '',
      ...item.speakers.flatMap((speaker) => [speaker.name, speaker.org ?? '']),
    ].join(' '),
  );
}

/** Whether a session passes the filter: starred when asked, on the track, and containing every typed word. */
export function matchesFilter(session: AgendaSession, filter: AgendaFilter): boolean {
  if (filter.starredOnly && !session.starred) return false;
  if (filter.track && session.item.track !== filter.track) return false;
  const words = folded(filter.text).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = searchableText(session);
  return words.every((word) => text.includes(word));
}

/** The tracks the sessions have, sorted, each once. */
export function agendaTracks(sessions: readonly AgendaSession[]): string[] {
  const tracks = new Set<string>();
  for (const session of sessions) if (session.item.track) tracks.add(session.item.track);
  return [...tracks].sort((a, b) => a.localeCompare(b));
}

/** The starred sessions to put in a calendar: still in the schedule, earliest first. */
export function starredForCalendar(sessions: readonly AgendaSession[]): AgendaSession[] {
  return sortSessions(sessions.filter((session) => session.starred && !session.dropped));
}

/** "3 sessions", "1 session". */
export function sessionCount(count: number): string {
  return `${count} ${count === 1 ? 'session' : 'sessions'}`;
}

/** "12 May 2024, 10:04" for an import time, in the user's zone. */
function importedWhen(instant: string, locale: string | undefined): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return 'at an unknown time';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/**
 * Where a schedule came from, for the line under the agenda's heading: "kubecon.ics (iCalendar,
 * version 2022-05-10), imported 12 May 2024, 10:04". A re-import says when it was last updated.
 */
export function describeSchedule(schedule: StoredSchedule, locale?: string): string {
  const about = [scheduleFormatNames[schedule.format] ?? schedule.format];
  if (schedule.version) about.push(`version ${schedule.version}`);
  const when =
    schedule.updatedAt && schedule.updatedAt !== schedule.importedAt
      ? `imported ${importedWhen(schedule.importedAt, locale)}, last updated ${importedWhen(schedule.updatedAt, locale)}`
      : `imported ${importedWhen(schedule.importedAt, locale)}`;
  return `${schedule.file} (${about.join(', ')}), ${when}`;
}

/** The day a route asks for, else the first one; undefined when there are no days. */
export function chosenDay(days: readonly AgendaDay[], position: number | undefined): AgendaDay | undefined {
  return days.find((day) => day.position === position) ?? days[0];
}
