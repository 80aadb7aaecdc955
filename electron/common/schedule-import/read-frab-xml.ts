// frab's and pentabarf's schedule.xml, the format FOSDEM publishes: <day date> > <room name> >
// <event id guid>. fast-xml-parser reads it into objects; every value stays a string (a title
// "2022" is no number), and a file that declares its own entities is refused before parsing.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { ContentProblem } from '../domain';
import { parseClock, parseDate } from '../time-zones';
import { frabClock, frabSession, type FrabClock, type FrabDay, type FrabEvent } from './frab-events';
import type { ScheduleReadOptions, ScheduleRead, ScheduleSession, SessionLink } from './schedule';
import { baseName, dropRepeatedKeys, sessionDates } from './session-keys';
import { lineAt, lineStarts } from './text-lines';

type Node = Record<string, unknown>;

const repeated = new Set([
  'schedule.day',
  'schedule.day.room',
  'schedule.day.room.event',
  'schedule.day.room.event.persons.person',
  'schedule.day.room.event.links.link',
  'schedule.day.room.event.attachments.attachment',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  removeNSPrefix: true,
  captureMetaData: true,
  // One <day>, <room> or <person> must read like several: always a list.
  isArray: (_name, jPath, _leaf, isAttribute) => !isAttribute && repeated.has(String(jPath)),
  // XML's own five entities and character references only; no entity declared in the file (see below).
  processEntities: true,
  htmlEntities: false,
});
// Typed `Symbol` (the wrapper) by the library; it is the primitive symbol at run time.
const metadata = XMLParser.getMetaDataSymbol() as unknown as symbol;

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An element's text, whether it came as a string, as {#text, @attributes}, or empty. */
function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (isNode(value))
    return textOf(value['#text']) ?? (Object.keys(value).some((key) => !key.startsWith('@')) ? undefined : '');
  if (Array.isArray(value)) return textOf(value[0]);
  return undefined;
}

function listOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  return value === undefined || value === '' ? [] : [value];
}

function startOf(node: unknown, starts: readonly number[]): number | undefined {
  const meta = isNode(node) ? (node as Record<symbol, { startIndex?: number } | undefined>)[metadata] : undefined;
  return meta?.startIndex === undefined ? undefined : lineAt(starts, meta.startIndex);
}

function linksOf(event: Node): SessionLink[] {
  const links: SessionLink[] = [];
  const containers = [
    { list: isNode(event.links) ? event.links.link : undefined },
    { list: isNode(event.attachments) ? event.attachments.attachment : undefined },
  ];
  for (const { list } of containers) {
    for (const link of listOf(list)) {
      const url = isNode(link) ? textOf(link['@href'])?.trim() : undefined;
      if (!url) continue;
      links.push({ title: textOf(link)?.trim() || url, url });
    }
  }
  return links;
}

function eventOf(event: Node, roomName: string | undefined, line: number | undefined): FrabEvent {
  const persons = listOf(isNode(event.persons) ? event.persons.person : undefined)
    .map((person) => textOf(person)?.trim())
    .filter((name): name is string => Boolean(name));
  const fields: Partial<FrabEvent> = {
    key: textOf(event['@guid']) || textOf(event.guid) || textOf(event['@id']),
    title: textOf(event.title),
    subtitle: textOf(event.subtitle),
    dateTime: textOf(event.date) || undefined,
    start: textOf(event.start),
    duration: textOf(event.duration),
    room: textOf(event.room) || roomName,
    track: textOf(event.track),
    type: textOf(event.type),
    language: textOf(event.language),
    abstract: textOf(event.abstract),
    description: textOf(event.description),
    url: textOf(event.url),
    line,
  };
  const defined = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
  return { ...defined, persons, links: linksOf(event) };
}

function problemAtLine(file: string, line: number, column: number, message: string): ScheduleRead {
  return { problems: [{ file, line, message: `invalid XML at line ${line}, column ${column}: ${message}` }] };
}

interface Walk {
  file: string;
  clock: FrabClock;
  starts: number[];
  sessions: ScheduleSession[];
  origins: Map<ScheduleSession, { keyName: string; field: string }>;
  skipped: ContentProblem[];
  events: number;
}

function readDay(walk: Walk, day: unknown, dayIndex: number, dayChange: number | undefined): void {
  const dayPath = `/schedule/day[${dayIndex + 1}]`;
  if (!isNode(day)) return;
  const date = textOf(day['@date'])?.trim();
  const frabDay: FrabDay = { ...(date && parseDate(date) ? { date } : {}) };
  if (date !== undefined && !parseDate(date)) {
    walk.skipped.push({
      file: walk.file,
      ...(startOf(day, walk.starts) ? { line: startOf(day, walk.starts) } : {}),
      field: `${dayPath}/@date`,
      message: `“${date}” is not a date (YYYY-MM-DD); its events were read by their own dates where they have one`,
    });
  }
  // frab writes the day's start (2022-02-05T09:00:00+01:00) on the day itself; pentabarf a day_change for all.
  const dayStart = /T(\d{2}:\d{2})/.exec(textOf(day['@start']) ?? '')?.[1];
  const change = dayStart ? parseClock(dayStart) : dayChange;
  if (change !== undefined) frabDay.dayChange = change;
  for (const room of listOf(day.room)) {
    if (!isNode(room)) continue;
    const roomName = textOf(room['@name'])?.trim();
    const roomPath = `${dayPath}/room[@name=${JSON.stringify(roomName ?? '')}]`;
    listOf(room.event).forEach((event, index) => {
      walk.events += 1;
      const id = isNode(event) ? textOf(event['@id']) : undefined;
      const path = `${roomPath}/event${id ? `[@id="${id}"]` : `[${index + 1}]`}`;
      if (!isNode(event)) {
        walk.skipped.push({ file: walk.file, field: path, message: 'this event is empty; it was skipped' });
        return;
      }
      const read = frabSession(
        eventOf(event, roomName, startOf(event, walk.starts)),
        frabDay,
        walk.clock,
        walk.file,
        (field) => `${path}/${field}`,
      );
      if ('message' in read) return void walk.skipped.push(read);
      walk.sessions.push(read);
      const keyName = textOf(event['@guid']) || textOf(event.guid) ? 'guid' : 'id';
      walk.origins.set(read, { keyName, field: path });
    });
  }
}

/** Reads a frab/pentabarf XML schedule. */
export function readFrabXml(file: string, text: string, options: ScheduleReadOptions = {}): ScheduleRead {
  const starts = lineStarts(text);
  // Entity declarations are how "billion laughs" files blow up; no schedule needs one.
  const declaration = /<!ENTITY/i.exec(text);
  if (declaration) {
    return {
      problems: [
        {
          file,
          line: lineAt(starts, declaration.index),
          message: 'the file declares its own XML entities (<!ENTITY>), which no schedule needs; it was not read',
        },
      ],
    };
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true) return problemAtLine(file, valid.err.line, valid.err.col, valid.err.msg);
  let root: unknown;
  try {
    root = parser.parse(text);
  } catch (error) {
    return {
      problems: [
        { file, message: `the XML could not be read: ${error instanceof Error ? error.message : String(error)}` },
      ],
    };
  }
  const schedule = isNode(root) ? root.schedule : undefined;
  if (!isNode(schedule)) {
    const element = isNode(root)
      ? Object.keys(root).find((key) => !key.startsWith('#') && !key.startsWith('?'))
      : undefined;
    const what = element ? `its root element is <${element}>, not <schedule>` : 'it has no <schedule> element';
    return { problems: [{ file, line: 1, message: `this XML is not a frab/pentabarf schedule: ${what}` }] };
  }
  const conference = isNode(schedule.conference) ? schedule.conference : {};
  const zoneAt = /<time_zone_name\b/.exec(text)?.index;
  const zoneLine = zoneAt === undefined ? undefined : lineAt(starts, zoneAt);
  const { clock, problems } = frabClock(
    file,
    textOf(conference.time_zone_name),
    '/schedule/conference/time_zone_name',
    options,
    zoneLine,
  );
  const walk: Walk = { file, clock, starts, sessions: [], origins: new Map(), skipped: [...problems], events: 0 };
  const dayChange = parseClock(textOf(conference.day_change) ?? '');
  listOf(schedule.day).forEach((day, index) => readDay(walk, day, index, dayChange));
  if (walk.events === 0) return { problems: [{ file, message: 'the schedule has no events (<event>)' }] };

  const unique = dropRepeatedKeys(walk.sessions, file, (session) => walk.origins.get(session) ?? { keyName: 'id' });
  const fromSessions = sessionDates(unique.sessions);
  const dateOf = (value: unknown): string | undefined => {
    const date = textOf(value)?.trim().slice(0, 10);
    return date && parseDate(date) ? date : undefined;
  };
  const startDate = dateOf(conference.start) ?? fromSessions.startDate;
  const endDate = dateOf(conference.end) ?? fromSessions.endDate;
  const acronym = textOf(conference.acronym)?.trim();
  const url = textOf(conference.base_url)?.trim() || textOf(conference.url)?.trim();
  const version = textOf(schedule.version)?.trim();
  return {
    schedule: {
      format: 'frab-xml',
      ...(version ? { version } : {}),
      conference: {
        title: textOf(conference.title)?.trim() || acronym || baseName(file),
        ...(acronym ? { acronym } : {}),
        ...(startDate ? { startDate } : {}),
        ...(endDate ? { endDate } : {}),
        ...(clock.named ? { timeZone: clock.zone } : {}),
        ...(url ? { url } : {}),
      },
      sessions: unique.sessions,
      skipped: [...walk.skipped, ...unique.skipped],
      floatingTimes: clock.floatingUsed,
    },
    problems: [],
  };
}
