// The short words a conference goes by on a result row, the library's dates, and what conf: matches.
import { describe, expect, it } from 'vitest';
import {
  conferenceDates,
  conferenceMatches,
  shortConferenceName,
} from '../../../../renderer/src/lib/library/conference-names';

describe('shortConferenceName', () => {
  it('keeps a short name and drops the co-branded part of a long one', () => {
    expect(shortConferenceName('FOSDEM 2022')).toBe('FOSDEM 2022');
    expect(shortConferenceName('Harbour Cloud Days 2023')).toBe('Harbour Cloud Days 2023');
    expect(shortConferenceName('KubeCon + CloudNativeCon Europe 2022')).toBe('KubeCon Europe 2022');
  });
});

describe('conferenceDates', () => {
  it('says a range in the locale’s order, a shared month and year once', () => {
    expect(conferenceDates({ startDate: '2022-05-16', endDate: '2022-05-20' }, 'en-GB')).toMatch(
      /^16\s?–\s?20 May 2022$/,
    );
    expect(conferenceDates({ startDate: '2022-04-30', endDate: '2022-05-02' }, 'en-GB')).toMatch(
      /^30 Apr\s?–\s?2 May 2022$/,
    );
    expect(conferenceDates({ startDate: '2022-12-31', endDate: '2023-01-01' }, 'en-GB')).toMatch(
      /^31 Dec 2022\s?–\s?1 Jan 2023$/,
    );
    expect(conferenceDates({ startDate: '2023-04-12', endDate: '2023-04-12' }, 'en-GB')).toBe('12 Apr 2023');
    expect(conferenceDates({ startDate: '', endDate: '' }, 'en-GB')).toBe('');
    // In the locale's own order.
    expect(conferenceDates({ startDate: '2023-04-11', endDate: '2023-04-13' }, 'en-US')).toMatch(
      /^Apr 11\s?–\s?13, 2023$/,
    );
  });
});

describe('conferenceMatches', () => {
  const kubecon = { id: 'kubecon-eu-2022', name: 'KubeCon + CloudNativeCon Europe 2022' };
  it('matches the start of a word of the id or the name, accents and case aside', () => {
    expect(conferenceMatches(kubecon, 'kubecon')).toBe(true);
    expect(conferenceMatches(kubecon, 'kubecon-eu-2022')).toBe(true);
    expect(conferenceMatches(kubecon, 'Éurope')).toBe(true);
    expect(conferenceMatches(kubecon, 'cloud')).toBe(true);
    expect(conferenceMatches(kubecon, 'native')).toBe(false);
    expect(conferenceMatches(kubecon, '')).toBe(false);
  });
});
