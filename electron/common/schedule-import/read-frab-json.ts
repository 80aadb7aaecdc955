// pretalx's and frab's schedule.json (the c3voc schema): schedule.conference.days[].rooms, each
// room a list of events; also the flat schedule.events of c3voc's schedule 2. Real exports do not
// always validate, so each event is taken on its own: the usable ones are read, the others skipped
// with the JSON path of the field at fault.
import type { ContentProblem } from '../domain';
import { parseClock, parseDate } from '../time-zones';
import { frabClock, frabSession, type FrabClock, type FrabDay, type FrabEvent } from './frab-events';
import { findJsonSyntaxError } from './json-syntax';
import type { ScheduleReadOptions, ScheduleRead, ScheduleSession, SessionLink } from './schedule';
import { baseName, dropRepeatedKeys, sessionDates } from './session-keys';
import { lineAndColumn, lineAt, lineStarts } from './text-lines';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string field; numbers count (a title "2022" may be written as 2022); a {en, de} map gives English or its first. */
function stringOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (isObject(value)) {
    const localized = value.en ?? Object.values(value).find((entry) => typeof entry === 'string');
    if (typeof localized === 'string') return localized;
    // A reference object (c3voc schedule 2 rooms and tracks): its name, else its slug.
    return stringOf(value.name) ?? stringOf(value.slug);
  }
  return undefined;
}

function linksOf(...lists: unknown[]): SessionLink[] {
  const links: SessionLink[] = [];
  for (const list of lists) {
    if (!Array.isArray(list)) continue;
    for (const entry of list) {
      const url = isObject(entry) ? stringOf(entry.url) : typeof entry === 'string' ? entry : undefined;
      if (!url?.trim()) continue;
      const title = (isObject(entry) ? stringOf(entry.title) : undefined)?.trim();
      links.push({ title: title || url.trim(), url: url.trim() });
    }
  }
  return links;
}

function personsOf(event: Json): string[] {
  const list = Array.isArray(event.persons)
    ? event.persons
    : Array.isArray(event.participants)
      ? event.participants
      : [];
  return list
    .map((person) =>
      isObject(person)
        ? (stringOf(person.public_name) ?? stringOf(person.name) ?? stringOf(person.full_name))
        : stringOf(person),
    )
    .filter((name): name is string => Boolean(name?.trim()));
}

function eventOf(event: Json, roomName: string | undefined, line: number | undefined): FrabEvent {
  const key = stringOf(event.guid) ?? stringOf(event.id) ?? stringOf(event.code);
  const start = stringOf(event.start);
  const fields: Partial<FrabEvent> = {
    key,
    title: stringOf(event.title),
    subtitle: stringOf(event.subtitle),
    dateTime: stringOf(event.date),
    start,
    end: stringOf(event.end),
    duration: stringOf(event.duration),
    room: stringOf(event.room) ?? roomName,
    track: stringOf(event.track),
    type: stringOf(event.type),
    language: stringOf(event.language),
    abstract: stringOf(event.abstract),
    description: stringOf(event.description),
    url: stringOf(event.url),
    line,
  };
  const defined = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
  return { ...defined, persons: personsOf(event), links: linksOf(event.links, event.attachments) };
}

// Finds each event's guid (or id) in the text, in file order, to give problems a line. Best effort:
// a search that runs past the event starts again from the top.
function lineFinder(text: string, starts: readonly number[]): (event: Json) => number | undefined {
  let cursor = 0;
  const find = (pattern: RegExp): number | undefined => {
    for (const from of [cursor, 0]) {
      pattern.lastIndex = from;
      const match = pattern.exec(text);
      if (match) {
        cursor = match.index + match[0].length;
        return lineAt(starts, match.index);
      }
    }
    return undefined;
  };
  const escape = (value: string): string => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return (event) => {
    const guid = typeof event.guid === 'string' ? event.guid : undefined;
    if (guid) return find(new RegExp(`"guid"\\s*:\\s*"${escape(guid)}"`, 'g'));
    const id = stringOf(event.id);
    return id ? find(new RegExp(`"id"\\s*:\\s*"?${escape(id)}\\b`, 'g')) : undefined;
  };
}

function notASchedule(file: string, field: string, what: string): ScheduleRead {
  return {
    problems: [{ file, field, message: `this JSON is not a pretalx/frab schedule: ${what}` }],
  };
}

interface Walk {
  file: string;
  clock: FrabClock;
  lineOf: (event: Json) => number | undefined;
  sessions: ScheduleSession[];
  /** Where each session was, and which of guid or id keyed it, for a repeated key. */
  origins: Map<ScheduleSession, { keyName: string; field: string }>;
  skipped: ContentProblem[];
  events: number;
}

function readOne(walk: Walk, value: unknown, day: FrabDay, roomName: string | undefined, path: string): void {
  walk.events += 1;
  if (!isObject(value)) {
    walk.skipped.push({ file: walk.file, field: path, message: 'this entry is not an event object; it was skipped' });
    return;
  }
  const read = frabSession(
    eventOf(value, roomName, walk.lineOf(value)),
    day,
    walk.clock,
    walk.file,
    (field) => `${path}.${field}`,
  );
  if ('message' in read) return void walk.skipped.push(read);
  walk.sessions.push(read);
  const keyName = value.guid !== undefined ? 'guid' : 'id';
  walk.origins.set(read, { keyName, field: `${path}.${keyName}` });
}

function dayChangeOf(day: Json): number | undefined {
  // pretalx: day_start "2020-12-14T04:00:00+01:00"; the wall-clock time of day is what counts.
  const start = stringOf(day.day_start) ?? stringOf(day.start);
  const time = start && /T(\d{2}:\d{2})/.exec(start)?.[1];
  return time ? parseClock(time) : undefined;
}

function readDays(walk: Walk, days: unknown[]): void {
  days.forEach((day, dayIndex) => {
    const dayPath = `schedule.conference.days[${dayIndex}]`;
    if (!isObject(day)) {
      walk.skipped.push({ file: walk.file, field: dayPath, message: 'this day is not an object; it was skipped' });
      return;
    }
    const date = stringOf(day.date);
    const dayChange = dayChangeOf(day);
    const frabDay: FrabDay = { ...(date ? { date } : {}), ...(dayChange !== undefined ? { dayChange } : {}) };
    if (date !== undefined && !parseDate(date)) {
      walk.skipped.push({
        file: walk.file,
        field: `${dayPath}.date`,
        message: `“${date}” is not a date (YYYY-MM-DD); its events were read by their own dates where they have one`,
      });
      delete frabDay.date;
    }
    if (day.rooms === undefined) return;
    if (!isObject(day.rooms)) {
      walk.skipped.push({
        file: walk.file,
        field: `${dayPath}.rooms`,
        message: 'rooms is not an object of room names to events; the day was skipped',
      });
      return;
    }
    for (const [roomName, events] of Object.entries(day.rooms)) {
      const roomPath = `${dayPath}.rooms[${JSON.stringify(roomName)}]`;
      if (!Array.isArray(events)) {
        walk.skipped.push({
          file: walk.file,
          field: roomPath,
          message: 'the room’s events are not a list; they were skipped',
        });
        continue;
      }
      events.forEach((event, index) => readOne(walk, event, frabDay, roomName, `${roomPath}[${index}]`));
    }
  });
}

/** Reads a pretalx/frab JSON schedule. */
export function readFrabJson(file: string, text: string, options: ScheduleReadOptions = {}): ScheduleRead {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (error) {
    const syntax = findJsonSyntaxError(text);
    if (!syntax) return { problems: [{ file, message: `the JSON could not be read: ${String(error)}` }] };
    const { line, column } = lineAndColumn(lineStarts(text), syntax.offset);
    return { problems: [{ file, line, message: `invalid JSON at line ${line}, column ${column}: ${syntax.message}` }] };
  }
  if (!isObject(root) || !isObject(root.schedule)) return notASchedule(file, 'schedule', 'it has no “schedule” object');
  const schedule = root.schedule;
  if (!isObject(schedule.conference)) {
    return notASchedule(file, 'schedule.conference', 'it has no “schedule.conference” object');
  }
  const conference = schedule.conference;
  const days = conference.days;
  const flat = schedule.events;
  if (!Array.isArray(days) && !Array.isArray(flat)) {
    return notASchedule(file, 'schedule.conference.days', 'it has no list of days (schedule.conference.days)');
  }

  const starts = lineStarts(text);
  const zoneAt = /"time_zone_name"\s*:/.exec(text)?.index;
  const { clock, problems } = frabClock(
    file,
    stringOf(conference.time_zone_name),
    'schedule.conference.time_zone_name',
    options,
    zoneAt === undefined ? undefined : lineAt(starts, zoneAt),
  );
  const walk: Walk = {
    file,
    clock,
    lineOf: lineFinder(text, starts),
    sessions: [],
    origins: new Map(),
    skipped: [...problems],
    events: 0,
  };
  if (Array.isArray(days)) readDays(walk, days);
  // c3voc schedule 2: one flat list, each event with its own start and end.
  if (Array.isArray(flat))
    flat.forEach((event, index) => readOne(walk, event, {}, undefined, `schedule.events[${index}]`));
  if (walk.events === 0) {
    return { problems: [{ file, field: 'schedule.conference.days', message: 'the schedule has no events' }] };
  }

  const unique = dropRepeatedKeys(walk.sessions, file, (session) => walk.origins.get(session) ?? { keyName: 'guid' });
  const dateOf = (value: unknown): string | undefined => {
    const date = stringOf(value)?.slice(0, 10);
    return date && parseDate(date) ? date : undefined;
  };
  const fromSessions = sessionDates(unique.sessions);
  const startDate = dateOf(conference.start) ?? fromSessions.startDate;
  const endDate = dateOf(conference.end) ?? fromSessions.endDate;
  const acronym = stringOf(conference.acronym)?.trim();
  const url = stringOf(conference.url) ?? stringOf(schedule.base_url);
  const version = stringOf(schedule.version)?.trim();
  return {
    schedule: {
      format: 'frab-json',
      ...(version ? { version } : {}),
      conference: {
        title: stringOf(conference.title)?.trim() || acronym || baseName(file),
        ...(acronym ? { acronym } : {}),
        ...(startDate ? { startDate } : {}),
        ...(endDate ? { endDate } : {}),
        ...(clock.named ? { timeZone: clock.zone } : {}),
        ...(url?.trim() ? { url: url.trim() } : {}),
      },
      sessions: unique.sessions,
      skipped: [...walk.skipped, ...unique.skipped],
      floatingTimes: clock.floatingUsed,
    },
    problems: [],
  };
}
