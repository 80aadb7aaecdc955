// Sched's iCalendar export (and any calendar of events): one VEVENT per session. ical.js does the
// iCalendar grammar — folding, escapes, parameters, VTIMEZONE rules; ics-lines.ts knows where
// each event is written, so every problem names its line.
import ICAL from 'ical.js';
import type { ContentProblem } from '../domain';
import { addMinutes, dateInZone, isTimeZone, parseClock, parseDate, wallTimeToInstant } from '../time-zones';
import { plainField } from './html-text';
import { readIcsLines, startsAsCalendar, type IcsEventLines } from './ics-lines';
import type { ScheduleReadOptions, ScheduleRead, ScheduleSession } from './schedule';
import { splitSchedSummary } from './sched-summary';
import { baseName, dropRepeatedKeys, sessionDates } from './session-keys';

type Component = InstanceType<typeof ICAL.Component>;
type Property = InstanceType<typeof ICAL.Property>;

/** A zone name as calendars write it, as the IANA name the engine knows: "/mozilla.org/20050126_1/Europe/Berlin" is Europe/Berlin. */
export function ianaZoneIn(tzid: string): string | undefined {
  const name = tzid.trim().replace(/^"|"$/g, '');
  if (isTimeZone(name)) return name;
  const parts = name.split('/').filter(Boolean);
  for (let count = Math.min(3, parts.length); count >= 1; count -= 1) {
    const candidate = parts.slice(-count).join('/');
    if (candidate.includes('/') && isTimeZone(candidate)) return candidate;
  }
  return undefined;
}

interface Clock {
  file: string;
  /** Zone for times without one. */
  floating: string;
  /** Zone that decides the conference day of a UTC time. */
  dayZone: string;
  floatingUsed: boolean;
  unknownZones: Map<string, number>;
}

type When = { instant: string; date: string; isDate: boolean };

const dateTimeValue = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(Z?)$/;

// Resolves DTSTART/DTEND to an instant. The value is checked as written (jCal form); ical.js would
// quietly roll 2022-13-45 over into 2023.
function whenOf(property: Property, written: string, calendar: Component, clock: Clock, line: number): When | string {
  const raw = property.toJSON() as unknown[];
  const value = typeof raw[3] === 'string' ? raw[3] : '';
  if (property.type === 'date') {
    if (!parseDate(value)) return `“${written}” is not a date (YYYYMMDD)`;
    clock.floatingUsed = true;
    return { instant: wallTimeToInstant(value, '00:00', clock.floating), date: value, isDate: true };
  }
  const match = dateTimeValue.exec(value);
  const [, date = '', time = '', utc] = match ?? [];
  if (!match || !parseDate(date) || parseClock(time) === undefined) {
    return `“${written}” is not a date-time (YYYYMMDDTHHMMSS, with Z for UTC)`;
  }
  if (utc) {
    const instant = new Date(`${date}T${time}Z`).toISOString();
    return { instant, date: dateInZone(instant, clock.dayZone), isDate: false };
  }
  const tzid = property.getParameter('tzid');
  if (typeof tzid === 'string' && tzid.trim() !== '') {
    const defined = definedZoneInstant(calendar, tzid, date, time);
    if (defined) return { instant: defined, date, isDate: false };
    const iana = ianaZoneIn(tzid);
    if (iana) return { instant: wallTimeToInstant(date, time, iana), date, isDate: false };
    if (!clock.unknownZones.has(tzid)) clock.unknownZones.set(tzid, line);
  }
  clock.floatingUsed = true;
  return { instant: wallTimeToInstant(date, time, clock.floating), date, isDate: false };
}

// A TZID the file defines in a VTIMEZONE: ical.js applies its rules. Undefined when there is no
// such VTIMEZONE or its rules cannot be read.
function definedZoneInstant(calendar: Component, tzid: string, date: string, time: string): string | undefined {
  try {
    const zone = calendar.getTimeZoneByID(tzid);
    if (!zone) return undefined;
    const [year, month, day] = date.split('-').map(Number);
    const [hour, minute, second] = time.split(':').map(Number);
    const local = new ICAL.Time({ year, month, day, hour, minute, second, isDate: false }, zone);
    const seconds = local.toUnixTime();
    return Number.isFinite(seconds) ? new Date(seconds * 1000).toISOString() : undefined;
  } catch {
    return undefined;
  }
}

function text(component: Component, name: string): string | undefined {
  const value = component.getFirstPropertyValue(name);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function writtenValue(lines: IcsEventLines, name: string): string {
  return lines.properties.get(name)?.value.trim() ?? '';
}

function readEvent(
  event: Component,
  lines: IcsEventLines,
  calendar: Component,
  clock: Clock,
): ScheduleSession | ContentProblem {
  const { file } = clock;
  const lineOf = (name: string): number => lines.properties.get(name)?.line ?? lines.line;
  const skip = (field: string, message: string): ContentProblem => ({ file, line: lineOf(field), field, message });
  const summary = text(event, 'summary');
  if (!summary) return skip('SUMMARY', 'the event has no SUMMARY (title); it was skipped');
  const startProperty = event.getFirstProperty('dtstart');
  if (!startProperty) return skip('DTSTART', 'the event has no DTSTART (start time); it was skipped');
  const start = whenOf(startProperty, writtenValue(lines, 'DTSTART'), calendar, clock, lineOf('DTSTART'));
  if (typeof start === 'string') return skip('DTSTART', `${start}; the event was skipped`);

  let endsAt: string;
  const endProperty = event.getFirstProperty('dtend');
  const durationProperty = event.getFirstProperty('duration');
  if (endProperty) {
    const end = whenOf(endProperty, writtenValue(lines, 'DTEND'), calendar, clock, lineOf('DTEND'));
    if (typeof end === 'string') return skip('DTEND', `${end}; the event was skipped`);
    if (end.instant < start.instant) {
      return skip('DTEND', `DTEND ${writtenValue(lines, 'DTEND')} is before DTSTART; the event was skipped`);
    }
    endsAt = end.instant;
  } else if (durationProperty) {
    const written = writtenValue(lines, 'DURATION');
    let seconds = Number.NaN;
    try {
      if (/^[+]?P/i.test(written)) seconds = ICAL.Duration.fromString(written.replace(/^\+/, '')).toSeconds();
    } catch {
      seconds = Number.NaN;
    }
    if (!Number.isFinite(seconds)) {
      return skip('DURATION', `“${written}” is not a duration (such as PT45M); the event was skipped`);
    }
    endsAt = addMinutes(start.instant, seconds / 60);
  } else {
    // RFC 5545: without DTEND or DURATION a dated event lasts the day, a timed one no time at all.
    endsAt = start.isDate ? addMinutes(start.instant, 24 * 60) : start.instant;
  }

  const { title, speakers } = splitSchedSummary(summary);
  const categories = event.getFirstProperty('categories')?.getValues() ?? [];
  const track = categories.find((value): value is string => typeof value === 'string' && value.trim() !== '');
  const room = text(event, 'location');
  const abstract = plainField(text(event, 'description'));
  const url = text(event, 'url');
  return {
    key: text(event, 'uid') ?? `${writtenValue(lines, 'DTSTART')} ${title}`,
    title,
    startsAt: start.instant,
    endsAt,
    date: start.date,
    ...(room ? { room } : {}),
    ...(track ? { track: track.trim() } : {}),
    speakers,
    ...(abstract ? { abstract } : {}),
    ...(url ? { url } : {}),
    links: [],
    line: lines.line,
  };
}

function parseCalendars(text: string): Component[] {
  const parsed = ICAL.parse(text) as unknown[];
  // One VCALENDAR parses to one jCal array, several to an array of them.
  const jCals = typeof parsed[0] === 'string' ? [parsed] : parsed;
  return jCals.map((jCal) => new ICAL.Component(jCal as unknown[]));
}

/** Reads an iCalendar file's events as sessions. */
export function readIcs(file: string, source: string, options: ScheduleReadOptions = {}): ScheduleRead {
  if (!startsAsCalendar(source)) {
    const first = source.split(/\r\n|\n|\r/).findIndex((row) => row.trim() !== '');
    return {
      problems: [
        { file, line: first + 1, message: 'this is not an iCalendar file: it does not start with BEGIN:VCALENDAR' },
      ],
    };
  }
  const lines = readIcsLines(file, source);
  if ('message' in lines) return { problems: [lines] };
  let calendars: Component[];
  try {
    calendars = parseCalendars(lines.text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { problems: [{ file, message: `the calendar could not be read: ${reason}` }] };
  }
  if (lines.events.length === 0) {
    return { problems: [{ file, line: 1, message: 'the calendar has no events (VEVENT)' }] };
  }

  const skipped: ContentProblem[] = [...lines.skipped];
  const nameLine = lines.calendar.get('X-WR-TIMEZONE');
  const named = nameLine?.value.trim();
  const calendarZone = named ? ianaZoneIn(named) : undefined;
  const chosen = options.floatingTimeZone;
  if (chosen && !isTimeZone(chosen)) {
    skipped.push({
      file,
      message: `“${chosen}”, the zone chosen for times without a zone, is unknown; it was not used`,
    });
  }
  const floating = (chosen && isTimeZone(chosen) ? chosen : undefined) ?? calendarZone ?? 'UTC';
  if (named && !calendarZone) {
    skipped.push({
      file,
      line: nameLine?.line,
      field: 'X-WR-TIMEZONE',
      message: `“${named}” is not a time zone Debrief knows; times without a zone were read in ${floating}`,
    });
  }
  const clock: Clock = {
    file,
    floating,
    dayZone: calendarZone ?? floating,
    floatingUsed: false,
    unknownZones: new Map(),
  };

  const sessions: ScheduleSession[] = [];
  let index = 0;
  for (const calendar of calendars) {
    for (const event of calendar.getAllSubcomponents('vevent')) {
      const eventLines = lines.events[index] ?? { line: 0, properties: new Map() };
      index += 1;
      let read: ScheduleSession | ContentProblem;
      try {
        read = readEvent(event, eventLines, calendar, clock);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        read = { file, line: eventLines.line, message: `the event could not be read (${reason}); it was skipped` };
      }
      if ('message' in read) skipped.push(read);
      else sessions.push(read);
    }
  }
  for (const [zone, line] of clock.unknownZones) {
    skipped.push({
      file,
      line,
      field: 'TZID',
      message: `TZID “${zone}” is neither defined in a VTIMEZONE nor a time zone Debrief knows; its times were read in ${floating}`,
    });
  }
  const unique = dropRepeatedKeys(sessions, file, () => ({ keyName: 'UID', field: 'UID' }));
  const title = lines.calendar.get('X-WR-CALNAME')?.value.trim();
  const calendarName = title ? (text(calendars[0] as Component, 'x-wr-calname') ?? title) : baseName(file);
  return {
    schedule: {
      format: 'ics',
      conference: {
        title: calendarName,
        ...sessionDates(unique.sessions),
        ...(calendarZone ? { timeZone: calendarZone } : {}),
      },
      sessions: unique.sessions,
      skipped: [...skipped, ...unique.skipped],
      floatingTimes: clock.floatingUsed,
    },
    problems: [],
  };
}
