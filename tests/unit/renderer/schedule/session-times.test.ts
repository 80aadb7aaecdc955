// Session times in the conference's zone and the user's.
import { describe, expect, it } from 'vitest';
import { sessionTimes, zoneCity } from '../../../../renderer/src/lib/schedule/session-times';

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
