// The door to the schedule readers: format by content then by name, files that are no text,
// JSON syntax errors located by line and column, and 1,000-session schedules of each format.
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from '../../../../../electron/common/schedule-import/json-syntax';
import {
  maxScheduleBytes,
  readSchedule,
  scheduleFormatOf,
} from '../../../../../electron/common/schedule-import/read-schedule';
import { count, largeIcs, largeJson, largeXml } from './large-schedules';
import { readText, scheduleOf } from './schedule-fixtures';

describe('scheduleFormatOf', () => {
  it('tells the format by content first, whatever the name says', () => {
    expect(scheduleFormatOf('export.txt', '\uFEFF  BEGIN:VCALENDAR\r\nVERSION:2.0')).toBe('ics');
    expect(scheduleFormatOf('schedule.xml', '{ "schedule": { "conference": {} } }')).toBe('frab-json');
    expect(scheduleFormatOf('schedule.json', '<?xml version="1.0"?>\n<schedule>')).toBe('frab-xml');
  });

  it('falls back to the name, and knows nothing else', () => {
    expect(scheduleFormatOf('talks.json', '{"talks": []}')).toBe('frab-json');
    expect(scheduleFormatOf('feed.XML', '<rss/>')).toBe('frab-xml');
    expect(scheduleFormatOf('calendar.ical', 'garbage')).toBe('ics');
    expect(scheduleFormatOf('notes.txt', '{"talks": []}')).toBeUndefined();
    expect(scheduleFormatOf('notes.md', '# Day 1')).toBeUndefined();
  });
});

describe('readSchedule', () => {
  it('refuses a file of no schedule format, an empty file, UTF-16 and binary files', () => {
    expect(readText('notes.md', '# Day 1').problems).toEqual([
      {
        file: 'notes.md',
        line: 1,
        message:
          'this is not a schedule Debrief reads: expected an iCalendar file (.ics), a pretalx/frab JSON schedule or a frab XML schedule',
      },
    ]);
    expect(readText('empty.ics', ' \n').problems).toEqual([{ file: 'empty.ics', message: 'the file is empty' }]);
    expect(readSchedule('utf16.ics', new Uint8Array([0xff, 0xfe, 0x42, 0x00])).problems[0]?.message).toMatch(/UTF-16/);
    expect(readSchedule('image.xml', new Uint8Array([0x89, 0x50, 0x00, 0x01])).problems[0]?.message).toMatch(/binary/);
  });

  it('reads schedules up to 20 MB and refuses larger ones', () => {
    expect(maxScheduleBytes).toBe(20 * 1024 * 1024);
    const big = new Uint8Array(maxScheduleBytes + 1).fill(0x20);
    expect(readSchedule('huge.xml', big).problems[0]?.message).toBe('the file is 20.0 MB; the limit is 20.0 MB');
  });
});

describe('findJsonSyntaxError', () => {
  it('finds the first error and says what was expected', () => {
    expect(findJsonSyntaxError('{"a": [1, 2,]}')).toEqual({ offset: 12, message: 'unexpected “]”; expected a value' });
    expect(findJsonSyntaxError('{"a": 1,}')).toEqual({
      offset: 8,
      message: 'unexpected “}”; expected a property name in double quotes',
    });
    expect(findJsonSyntaxError('{"a": tru}')).toEqual({ offset: 6, message: 'unexpected “t”; expected a value' });
    expect(findJsonSyntaxError('{"a": "b\nc"}')).toMatchObject({ offset: 8 });
    expect(findJsonSyntaxError('[{"a": 1}')).toEqual({
      offset: 9,
      message: 'the file ends too early; expected “,” or “]”',
    });
    expect(findJsonSyntaxError('{} x')).toMatchObject({ offset: 3 });
  });

  it('accepts valid JSON, however deep', () => {
    expect(findJsonSyntaxError('{"a": [1, -2.5e3, true, null, "\\u00e9\\n", {"b": {}}], "c": []}')).toBeUndefined();
    expect(findJsonSyntaxError('['.repeat(50_000) + ']'.repeat(50_000))).toBeUndefined();
  });
});

describe('a schedule of 1,000 sessions', () => {
  it.each([
    ['big.ics', largeIcs],
    ['big.json', largeJson],
    ['big.xml', largeXml],
  ])('comes through whole from %s', (name, build) => {
    const schedule = scheduleOf(readText(name, build()));
    expect(schedule.skipped).toEqual([]);
    expect(schedule.sessions).toHaveLength(count);
    expect(new Set(schedule.sessions.map((s) => s.key)).size).toBe(count);
    const perDay = new Map<string, number>();
    for (const session of schedule.sessions) perDay.set(session.date, (perDay.get(session.date) ?? 0) + 1);
    expect([...perDay].sort()).toEqual([
      ['2023-03-21', 250],
      ['2023-03-22', 250],
      ['2023-03-23', 250],
      ['2023-03-24', 250],
    ]);
    // Session 0: day 1, 09:00 in Amsterdam winter time.
    expect(schedule.sessions.find((s) => s.title.startsWith('Session 0:'))?.startsAt).toBe('2023-03-21T08:00:00.000Z');
  });
});
