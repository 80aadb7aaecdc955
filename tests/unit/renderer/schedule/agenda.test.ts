// The agenda's arithmetic: days and their tabs, time slots, the filters, and the line saying where
// the schedule came from.
import { describe, expect, it } from 'vitest';
import {
  agendaDays,
  agendaTracks,
  chosenDay,
  describeSchedule,
  matchesFilter,
  noAgendaFilter,
  starredForCalendar,
  timeSlots,
} from '../../../../renderer/src/lib/schedule/agenda';
import { entry, harbour, harbourSchedule, harbourSessions, sessionItem } from '../../../fixtures/agenda/harbour-agenda';

const [tide, light, crane, buoy, warmup] = harbourSessions.map((item) => entry(item)) as [
  ReturnType<typeof entry>,
  ReturnType<typeof entry>,
  ReturnType<typeof entry>,
  ReturnType<typeof entry>,
  ReturnType<typeof entry>,
];

describe('agendaDays', () => {
  it('splits sessions into the schedule’s days, first to last, each earliest first, with the recap’s day when it has one', () => {
    const days = agendaDays([buoy, crane, light, tide, warmup], harbour, 'en-GB');
    expect(days.map((day) => [day.position, day.date, day.label, day.recapDay?.label])).toEqual([
      [1, '2023-04-11', 'Tue 11 Apr', undefined],
      [2, '2023-04-12', 'Wed 12 Apr', 'Day 1'],
      [3, '2023-04-13', 'Thu 13 Apr', 'Day 2'],
    ]);
    // Same start: by room ("Pier 2" before "Quay Hall").
    expect(days[1]!.sessions.map((session) => session.item.title)).toEqual([
      'Lighthouse Logging',
      'Tide Tables for Autoscalers',
      'Container Cranes',
    ]);
  });

  it('puts a session without a day on the date it starts in the conference’s zone, not in UTC', () => {
    const late = sessionItem('late', 'Late Night Lightning', '2023-04-12T22:30:00.000Z');
    delete late.date;
    const days = agendaDays([entry(late)], harbour, 'en-GB');
    expect(days.map((day) => day.date)).toEqual(['2023-04-13']);
  });

  it('gives no days for no sessions, and chosenDay falls back to the first day', () => {
    expect(agendaDays([], harbour)).toEqual([]);
    const days = agendaDays([tide, buoy], harbour);
    expect(chosenDay(days, 2)?.date).toBe('2023-04-13');
    expect(chosenDay(days, 9)?.date).toBe('2023-04-12');
    expect(chosenDay(days, undefined)?.date).toBe('2023-04-12');
    expect(chosenDay([], 1)).toBeUndefined();
  });
});

describe('timeSlots', () => {
  it('groups sessions that start together, labelled in the conference’s zone', () => {
    const day = agendaDays([tide, light, crane], harbour)[0]!;
    const slots = timeSlots(day.sessions, harbour.timezone, 'en-GB');
    expect(slots.map((slot) => [slot.label, slot.sessions.length])).toEqual([
      ['10:00', 2],
      ['14:30', 1],
    ]);
  });
});

describe('matchesFilter', () => {
  it('passes everything with no filter', () => {
    expect([tide, light, crane, buoy, warmup].every((session) => matchesFilter(session, noAgendaFilter))).toBe(true);
  });

  it('keeps starred sessions only when asked', () => {
    const starred = { ...tide, starred: true };
    const filter = { ...noAgendaFilter, starredOnly: true };
    expect([starred, light].filter((session) => matchesFilter(session, filter))).toEqual([starred]);
  });

  it('keeps one track', () => {
    const filter = { ...noAgendaFilter, track: 'Scaling' };
    expect([tide, light, crane].filter((session) => matchesFilter(session, filter))).toEqual([tide, crane]);
  });

  it('finds every typed word in the title or a speaker, ignoring case and accents', () => {
    const find = (text: string) =>
      [tide, light, crane, buoy]
        .filter((session) => matchesFilter(session, { ...noAgendaFilter, text }))
        .map((session) => session.item.session.key);
    expect(find('zoe')).toEqual(['tide']);
    expect(find('  TIDE   vermeer ')).toEqual(['tide']);
    expect(find('dockside')).toEqual(['tide']);
    expect(find('bakker buoys')).toEqual(['buoy']);
    expect(find('tide lighthouse')).toEqual([]);
  });
});

describe('agendaTracks and starredForCalendar', () => {
  it('lists each track once, sorted', () => {
    expect(agendaTracks([tide, light, crane, buoy])).toEqual(['Observability', 'Scaling']);
  });

  it('takes starred sessions still in the schedule, earliest first', () => {
    const sessions = [
      { ...buoy, starred: true },
      { ...tide, starred: true },
      { ...crane, starred: true, dropped: true },
      light,
    ];
    expect(starredForCalendar(sessions).map((session) => session.item.session.key)).toEqual(['tide', 'buoy']);
  });
});

describe('describeSchedule', () => {
  it('names the file, format and version and when it was imported', () => {
    expect(describeSchedule(harbourSchedule, 'en-GB')).toMatch(
      /^harbour\.json \(pretalx \/ frab JSON, version v7\), imported 1 Jan 2024, \d\d:\d\d$/,
    );
  });

  it('says when a re-import last updated it', () => {
    const updated = { ...harbourSchedule, updatedAt: '2024-02-03T10:00:00.000Z' };
    delete updated.version;
    expect(describeSchedule(updated, 'en-GB')).toMatch(
      /^harbour\.json \(pretalx \/ frab JSON\), imported 1 Jan 2024, \d\d:\d\d, last updated 3 Feb 2024, \d\d:\d\d$/,
    );
  });
});
