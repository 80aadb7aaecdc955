// Which conference an imported schedule belongs to — one the app already has, when dates and
// name agree — and the conference record a schedule of a new conference brings. Pure.
import type { Conference, ConferenceDay } from '../domain';
import { titleKeys } from '../recap-import/words';
import type { ParsedSchedule } from './schedule';

// Words every conference name has, which say nothing about which conference it is.
const commonWords = new Set(['conference', 'con', 'summit', 'days', 'day', 'the', 'and', 'of', 'europe', 'eu', 'na']);

/** The schedule's first and last day: from its header, else from its sessions. */
export function scheduleDates(schedule: ParsedSchedule): { startDate?: string; endDate?: string } {
  const dates = schedule.sessions.map((session) => session.date).sort();
  return {
    startDate: schedule.conference.startDate ?? dates[0],
    endDate: schedule.conference.endDate ?? dates.at(-1),
  };
}

function nameWords(name: string): Set<string> {
  return new Set(titleKeys(name).filter((word) => !commonWords.has(word) && !/^\d+$/.test(word)));
}

function datesOverlap(a: { startDate?: string; endDate?: string }, conference: Conference): boolean {
  if (!a.startDate || !a.endDate) return false;
  return a.startDate <= conference.endDate && conference.startDate <= a.endDate;
}

/**
 * The known conference this schedule is of: its days overlap the conference's and the names share
 * a distinctive word ("KubeCon"). Dates alone are not enough: two conferences can share a week.
 */
export function findScheduleConference(
  schedule: ParsedSchedule,
  conferences: readonly Conference[],
): Conference | undefined {
  const dates = scheduleDates(schedule);
  const words = nameWords(schedule.conference.title);
  return conferences.find(
    (conference) => datesOverlap(dates, conference) && [...nameWords(conference.name)].some((w) => words.has(w)),
  );
}

/** A lowercase slug of letters, digits and dashes. */
export function slugOf(text: string): string {
  return titleKeys(text).join('-').slice(0, 60) || 'schedule';
}

/**
 * The conference a schedule of a conference the app does not know brings: named and dated by the
 * schedule, its days numbered from the sessions' dates. The id never repeats one already taken.
 */
export function conferenceFromSchedule(
  schedule: ParsedSchedule,
  takenIds: Iterable<string>,
  timeZone: string,
  file: string,
): Conference {
  const base = slugOf(schedule.conference.acronym ?? schedule.conference.title);
  const taken = new Set(takenIds);
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  const { startDate, endDate } = scheduleDates(schedule);
  const dates = [...new Set(schedule.sessions.map((session) => session.date))].sort();
  const days: ConferenceDay[] = dates.map((date, index) => ({ number: index + 1, date, label: `Day ${index + 1}` }));
  return {
    id,
    name: schedule.conference.title,
    location: '',
    startDate: startDate ?? dates[0] ?? '',
    endDate: endDate ?? dates.at(-1) ?? '',
    timezone: timeZone,
    ...(schedule.conference.url ? { website: schedule.conference.url } : {}),
    days,
    body: '',
    source: file,
  };
}

/** How many sessions each day of the schedule has, earliest day first. */
export function sessionsPerDay(schedule: ParsedSchedule): [date: string, sessions: number][] {
  const counts = new Map<string, number>();
  for (const session of schedule.sessions) counts.set(session.date, (counts.get(session.date) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => a.localeCompare(b));
}

/** How many different rooms, or tracks, the sessions name. */
export function distinctCount(schedule: ParsedSchedule, field: 'room' | 'track'): number {
  return new Set(schedule.sessions.map((session) => session[field]).filter(Boolean)).size;
}
