// pretalx/frab JSON: offsets, wall times in the schedule's zone across a DST change, after-midnight
// events, and broken entries skipped with the JSON path of the field at fault.
import { describe, expect, it } from 'vitest';
import { readFixture, readText, scheduleOf, sessionTitled } from './schedule-fixtures';

describe('a pretalx JSON schedule', () => {
  const schedule = scheduleOf(readFixture('harbour-cloud-days-2023.json'));

  it('reads the conference header and every event', () => {
    expect(schedule.format).toBe('frab-json');
    expect(schedule.version).toBe('0.9 (anchored)');
    expect(schedule.conference).toEqual({
      title: 'Harbour Cloud Days 2023',
      acronym: 'hcd23',
      startDate: '2023-03-25',
      endDate: '2023-03-26',
      timeZone: 'Europe/Amsterdam',
      url: 'https://harbour.example/hcd23/',
    });
    expect(schedule.sessions.map((s) => s.title)).toEqual([
      'Welcome Aboard: Opening Remarks',
      'Lighthouse Metrics, Lantern Logs: Observability at Sea',
      'Night Watch Social',
      '2023',
      'Dockside Chat: Ask the Maintainers',
      'Closing Knots',
    ]);
    expect(schedule.skipped).toEqual([]);
    expect(schedule.floatingTimes).toBe(false);
  });

  it('reads an event in full: guid as key, persons, links and attachments, the line of its guid', () => {
    expect(sessionTitled(schedule, 'Lighthouse Metrics, Lantern Logs: Observability at Sea')).toEqual({
      key: '3b0c2d1e-5a51-4e7a-9a0e-hcd23-0102',
      title: 'Lighthouse Metrics, Lantern Logs: Observability at Sea',
      subtitle: 'Tracing from the quay to the open sea',
      // No `date`: 10:30 on the day, in Amsterdam winter time.
      startsAt: '2023-03-25T09:30:00.000Z',
      endsAt: '2023-03-25T10:15:00.000Z',
      date: '2023-03-25',
      room: 'Main Deck',
      track: 'Observability',
      type: 'Talk',
      language: 'en',
      abstract: 'Follow one request past every buoy.',
      description: "Spans are lanterns.\n\nLogs are the ship's diary.",
      url: 'https://harbour.example/hcd23/talk/LIGHTS/',
      speakers: [{ name: 'João Pereira' }, { name: 'Lena Fischer' }],
      links: [{ title: 'Slides', url: 'https://harbour.example/hcd23/102/slides.pdf' }],
      line: 47,
    });
  });

  it('uses the offset of `date`, and reads wall times in the schedule zone after the DST change', () => {
    expect(sessionTitled(schedule, 'Welcome Aboard: Opening Remarks').startsAt).toBe('2023-03-25T08:00:00.000Z');
    expect(sessionTitled(schedule, '2023').startsAt).toBe('2023-03-26T08:00:00.000Z');
    const chat = sessionTitled(schedule, 'Dockside Chat: Ask the Maintainers');
    expect([chat.startsAt, chat.endsAt]).toEqual(['2023-03-26T12:00:00.000Z', '2023-03-26T12:20:00.000Z']);
  });

  it('puts an event after midnight but before the day starts on the next date, listed under its day', () => {
    const night = sessionTitled(schedule, 'Night Watch Social');
    expect([night.startsAt, night.endsAt, night.date]).toEqual([
      '2023-03-26T00:30:00.000Z',
      '2023-03-26T01:30:00.000Z',
      '2023-03-25',
    ]);
  });

  it('keys an event without guid by its id, keeps Markdown abstracts as written, and a numeric title as text', () => {
    expect(sessionTitled(schedule, 'Closing Knots').key).toBe('106');
    expect(sessionTitled(schedule, 'Welcome Aboard: Opening Remarks').abstract).toBe(
      'Why we meet by the water, and what is **new** this year.',
    );
    expect(sessionTitled(schedule, '2023').subtitle).toBe('A Year at the Harbour');
  });
});

describe('a broken JSON schedule', () => {
  it('refuses invalid JSON with the line and column of the error', () => {
    // Written here: a fixture file of invalid JSON would fail the repository's format check.
    const text =
      '{\n  "schedule": {\n    "version": "1",\n    "conference": {\n      "title": "Harbour"\n      "days": []\n    }\n  }\n}\n';
    expect(readText('broken-invalid.json', text).problems).toEqual([
      {
        file: 'broken-invalid.json',
        line: 6,
        message: 'invalid JSON at line 6, column 7: unexpected “"”; expected “,” or “}”',
      },
    ]);
  });

  it('refuses JSON that is not a schedule, saying what is missing', () => {
    expect(readFixture('broken-not-a-schedule.json').problems).toEqual([
      {
        file: 'broken-not-a-schedule.json',
        field: 'schedule',
        message: 'this JSON is not a pretalx/frab schedule: it has no “schedule” object',
      },
    ]);
    expect(readText('x.json', '{"schedule": {"conference": {"title": "x"}}}').problems[0]).toMatchObject({
      field: 'schedule.conference.days',
    });
    expect(readText('x.json', '{"schedule": {"conference": {"days": []}}}').problems).toEqual([
      { file: 'x.json', field: 'schedule.conference.days', message: 'the schedule has no events' },
    ]);
  });

  const broken = scheduleOf(readFixture('broken-gaps.json'));

  it('imports the usable events; an unknown zone makes times without offset floating (UTC by default)', () => {
    expect(broken.sessions.map((s) => [s.title, s.startsAt])).toEqual([
      ['Anchored in Time', '2023-03-25T08:00:00.000Z'],
      ['Floating in Time', '2023-03-25T10:00:00.000Z'],
    ]);
    expect(broken.floatingTimes).toBe(true);
    expect(broken.conference.timeZone).toBeUndefined();
    const chosen = scheduleOf(readFixture('broken-gaps.json', { floatingTimeZone: 'Europe/Lisbon' }));
    expect(sessionTitled(chosen, 'Floating in Time').startsAt).toBe('2023-03-25T10:00:00.000Z');
    const brussels = scheduleOf(readFixture('broken-gaps.json', { floatingTimeZone: 'Europe/Brussels' }));
    expect(sessionTitled(brussels, 'Floating in Time').startsAt).toBe('2023-03-25T09:00:00.000Z');
  });

  it('skips every unusable entry with its line and JSON path, and says why', () => {
    const room = 'schedule.conference.days[0].rooms["Gray Room"]';
    expect(broken.skipped.map(({ line, field, message }) => ({ line, field, message }))).toEqual([
      {
        line: undefined,
        field: `${room}[4]`,
        message: 'this entry is not an event object; it was skipped',
      },
      {
        line: 9,
        field: 'schedule.conference.time_zone_name',
        message: '“Harbour/Atlantis” is not a time zone Debrief knows; times without an offset were read in UTC',
      },
      { line: 34, field: `${room}[2].title`, message: 'the event has no title; the event was skipped' },
      {
        line: 41,
        field: `${room}[3].duration`,
        message: '“ninety minutes” is not a duration (HH:MM); the event was skipped',
      },
      {
        line: 49,
        field: `${room}[5].guid`,
        message: 'guid gap-0001 repeats the event at line 18; this one was skipped',
      },
      {
        line: 56,
        field: `${room}[6].start`,
        message: '“half past two” is not a time of day (HH:MM); the event was skipped',
      },
    ]);
  });

  it('reads the flat event list of c3voc schedule 2, with ISO durations and localized abstracts', () => {
    const text = JSON.stringify({
      schedule: {
        version: '2',
        conference: { title: 'Harbour Cloud Days 2023', acronym: 'hcd23', days: [] },
        events: [
          {
            guid: 'flat-1',
            title: 'Tidal Queues',
            start: '2023-03-25T11:00:00+01:00',
            end: '2023-03-25T11:40:00+01:00',
            room: { name: 'Quay 2', guid: 'r2' },
            track: { slug: 'messaging' },
            abstract: { de: 'Gezeiten', en: 'Tides for queues' },
            participants: [{ name: 'Mei Tanaka', guid: 'p1' }],
          },
          { guid: 'flat-2', title: 'Short Hop', start: '2023-03-26T09:00:00+02:00', duration: 'PT15M' },
        ],
      },
    });
    const flat = scheduleOf(readText('flat.json', text));
    expect(flat.sessions).toEqual([
      {
        key: 'flat-1',
        title: 'Tidal Queues',
        startsAt: '2023-03-25T10:00:00.000Z',
        endsAt: '2023-03-25T10:40:00.000Z',
        date: '2023-03-25',
        room: 'Quay 2',
        track: 'messaging',
        abstract: 'Tides for queues',
        speakers: [{ name: 'Mei Tanaka' }],
        links: [],
        line: 1,
      },
      {
        key: 'flat-2',
        title: 'Short Hop',
        startsAt: '2023-03-26T07:00:00.000Z',
        endsAt: '2023-03-26T07:15:00.000Z',
        date: '2023-03-26',
        speakers: [],
        links: [],
        line: 1,
      },
    ]);
  });
});
