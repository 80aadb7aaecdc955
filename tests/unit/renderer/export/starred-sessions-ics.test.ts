// Starred sessions as an iCalendar file, read back with ical.js: every VEVENT property as written,
// UTC times, stable UIDs, TEXT escaping of commas, semicolons and line breaks, and folding.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Conference, RecapItem, SessionDetails } from '../../../../electron/common/domain';
import { maxIcsLineOctets } from '../../../../renderer/src/lib/export/ics-text';
import { starredSessionsIcs } from '../../../../renderer/src/lib/export/starred-sessions-ics';

const conference: Conference = {
  id: 'harbour-devdays-2024',
  name: 'Harbour DevDays 2024',
  location: 'Lisbon',
  startDate: '2024-03-01',
  endDate: '2024-03-02',
  timezone: 'Europe/Lisbon',
  days: [],
  body: '',
  source: 'hdd.xml',
};

function sessionItem(
  key: string,
  title: string,
  details: Partial<SessionDetails>,
  extra: Partial<RecapItem> = {},
): RecapItem {
  return {
    id: `harbour-devdays-2024/session-${key}`,
    conferenceId: conference.id,
    slug: `session-${key}`,
    kind: 'session',
    title,
    speakers: [],
    tags: [],
    links: {},
    takeaways: [],
    body: '',
    source: 'hdd.xml',
    session: {
      scheduleId: 'schedule:harbour-devdays-2024:frab-xml',
      key,
      startsAt: '2024-03-01T09:00:00.000Z',
      endsAt: '2024-03-01T09:40:00.000Z',
      links: [],
      ...details,
    },
    ...extra,
  };
}

const longAbstract = `Tides, currents; and the winds, measured. ${'Ondas e marés — 潮の満ち引き. '.repeat(12)}`;
const sessions: RecapItem[] = [
  sessionItem(
    'b2',
    'Rust in the Rain',
    {
      startsAt: '2024-03-02T14:30:00.000Z',
      endsAt: '2024-03-02T15:00:00.000Z',
      room: 'Dock 2',
      abstract: longAbstract,
    },
    { speakers: [{ name: 'Kai Lund' }] },
  ),
  sessionItem(
    'a1',
    'Ship It Friday, Again; Or Not',
    {
      subtitle: 'Delivery\nwithout fear',
      room: 'Main Hall, Level 1; East',
      abstract: 'Line one, with a comma;\nline two\\with a backslash.',
      url: 'https://harbour.example/talks/a1',
    },
    { speakers: [{ name: 'Inês Prata', org: 'Tidewater, Inc.' }, { name: 'Tom Reyes' }], track: 'Delivery, CI; CD' },
  ),
  sessionItem('c3', 'Coffee', { startsAt: 'not a time' }),
  sessionItem('d4', 'Bare', {}, { session: undefined }),
];
const now = new Date('2024-03-10T12:00:00Z');
const ics = starredSessionsIcs(sessions, conference, now);
const calendar = new ICAL.Component(ICAL.parse(ics));
const events = calendar.getAllSubcomponents('vevent');

function text(component: ICAL.Component, name: string): string | null {
  const value = component.getFirstPropertyValue(name);
  return value === null ? null : String(value);
}

function time(component: ICAL.Component, name: string): ICAL.Time {
  return component.getFirstPropertyValue(name) as ICAL.Time;
}

describe('starredSessionsIcs', () => {
  it('is a VCALENDAR 2.0 named after the conference, one VEVENT per timed session, earliest first', () => {
    expect(calendar.name).toBe('vcalendar');
    expect(text(calendar, 'version')).toBe('2.0');
    expect(text(calendar, 'x-wr-calname')).toBe('Harbour DevDays 2024: starred sessions');
    expect(events.map((event) => text(event, 'uid'))).toEqual([
      'harbour-devdays-2024/session-a1@debrief',
      'harbour-devdays-2024/session-b2@debrief',
    ]);
  });

  it('gives stable UIDs from the session item id and writes the same bytes for the same input', () => {
    expect(starredSessionsIcs([...sessions].reverse(), conference, now)).toBe(ics);
    expect(time(events[0]!, 'dtstamp').toString()).toBe('2024-03-10T12:00:00Z');
  });

  it('writes DTSTART and DTEND in UTC', () => {
    const start = time(events[1]!, 'dtstart');
    expect(start.toString()).toBe('2024-03-02T14:30:00Z');
    expect(start.zone).toBe(ICAL.Timezone.utcTimezone);
    expect(time(events[1]!, 'dtend').toString()).toBe('2024-03-02T15:00:00Z');
    expect(ics).toContain('\r\nDTSTART:20240301T090000Z\r\nDTEND:20240301T094000Z\r\n');
  });

  it('reads back SUMMARY, LOCATION and DESCRIPTION with commas, semicolons, backslashes and line breaks intact', () => {
    const [ship, rust] = events;
    expect(text(ship!, 'summary')).toBe('Ship It Friday, Again; Or Not: Delivery without fear');
    expect(text(ship!, 'location')).toBe('Main Hall, Level 1; East');
    expect(text(ship!, 'description')).toBe(
      'Line one, with a comma;\nline two\\with a backslash.\n\nSpeakers: Inês Prata (Tidewater, Inc.), Tom Reyes',
    );
    expect(ics).toContain('SUMMARY:Ship It Friday\\, Again\\; Or Not: Delivery without fear\r\n');
    expect(text(rust!, 'description')).toBe(`${longAbstract.trim()}\n\nSpeaker: Kai Lund`);
  });

  it('links to the session page, else into Debrief, and files the track as one category', () => {
    const [ship, rust] = events;
    expect(text(ship!, 'url')).toBe('https://harbour.example/talks/a1');
    expect(text(rust!, 'url')).toBe('debrief://item/harbour-devdays-2024/session-b2');
    expect(ship!.getFirstProperty('categories')!.getValues()).toEqual(['Delivery, CI; CD']);
    expect(rust!.hasProperty('categories')).toBe(false);
  });

  it('ends lines with CRLF and folds long ones to 75 octets that unfold to the original', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    const lines = ics.slice(0, -2).split('\r\n');
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(maxIcsLineOctets);
    expect(lines.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(5);
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain(
      `DESCRIPTION:${longAbstract.trim().replace(/[,;]/g, (c) => `\\${c}`)}\\n\\nSpeaker: Kai Lund\r\n`,
    );
  });

  it('refuses an export time that is not a date', () => {
    expect(() => starredSessionsIcs(sessions, conference, new Date('nope'))).toThrow(
      'the export time is not a valid date',
    );
  });
});
