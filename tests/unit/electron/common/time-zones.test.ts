// Wall-clock times in named zones as instants, across daylight-saving changes, and frab durations.
import { describe, expect, it } from 'vitest';
import {
  addMinutes,
  dateInZone,
  isTimeZone,
  parseClock,
  parseDate,
  parseDuration,
  wallTimeToInstant,
} from '../../../../electron/common/time-zones';

describe('isTimeZone', () => {
  it('knows IANA names and UTC, and nothing else', () => {
    expect(isTimeZone('Europe/Brussels')).toBe(true);
    expect(isTimeZone('America/Los_Angeles')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Harbour/Atlantis')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });
});

describe('wallTimeToInstant', () => {
  it('reads winter and summer time in Brussels', () => {
    expect(wallTimeToInstant('2022-02-05', '09:00', 'Europe/Brussels')).toBe('2022-02-05T08:00:00.000Z');
    expect(wallTimeToInstant('2022-07-01', '09:00:30', 'Europe/Brussels')).toBe('2022-07-01T07:00:30.000Z');
  });

  it('handles the spring-forward day in Brussels: before, in the gap, after', () => {
    expect(wallTimeToInstant('2022-03-27', '01:30', 'Europe/Brussels')).toBe('2022-03-27T00:30:00.000Z');
    // 02:30 never happens; read as if the clock had not yet moved: 03:30 summer time.
    expect(wallTimeToInstant('2022-03-27', '02:30', 'Europe/Brussels')).toBe('2022-03-27T01:30:00.000Z');
    expect(wallTimeToInstant('2022-03-27', '03:30', 'Europe/Brussels')).toBe('2022-03-27T01:30:00.000Z');
    expect(wallTimeToInstant('2022-03-27', '12:00', 'Europe/Brussels')).toBe('2022-03-27T10:00:00.000Z');
  });

  it('handles the fall-back day in Brussels: the repeated hour is its first occurrence', () => {
    expect(wallTimeToInstant('2022-10-30', '02:30', 'Europe/Brussels')).toBe('2022-10-30T00:30:00.000Z');
    expect(wallTimeToInstant('2022-10-30', '03:30', 'Europe/Brussels')).toBe('2022-10-30T02:30:00.000Z');
  });

  it('handles both change days in Los Angeles', () => {
    expect(wallTimeToInstant('2022-03-13', '01:30', 'America/Los_Angeles')).toBe('2022-03-13T09:30:00.000Z');
    expect(wallTimeToInstant('2022-03-13', '02:30', 'America/Los_Angeles')).toBe('2022-03-13T10:30:00.000Z');
    expect(wallTimeToInstant('2022-03-13', '09:00', 'America/Los_Angeles')).toBe('2022-03-13T16:00:00.000Z');
    expect(wallTimeToInstant('2022-11-06', '01:30', 'America/Los_Angeles')).toBe('2022-11-06T08:30:00.000Z');
    expect(wallTimeToInstant('2022-11-06', '09:00', 'America/Los_Angeles')).toBe('2022-11-06T17:00:00.000Z');
  });

  it('refuses malformed dates, times and zones', () => {
    expect(() => wallTimeToInstant('2022-02-30', '09:00', 'UTC')).toThrow(RangeError);
    expect(() => wallTimeToInstant('2022-02-05', '24:00', 'UTC')).toThrow(RangeError);
    expect(() => wallTimeToInstant('2022-02-05', '09:00', 'Harbour/Atlantis')).toThrow(/not a time zone/);
  });
});

describe('dates and clocks', () => {
  it('parses real dates and times of day only', () => {
    expect(parseDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseDate('2023-02-29')).toBeUndefined();
    expect(parseDate('2023-2-1')).toBeUndefined();
    expect(parseClock('9:05')).toBe(9 * 3600 + 5 * 60);
    expect(parseClock('23:59:59')).toBe(86399);
    expect(parseClock('12:60')).toBeUndefined();
  });

  it('gives the local date of an instant in a zone', () => {
    expect(dateInZone('2022-05-18T23:30:00.000Z', 'Europe/Madrid')).toBe('2022-05-19');
    expect(dateInZone('2022-05-19T02:00:00.000Z', 'America/Los_Angeles')).toBe('2022-05-18');
    expect(addMinutes('2022-05-18T23:30:00.000Z', 45)).toBe('2022-05-19T00:15:00.000Z');
  });
});

describe('parseDuration', () => {
  it('reads frab durations and ISO 8601 ones in minutes', () => {
    expect(parseDuration('01:30')).toBe(90);
    expect(parseDuration('00:20:00')).toBe(20);
    expect(parseDuration('1:05')).toBe(65);
    expect(parseDuration('00:00:30')).toBe(0.5);
    expect(parseDuration('PT1H30M')).toBe(90);
    expect(parseDuration('P1D')).toBe(1440);
  });

  it('refuses what is no duration', () => {
    for (const bad of ['ninety', '1:75', '00:20:61', '-01:00', 'PT', 'P', ''])
      expect(parseDuration(bad)).toBeUndefined();
  });
});
