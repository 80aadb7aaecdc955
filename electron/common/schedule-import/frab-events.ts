// What frab's JSON and XML schedules share: an event is a day, a start, a duration and a room,
// read the same way whichever syntax carried it. Each reader pulls the fields out of its syntax;
// this turns them into a session, or into the reason the event could not be used.
import type { ContentProblem } from '../domain';
import { addMinutes, isTimeZone, parseClock, parseDate, parseDuration, wallTimeToInstant } from '../time-zones';
import { plainField } from './html-text';
import type { ScheduleReadOptions, ScheduleSession, SessionLink } from './schedule';

/** An event's fields as its file wrote them, strings or absent. */
export interface FrabEvent {
  /** guid, else id: stable across versions of the schedule. */
  key?: string;
  title?: string;
  subtitle?: string;
  /** Start with its UTC offset (`date` in frab, `start` in c3voc schedule 2). */
  dateTime?: string;
  /** Start as wall-clock time of the day, `HH:MM`. */
  start?: string;
  /** End with its UTC offset (c3voc schedule 2). */
  end?: string;
  duration?: string;
  room?: string;
  track?: string;
  type?: string;
  language?: string;
  abstract?: string;
  description?: string;
  persons: string[];
  links: SessionLink[];
  url?: string;
  line?: number;
}

/** The day an event is listed under. */
export interface FrabDay {
  /** The conference day, `YYYY-MM-DD`. */
  date?: string;
  /** Seconds after midnight at which the day begins; an earlier start is after midnight, on the next date. */
  dayChange?: number;
}

/** How a schedule's wall-clock times become instants: its zone, or the zone chosen for times without one. */
export interface FrabClock {
  zone: string;
  /** True when the schedule named the zone; false when times are read in the chosen or default zone. */
  named: boolean;
  floatingUsed: boolean;
}

/**
 * The clock of a schedule that names `zoneName` (or nothing). An unknown name is reported at
 * `field` and the times read as if the schedule named no zone.
 */
export function frabClock(
  file: string,
  zoneName: string | undefined,
  field: string,
  options: ScheduleReadOptions,
  line?: number,
): { clock: FrabClock; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const chosen = options.floatingTimeZone;
  if (chosen && !isTimeZone(chosen)) {
    problems.push({
      file,
      message: `“${chosen}”, the zone chosen for times without a zone, is unknown; it was not used`,
    });
  }
  const floating = chosen && isTimeZone(chosen) ? chosen : 'UTC';
  const name = zoneName?.trim();
  if (name && isTimeZone(name)) return { clock: { zone: name, named: true, floatingUsed: false }, problems };
  if (name) {
    problems.push({
      file,
      ...(line ? { line } : {}),
      field,
      message: `“${name}” is not a time zone Debrief knows; times without an offset were read in ${floating}`,
    });
  }
  return { clock: { zone: floating, named: false, floatingUsed: false }, problems };
}

const offsetDateTime = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/;

/** A date-time as frab writes it: with an offset it is an instant; without one, wall time in the clock's zone. */
function instantOf(text: string, clock: FrabClock): { instant: string; date: string } | undefined {
  const match = offsetDateTime.exec(text.trim());
  const [, date = '', time = '', offset] = match ?? [];
  if (!match || !parseDate(date) || parseClock(time) === undefined) return undefined;
  if (offset) {
    const ms = Date.parse(
      `${date}T${time.length === 5 ? `${time}:00` : time}${offset.length === 5 ? `${offset.slice(0, 3)}:${offset.slice(3)}` : offset}`,
    );
    return Number.isNaN(ms) ? undefined : { instant: new Date(ms).toISOString(), date };
  }
  if (!clock.named) clock.floatingUsed = true;
  return { instant: wallTimeToInstant(date, time, clock.zone), date };
}

function nextDate(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/**
 * The session an event describes, or why it was skipped. `fieldPath` names one of the event's
 * fields in the file's own terms (a JSON path, an XPath).
 */
export function frabSession(
  event: FrabEvent,
  day: FrabDay,
  clock: FrabClock,
  file: string,
  fieldPath: (field: string) => string,
): ScheduleSession | ContentProblem {
  const skip = (field: string, message: string): ContentProblem => ({
    file,
    ...(event.line ? { line: event.line } : {}),
    field: fieldPath(field),
    message: `${message}; the event was skipped`,
  });
  const title = event.title?.trim();
  if (!title) return skip('title', 'the event has no title');

  let startsAt: string;
  let date = day.date && parseDate(day.date) ? day.date : undefined;
  // c3voc schedule 2 writes the whole date-time in `start`.
  const startText =
    event.dateTime ?? (event.start && /^\d{4}-\d{2}-\d{2}T/.test(event.start) ? event.start : undefined);
  if (startText !== undefined) {
    const start = instantOf(startText, clock);
    if (!start) return skip(event.dateTime !== undefined ? 'date' : 'start', `“${startText}” is not a date and time`);
    startsAt = start.instant;
    date ??= start.date;
  } else if (event.start !== undefined) {
    const seconds = parseClock(event.start);
    if (seconds === undefined) return skip('start', `“${event.start}” is not a time of day (HH:MM)`);
    if (!date) return skip('start', 'the event has a time but its day has no date');
    // Before the day changes (frab's day_change) the night still belongs to the day before.
    const calendarDate = day.dayChange !== undefined && seconds < day.dayChange ? nextDate(date) : date;
    if (!clock.named) clock.floatingUsed = true;
    startsAt = wallTimeToInstant(calendarDate, event.start.trim(), clock.zone);
  } else {
    return skip('start', 'the event has no start time');
  }

  let endsAt = startsAt;
  if (event.duration !== undefined && event.duration.trim() !== '') {
    const minutes = parseDuration(event.duration);
    if (minutes === undefined) return skip('duration', `“${event.duration}” is not a duration (HH:MM)`);
    endsAt = addMinutes(startsAt, minutes);
  } else if (event.end !== undefined) {
    const end = instantOf(event.end, clock);
    if (!end) return skip('end', `“${event.end}” is not a date and time`);
    if (end.instant < startsAt) return skip('end', `the end ${event.end} is before the start`);
    endsAt = end.instant;
  }

  const optional = {
    subtitle: plainField(event.subtitle),
    room: event.room?.trim(),
    track: event.track?.trim(),
    type: event.type?.trim(),
    language: event.language?.trim(),
    abstract: plainField(event.abstract),
    description: plainField(event.description),
    url: event.url?.trim(),
  };
  const present = Object.fromEntries(Object.entries(optional).filter(([, value]) => value)) as Partial<
    Record<keyof typeof optional, string>
  >;
  return {
    key: event.key?.trim() || `${startsAt} ${title}`,
    title,
    startsAt,
    endsAt,
    date: date ?? startsAt.slice(0, 10),
    ...present,
    speakers: event.persons
      .map((name) => name.trim())
      .filter(Boolean)
      .map((name) => ({ name })),
    links: event.links,
    ...(event.line ? { line: event.line } : {}),
  };
}
