// What content:check prints for a schedule file, from a schedule built by hand: the summary,
// sessions per day, tracks and rooms with counts, skipped entries, the recap talks it would link,
// and when it fails.
import { describe, expect, it } from 'vitest';
import type { Conference, RecapItem } from '../../../electron/common/domain';
import type { ParsedSchedule, ScheduleSession } from '../../../electron/common/schedule-import/schedule';
import {
  countsBy,
  formatScheduleReport,
  scheduleFailed,
  speakerCount,
  timeZoneText,
  type ScheduleReport,
} from '../../../scripts/schedule-check-report';
import { knownItem } from '../electron/common/recap-import/known-items';

function session(key: string, title: string, date: string, extra: Partial<ScheduleSession> = {}): ScheduleSession {
  return {
    key,
    title,
    startsAt: `${date}T09:00:00.000Z`,
    endsAt: `${date}T09:40:00.000Z`,
    date,
    speakers: [],
    links: [],
    ...extra,
  };
}

const schedule: ParsedSchedule = {
  format: 'frab-xml',
  version: '0.9 "Tidal"',
  conference: { title: 'Harbour DevDays 2024', acronym: 'hdd24', timeZone: 'Europe/Lisbon' },
  sessions: [
    session('a1', 'Ship It Friday: Continuous Delivery Without Fear', '2024-03-01', {
      track: 'Delivery',
      room: 'Main Hall',
      speakers: [{ name: 'Inês Prata' }, { name: 'Tom Reyes' }],
    }),
    session('a2', 'Observability on a Shoestring', '2024-03-01', {
      track: 'Operations',
      room: 'Main Hall',
      speakers: [{ name: 'ines prata' }],
    }),
    session('a3', 'Rust in the Rain', '2024-03-02', {
      track: 'Delivery',
      room: 'Dock 2',
      speakers: [{ name: 'Kai Lund' }],
    }),
    session('a4', 'Coffee', '2024-03-02'),
  ],
  skipped: [
    { file: 'hdd.xml', line: 120, field: 'event.date', message: 'no start time: the entry was skipped' },
    { file: 'hdd.xml', line: 155, message: 'an event without a title was skipped' },
  ],
  floatingTimes: false,
};

const knownItems: RecapItem[] = [
  knownItem('harbour-devdays-2024', 'ship-it-friday', 'talk', 'Ship It Friday', 1),
  knownItem('harbour-devdays-2024', 'pocket-db', 'booth', 'Pocket DB'),
];

const harbour: Conference = {
  id: 'harbour-devdays-2024',
  name: 'Harbour DevDays 2024',
  location: 'Lisbon',
  startDate: '2024-03-01',
  endDate: '2024-03-02',
  timezone: 'Europe/Lisbon',
  days: [],
  body: '',
  source: 'harbour-devdays-2024/conference.md',
};

const report: ScheduleReport = {
  kind: 'schedule',
  path: 'hdd.xml',
  read: { schedule, problems: [] },
  matches: [
    {
      itemId: 'harbour-devdays-2024/ship-it-friday',
      sessionKey: 'a1',
      confidence: 0.9,
      reason: 'title without its subtitle',
    },
  ],
  knownItems,
  knownFrom: 'content',
  conference: harbour,
};

describe('the schedule report', () => {
  it('prints format, conference, time zone, counts, days, tracks, rooms, skipped entries and links', () => {
    expect(formatScheduleReport(report)).toEqual([
      'hdd.xml: schedule "Harbour DevDays 2024" (hdd24), frab/pentabarf XML, version 0.9 "Tidal"; ' +
        'time zone Europe/Lisbon (a preview: nothing was imported)',
      '  4 sessions over 2 days, 2 tracks, 2 rooms, 3 speakers, 2 skipped',
      '  conference: Harbour DevDays 2024 (harbour-devdays-2024), already in Debrief',
      '  sessions per day:',
      '    2024-03-01 (Friday): 2 sessions',
      '    2024-03-02 (Saturday): 2 sessions',
      '  tracks:',
      '    Delivery: 2 sessions',
      '    Operations: 1 session',
      '    no track: 1 session',
      '  rooms:',
      '    Main Hall: 2 sessions',
      '    Dock 2: 1 session',
      '    no room: 1 session',
      '  skipped:',
      '    hdd.xml:120: event.date: no start time: the entry was skipped',
      '    hdd.xml:155: an event without a title was skipped',
      '  recap talks it would link: 1 (matched against 2 known items from content)',
      '    0.90 "Ship It Friday" (harbour-devdays-2024/ship-it-friday) -> ' +
        '"Ship It Friday: Continuous Delivery Without Fear" [a1]: title without its subtitle',
    ]);
    expect(scheduleFailed(report)).toBe(false);
  });

  it('says when nothing would be linked and the conference is new', () => {
    const lines = formatScheduleReport({ ...report, matches: [], conference: undefined });
    expect(lines).toContain('  conference: new to Debrief');
    expect(lines.at(-1)).toBe('  recap talks it would link: none (matched against 2 known items from content)');
  });

  it('says times without a zone were read as UTC', () => {
    expect(timeZoneText({ ...schedule, conference: { title: 'X' }, floatingTimes: true })).toBe(
      'times have no zone, read as UTC',
    );
    expect(timeZoneText({ ...schedule, conference: { title: 'X' } })).toBe('times in UTC, no time zone named');
    expect(timeZoneText(schedule)).toBe('time zone Europe/Lisbon');
  });

  it('counts values most first, then by name, and speakers once whatever their spelling', () => {
    expect(countsBy(schedule, (s) => s.room, 'no room')).toEqual({
      named: 2,
      lines: ['Main Hall: 2 sessions', 'Dock 2: 1 session', 'no room: 1 session'],
    });
    expect(speakerCount(schedule)).toBe(3);
  });

  it('fails on a file that cannot be read as a schedule, printing why, and on a schedule without sessions', () => {
    const unreadable: ScheduleReport = {
      ...report,
      read: { problems: [{ file: 'bad.xml', line: 3, message: 'the XML is not well-formed: unclosed tag <event>' }] },
    };
    expect(formatScheduleReport(unreadable)).toEqual([
      'bad.xml:3: the XML is not well-formed: unclosed tag <event>',
      'hdd.xml: cannot be read as a schedule',
    ]);
    expect(scheduleFailed(unreadable)).toBe(true);
    const empty: ScheduleReport = {
      ...report,
      matches: [],
      read: { schedule: { ...schedule, sessions: [] }, problems: [] },
    };
    expect(scheduleFailed(empty)).toBe(true);
    expect(formatScheduleReport(empty)).toContain(
      '  nothing to import: the schedule has no session that could be read',
    );
  });
});
