// Which conference a schedule belongs to, and the conference a schedule of a new one brings.
import { describe, expect, it } from 'vitest';
import type { Conference } from '../../../../../electron/common/domain';
import {
  conferenceFromSchedule,
  distinctCount,
  findScheduleConference,
  sessionsPerDay,
} from '../../../../../electron/common/schedule-import/schedule-conference';
import type { ParsedSchedule } from '../../../../../electron/common/schedule-import/schedule';

const kubecon: Conference = {
  id: 'kubecon-eu-2022',
  name: 'KubeCon + CloudNativeCon Europe 2022',
  location: 'Valencia',
  startDate: '2022-05-16',
  endDate: '2022-05-20',
  timezone: 'Europe/Madrid',
  days: [],
  body: '',
  source: 'x',
};

function parsed(title: string, dates: string[], header: Partial<ParsedSchedule['conference']> = {}): ParsedSchedule {
  return {
    format: 'ics',
    conference: { title, ...header },
    sessions: dates.map((date, index) => ({
      key: `k${index}`,
      title: `S${index}`,
      startsAt: `${date}T08:00:00.000Z`,
      endsAt: `${date}T09:00:00.000Z`,
      date,
      speakers: [],
      links: [],
    })),
    skipped: [],
    floatingTimes: false,
  };
}

describe('findScheduleConference', () => {
  it('finds the known conference when dates overlap and the names share a distinctive word', () => {
    expect(findScheduleConference(parsed('KubeCon EU 2022 (Sched)', ['2022-05-18']), [kubecon])?.id).toBe(
      'kubecon-eu-2022',
    );
  });

  it('does not take a conference of the same week with another name, nor the same name another year', () => {
    expect(findScheduleConference(parsed('Open Source Summit Europe 2022', ['2022-05-18']), [kubecon])).toBeUndefined();
    expect(findScheduleConference(parsed('KubeCon Europe 2023', ['2023-04-18']), [kubecon])).toBeUndefined();
  });
});

describe('conferenceFromSchedule', () => {
  it('names and dates the conference from the schedule, numbers days by date, and never reuses an id', () => {
    const schedule = parsed('FOSS Harbour Days', ['2023-02-05', '2023-02-04', '2023-02-05'], { acronym: 'fhd23' });
    const conference = conferenceFromSchedule(schedule, new Set(['fhd23']), 'Europe/Brussels', 'fhd.xml');
    expect(conference).toMatchObject({
      id: 'fhd23-2',
      name: 'FOSS Harbour Days',
      startDate: '2023-02-04',
      endDate: '2023-02-05',
      timezone: 'Europe/Brussels',
      source: 'fhd.xml',
      days: [
        { number: 1, date: '2023-02-04', label: 'Day 1' },
        { number: 2, date: '2023-02-05', label: 'Day 2' },
      ],
    });
  });
});

describe('sessionsPerDay and distinctCount', () => {
  it('count sessions per day, earliest first, and the rooms the sessions name', () => {
    const schedule = parsed('X', ['2023-02-05', '2023-02-04', '2023-02-05']);
    schedule.sessions[0]!.room = 'A';
    schedule.sessions[1]!.room = 'A';
    schedule.sessions[2]!.room = 'B';
    expect(sessionsPerDay(schedule)).toEqual([
      ['2023-02-04', 1],
      ['2023-02-05', 2],
    ]);
    expect(distinctCount(schedule, 'room')).toBe(2);
    expect(distinctCount(schedule, 'track')).toBe(0);
  });
});
