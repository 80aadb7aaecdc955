// Sched's iCalendar export: folded lines, escapes, UTC, named and VTIMEZONE-defined zones,
// speakers in SUMMARY, and every broken event skipped with its line and field.
import { describe, expect, it } from 'vitest';
import { fixtureBytes, readFixture, readText, scheduleOf, sessionTitled } from './schedule-fixtures';
import { readSchedule } from '../../../../../electron/common/schedule-import/read-schedule';

describe('a Sched iCalendar export', () => {
  const schedule = scheduleOf(readFixture('harbour-cloud-days-2023.ics'));

  it('reads the calendar as the conference, every event as a session', () => {
    expect(schedule.format).toBe('ics');
    expect(schedule.conference).toEqual({
      title: 'Harbour Cloud Days 2023',
      startDate: '2023-03-25',
      endDate: '2023-03-26',
      timeZone: 'Europe/Amsterdam',
    });
    expect(schedule.sessions).toHaveLength(6);
    expect(schedule.skipped).toEqual([]);
    expect(schedule.floatingTimes).toBe(false);
  });

  it('unfolds CRLF-folded lines and unescapes commas and semicolons', () => {
    const opening = sessionTitled(schedule, 'Welcome Aboard: Opening Remarks');
    expect(opening).toEqual({
      key: 'hcd23-opening@sched.example',
      title: 'Welcome Aboard: Opening Remarks',
      startsAt: '2023-03-25T08:00:00.000Z',
      endsAt: '2023-03-25T08:30:00.000Z',
      date: '2023-03-25',
      room: 'Main Deck',
      track: 'Keynotes',
      speakers: [{ name: 'Marit Olsen', org: 'Harbour Foundation' }],
      abstract: 'Why we meet by the water, and what is new this year; bring a coat.',
      url: 'https://hcd23.sched.example/event/opening',
      links: [],
      line: 22,
    });
    expect(sessionTitled(schedule, 'Kubernetes - The Hard Way').room).toBe('Quay 2; Upper Floor');
  });

  it('splits speakers off a folded SUMMARY, keeping commas of the title and an "&" of an organisation', () => {
    expect(sessionTitled(schedule, 'Lighthouse Metrics, Lantern Logs: Observability at Sea').speakers).toEqual([
      { name: 'João Pereira', org: 'Tidewater Labs' },
      { name: 'Lena Fischer', org: 'Procter & Gamble' },
    ]);
    expect(sessionTitled(schedule, 'Dockside Chat: Ask the Maintainers').speakers).toEqual([
      { name: 'Ana Ribeiro', org: 'Pier Nine' },
      { name: 'Kofi Mensah', org: 'Pier Nine' },
    ]);
    expect(sessionTitled(schedule, 'Tides of Change - Past, Present and Future').speakers).toEqual([]);
  });

  it('reads TZID times by the IANA zone and by a VTIMEZONE the file defines, across the DST change', () => {
    // 25 March 2023 is winter time in Amsterdam (+01:00), 26 March summer time (+02:00).
    const lighthouse = sessionTitled(schedule, 'Lighthouse Metrics, Lantern Logs: Observability at Sea');
    expect([lighthouse.startsAt, lighthouse.endsAt]).toEqual(['2023-03-25T09:30:00.000Z', '2023-03-25T10:15:00.000Z']);
    const hardWay = sessionTitled(schedule, 'Kubernetes - The Hard Way');
    expect([hardWay.startsAt, hardWay.endsAt, hardWay.date]).toEqual([
      '2023-03-26T08:00:00.000Z',
      '2023-03-26T09:30:00.000Z',
      '2023-03-26',
    ]);
  });

  it('takes the first category as the track and reduces an HTML description to text', () => {
    expect(sessionTitled(schedule, 'Tides of Change - Past, Present and Future').track).toBe('Community');
    expect(sessionTitled(schedule, 'Buoys and Beacons Lab').abstract).toBe(
      'Hands-on lab: bring a laptop.\n\nWe cover buoys & beacons.',
    );
  });

  it('reads the same file with a UTF-8 byte order mark', () => {
    const bytes = fixtureBytes('harbour-cloud-days-2023.ics');
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    expect(scheduleOf(readSchedule('bom.ics', withBom)).sessions.map((s) => s.key)).toEqual(
      schedule.sessions.map((s) => s.key),
    );
  });
});

describe('a broken iCalendar file', () => {
  it('refuses a calendar without events', () => {
    expect(readFixture('broken-no-events.ics')).toEqual({
      problems: [{ file: 'broken-no-events.ics', line: 1, message: 'the calendar has no events (VEVENT)' }],
    });
  });

  it('refuses a file that is no calendar, naming its first line', () => {
    expect(readText('notes.ics', '\nHello from the harbour\n').problems).toEqual([
      { file: 'notes.ics', line: 2, message: 'this is not an iCalendar file: it does not start with BEGIN:VCALENDAR' },
    ]);
  });

  it('refuses a component closed by the wrong END, with both lines', () => {
    const text = 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\nEND:VTODO\r\nEND:VCALENDAR\r\n';
    expect(readText('mixed.ics', text).problems).toEqual([
      { file: 'mixed.ics', line: 4, message: 'END:VTODO does not close BEGIN:VEVENT at line 2' },
    ]);
  });

  const broken = scheduleOf(readFixture('broken-gaps.ics'));

  it('imports the usable events, floating times in UTC when nothing names a zone', () => {
    expect(broken.sessions.map((s) => [s.title, s.startsAt, s.endsAt])).toEqual([
      ['Floating Docks', '2023-03-25T10:00:00.000Z', '2023-03-25T10:45:00.000Z'],
      ['Sunken Clusters', '2023-03-25T15:00:00.000Z', '2023-03-25T15:30:00.000Z'],
    ]);
    expect(broken.floatingTimes).toBe(true);
    expect(broken.conference.timeZone).toBeUndefined();
  });

  it('skips each broken event with its line and field, and says why, in file order', () => {
    expect(broken.skipped.map(({ line, field, message }) => ({ line, field, message }))).toEqual([
      {
        line: 11,
        field: 'UID',
        message: 'UID gap-ok@example repeats the event at line 5; this one was skipped',
      },
      { line: 17, field: 'SUMMARY', message: 'the event has no SUMMARY (title); it was skipped' },
      { line: 22, field: 'DTSTART', message: 'the event has no DTSTART (start time); it was skipped' },
      {
        line: 28,
        field: 'DTSTART',
        message: '“20230230T100000Z” is not a date-time (YYYYMMDDTHHMMSS, with Z for UTC); the event was skipped',
      },
      { line: 34, field: 'DURATION', message: '“soon” is not a duration (such as PT45M); the event was skipped' },
      {
        line: 39,
        field: 'TZID',
        message:
          'TZID “Harbour/Atlantis” is neither defined in a VTIMEZONE nor a time zone Debrief knows; its times were read in UTC',
      },
      {
        line: 42,
        field: undefined,
        message:
          'this line is not an iCalendar property (NAME:value) and was left out; a folded line may have lost its indent',
      },
    ]);
  });

  it('reads floating times in the zone chosen for them, and says they were floating', () => {
    const read = scheduleOf(readFixture('broken-gaps.ics', { floatingTimeZone: 'America/Los_Angeles' }));
    expect(read.floatingTimes).toBe(true);
    // 10:00 in Los Angeles on 25 March 2023 (PDT, -07:00).
    expect(read.sessions[0]?.startsAt).toBe('2023-03-25T17:00:00.000Z');
  });

  it('reads floating times in X-WR-TIMEZONE when no zone was chosen, and dated events as all-day', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'X-WR-TIMEZONE:Europe/Brussels',
      'BEGIN:VEVENT',
      'UID:a',
      'DTSTART:20220205T090000',
      'SUMMARY:Floating Welcome',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:b',
      'DTSTART;VALUE=DATE:20220206',
      'SUMMARY:Hallway Day',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\n');
    const read = scheduleOf(readText('floating.ics', text));
    expect(read.floatingTimes).toBe(true);
    expect(read.sessions.map((s) => [s.startsAt, s.endsAt, s.date])).toEqual([
      ['2022-02-05T08:00:00.000Z', '2022-02-05T08:00:00.000Z', '2022-02-05'],
      ['2022-02-05T23:00:00.000Z', '2022-02-06T23:00:00.000Z', '2022-02-06'],
    ]);
  });

  it('reports an unknown X-WR-TIMEZONE, skips an event the file ends inside, and titles the calendar by file name', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'X-WR-TIMEZONE:Harbour/Atlantis',
      'BEGIN:VEVENT',
      'UID:a',
      'DTSTART:20220205T090000Z',
      'SUMMARY:Complete',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:b',
      'SUMMARY:Cut sho',
    ].join('\r\n');
    const read = scheduleOf(readText('folder/cut-short.ics', text));
    expect(read.conference.title).toBe('cut-short');
    expect(read.sessions.map((s) => s.title)).toEqual(['Complete']);
    expect(read.skipped).toEqual([
      {
        file: 'folder/cut-short.ics',
        line: 2,
        field: 'X-WR-TIMEZONE',
        message: '“Harbour/Atlantis” is not a time zone Debrief knows; times without a zone were read in UTC',
      },
      {
        file: 'folder/cut-short.ics',
        line: 8,
        message: 'the file ends inside this BEGIN:VEVENT (no END:VEVENT); it was skipped',
      },
    ]);
  });

  it('skips an event that ends before it starts', () => {
    const text =
      'BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nDTSTART:20220205T090000Z\nDTEND:20220205T080000Z\nSUMMARY:Backwards\nEND:VEVENT\nEND:VCALENDAR\n';
    expect(scheduleOf(readText('backwards.ics', text)).skipped).toEqual([
      {
        file: 'backwards.ics',
        line: 5,
        field: 'DTEND',
        message: 'DTEND 20220205T080000Z is before DTSTART; the event was skipped',
      },
    ]);
  });
});
