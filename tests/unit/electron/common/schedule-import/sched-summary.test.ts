// Sched's "Title - Speaker, Org" SUMMARY: speakers split off only when the tail reads as people.
import { describe, expect, it } from 'vitest';
import { splitSchedSummary } from '../../../../../electron/common/schedule-import/sched-summary';

describe('splitSchedSummary', () => {
  it('splits speakers and their organisations after the last " - "', () => {
    expect(splitSchedSummary('Quiet Pagers - Tomasz Wiśniewski, Northwind & Mei Tanaka, Pier Nine')).toEqual({
      title: 'Quiet Pagers',
      speakers: [
        { name: 'Tomasz Wiśniewski', org: 'Northwind' },
        { name: 'Mei Tanaka', org: 'Pier Nine' },
      ],
    });
  });

  it('keeps " - " inside the title and gives a shared organisation to speakers listed before it', () => {
    expect(splitSchedSummary('Storage - Volumes That Follow - Rick Spencer & Wojciech Kocjan, InfluxData')).toEqual({
      title: 'Storage - Volumes That Follow',
      speakers: [
        { name: 'Rick Spencer', org: 'InfluxData' },
        { name: 'Wojciech Kocjan', org: 'InfluxData' },
      ],
    });
  });

  it('keeps an "&" inside an organisation name, and reads ";" between speakers', () => {
    expect(
      splitSchedSummary('Sea Trials - Lena Fischer, Procter & Gamble; Ana de la Cruz, Marina Labs').speakers,
    ).toEqual([
      { name: 'Lena Fischer', org: 'Procter & Gamble' },
      { name: 'Ana de la Cruz', org: 'Marina Labs' },
    ]);
  });

  it('leaves titles whose tail is no list of people whole', () => {
    for (const title of [
      'Kubernetes - The Hard Way',
      'Tides of Change - Past, Present and Future',
      'Scaling Up - Lessons Learned, Part 2',
      'Panel - Ask Me Anything',
      ' - Jane Doe, Acme',
    ]) {
      expect(splitSchedSummary(title)).toEqual({ title: title.trim(), speakers: [] });
    }
  });
});
