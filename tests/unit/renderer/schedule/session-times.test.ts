// Session times in the conference's zone and the user's: on the talk page and in the agenda's rows.
import { describe, expect, it } from 'vitest';
import { sessionTimeRange, sessionTimes, zoneCity } from '../../../../renderer/src/lib/schedule/session-times';

describe('sessionTimes', () => {
  it('says the time in the conference’s zone and, when it differs, in the user’s', () => {
    expect(
      sessionTimes('2022-05-18T08:00:00Z', '2022-05-18T08:30:00Z', 'Europe/Madrid', 'America/New_York', 'en-GB'),
    ).toEqual({
      conference: 'Wed 18 May, 10:00–10:30 Madrid time',
      yours: 'Wed 18 May, 04:00–04:30 your time',
    });
  });

  it('says it once when both zones read the same clock', () => {
    expect(
      sessionTimes('2022-05-18T08:00:00Z', '2022-05-18T08:30:00Z', 'Europe/Madrid', 'Europe/Paris', 'en-GB'),
    ).toEqual({
      conference: 'Wed 18 May, 10:00–10:30 Madrid time',
    });
  });

  it('crosses midnight into the user’s next day', () => {
    expect(
      sessionTimes('2022-05-18T20:00:00Z', '2022-05-18T21:00:00Z', 'Europe/Madrid', 'Asia/Tokyo', 'en-GB').yours,
    ).toBe('Thu 19 May, 05:00–06:00 your time');
  });

  it('names a zone by its city', () => {
    expect(zoneCity('America/Los_Angeles')).toBe('Los Angeles');
    expect(zoneCity('UTC')).toBe('UTC');
  });
});

describe('sessionTimeRange', () => {
  it('gives the conference’s time with its city, and the user’s when their zone reads it otherwise', () => {
    expect(
      sessionTimeRange('2022-05-18T08:00:00.000Z', '2022-05-18T08:30:00.000Z', 'Europe/Madrid', 'UTC', 'en-GB'),
    ).toBe('10:00–10:30 Madrid time · 08:00–08:30 your time');
    expect(
      sessionTimeRange(
        '2022-05-18T08:00:00.000Z',
        '2022-05-18T08:30:00.000Z',
        'America/Argentina/Buenos_Aires',
        'Asia/Kolkata',
        'en-GB',
      ),
    ).toBe('05:00–05:30 Buenos Aires time · 13:30–14:00 your time');
  });

  it('says the time once when the user is in the conference’s zone, or one with the same clock', () => {
    expect(
      sessionTimeRange(
        '2022-05-18T08:00:00.000Z',
        '2022-05-18T08:30:00.000Z',
        'Europe/Madrid',
        'Europe/Madrid',
        'en-GB',
      ),
    ).toBe('10:00–10:30 Madrid time');
    expect(
      sessionTimeRange(
        '2022-05-18T08:00:00.000Z',
        '2022-05-18T08:30:00.000Z',
        'Europe/Madrid',
        'Europe/Paris',
        'en-GB',
      ),
    ).toBe('10:00–10:30 Madrid time');
  });

  it('names the weekday when the session falls on another date for the user', () => {
    // 08:00 in Valencia on Wednesday is 23:00 on Tuesday in Los Angeles.
    expect(
      sessionTimeRange(
        '2022-05-18T06:00:00.000Z',
        '2022-05-18T06:30:00.000Z',
        'Europe/Madrid',
        'America/Los_Angeles',
        'en-GB',
      ),
    ).toBe('08:00–08:30 Madrid time · Tue 23:00–23:30 your time');
  });

  it('says the time is not known rather than printing "Invalid Date"', () => {
    expect(sessionTimeRange('soon', '2022-05-18T06:30:00.000Z', 'Europe/Madrid', 'UTC')).toBe('Time not known');
  });
});
