// frab/pentabarf XML: strings stay strings, escaped HTML abstracts become text, day_change puts
// night events on the next date, and invalid or hostile XML is refused with its line.
import { describe, expect, it } from 'vitest';
import { readFixture, readText, scheduleOf, sessionTitled } from './schedule-fixtures';

describe('a frab XML schedule', () => {
  const schedule = scheduleOf(readFixture('harbour-cloud-days-2023.xml'));

  it('reads the conference header and every event', () => {
    expect(schedule.format).toBe('frab-xml');
    expect(schedule.version).toBe('Lighthouse 1.2');
    expect(schedule.conference).toEqual({
      title: 'Harbour Cloud Days 2023',
      acronym: 'hcd23',
      startDate: '2023-03-25',
      endDate: '2023-03-26',
      timeZone: 'Europe/Amsterdam',
      url: 'https://harbour.example/hcd23/',
    });
    expect(schedule.sessions.map((s) => s.key)).toEqual(['c1a8e5f0-hcd23-0201', '202', '203', '204', '205', '206']);
    expect(schedule.skipped).toEqual([]);
    expect(schedule.floatingTimes).toBe(false);
  });

  it('keeps a title of digits a string and turns an escaped HTML abstract into text with its list', () => {
    expect(sessionTitled(schedule, '2023')).toEqual({
      key: 'c1a8e5f0-hcd23-0201',
      title: '2023',
      subtitle: 'A Year at the Harbour',
      startsAt: '2023-03-25T08:00:00.000Z',
      endsAt: '2023-03-25T08:30:00.000Z',
      date: '2023-03-25',
      room: 'Main Deck',
      track: 'Keynotes',
      type: 'keynote',
      language: 'en',
      abstract: 'What changed at the harbour & why:\n\n- New piers\n- Old ropes',
      speakers: [{ name: 'Marit Olsen' }],
      links: [{ title: 'Video recording (WebM)', url: 'https://video.harbour.example/hcd23/201.webm' }],
      line: 19,
    });
  });

  it('reads <date>, attachments as links, <br> and character references, and entities in titles', () => {
    const lighthouse = sessionTitled(schedule, 'Lighthouse Metrics, Lantern Logs: Observability at Sea');
    expect(lighthouse).toMatchObject({
      startsAt: '2023-03-25T09:30:00.000Z',
      description: 'Spans are lanterns.\nLogs are the ship’s diary.',
      url: 'https://harbour.example/hcd23/event/202/',
      links: [{ title: 'Slides', url: 'https://harbour.example/hcd23/202/slides.pdf' }],
      speakers: [{ name: 'João Pereira' }, { name: 'Lena Fischer' }],
    });
    expect(lighthouse.subtitle).toBeUndefined();
    expect(lighthouse.language).toBeUndefined();
    expect(sessionTitled(schedule, 'Ropes & Knots <Advanced>').speakers).toHaveLength(2);
  });

  it('reads wall times in the schedule zone across the DST change, and HH:MM:SS durations', () => {
    const hardWay = sessionTitled(schedule, 'Kubernetes - The Hard Way');
    expect([hardWay.startsAt, hardWay.endsAt, hardWay.speakers]).toEqual([
      '2023-03-26T08:00:00.000Z',
      '2023-03-26T09:30:00.000Z',
      [{ name: 'Ines Duarte' }],
    ]);
    expect(sessionTitled(schedule, 'Closing Knots').endsAt).toBe('2023-03-26T14:20:00.000Z');
  });

  it('puts an event before day_change on the next date, listed under its day', () => {
    const night = sessionTitled(schedule, 'Night Watch Social');
    expect([night.startsAt, night.date, night.line]).toEqual(['2023-03-26T00:30:00.000Z', '2023-03-25', 63]);
  });
});

describe('a broken XML schedule', () => {
  it('refuses invalid XML with line and column', () => {
    expect(readFixture('broken-invalid.xml').problems).toEqual([
      {
        file: 'broken-invalid.xml',
        line: 6,
        message:
          "invalid XML at line 6, column 50: Expected closing tag 'event' (opened in line 6, col 7) instead of closing tag 'evnt'.",
      },
    ]);
  });

  it('refuses a file declaring its own entities before expanding any', () => {
    expect(readFixture('broken-entity-bomb.xml').problems).toEqual([
      {
        file: 'broken-entity-bomb.xml',
        line: 3,
        message: 'the file declares its own XML entities (<!ENTITY>), which no schedule needs; it was not read',
      },
    ]);
  });

  it('refuses XML that is not a schedule, and a schedule without events', () => {
    expect(readText('feed.xml', '<?xml version="1.0"?>\n<rss><channel/></rss>').problems).toEqual([
      {
        file: 'feed.xml',
        line: 1,
        message: 'this XML is not a frab/pentabarf schedule: its root element is <rss>, not <schedule>',
      },
    ]);
    expect(readText('empty.xml', '<schedule><conference><title>x</title></conference></schedule>').problems).toEqual([
      { file: 'empty.xml', message: 'the schedule has no events (<event>)' },
    ]);
  });

  const broken = scheduleOf(readFixture('broken-gaps.xml'));

  it('reads times as floating without time_zone_name: UTC, or the zone chosen', () => {
    expect(broken.floatingTimes).toBe(true);
    expect(broken.sessions.map((s) => [s.title, s.startsAt])).toEqual([
      ['Floating in Time', '2023-03-25T09:00:00.000Z'],
    ]);
    const brussels = scheduleOf(readFixture('broken-gaps.xml', { floatingTimeZone: 'Europe/Brussels' }));
    expect(brussels.sessions[0]?.startsAt).toBe('2023-03-25T08:00:00.000Z');
  });

  it('skips each unusable event with its line and XPath, and says why', () => {
    const room = '/schedule/day[1]/room[@name="Gray Room"]';
    expect(broken.skipped.map(({ line, field, message }) => ({ line, field, message }))).toEqual([
      { line: 17, field: `${room}/event[@id="2"]/title`, message: 'the event has no title; the event was skipped' },
      {
        line: 22,
        field: `${room}/event[@id="3"]/duration`,
        message: '“half an hour” is not a duration (HH:MM); the event was skipped',
      },
      {
        line: 27,
        field: `${room}/event[@id="4"]/start`,
        message: '“9am” is not a time of day (HH:MM); the event was skipped',
      },
      { line: 32, field: `${room}/event[@id="1"]`, message: 'id 1 repeats the event at line 11; this one was skipped' },
    ]);
  });

  it('reports an unknown time_zone_name at its line and reads the times as floating', () => {
    const text = [
      '<schedule>',
      '  <conference><title>x</title>',
      '    <time_zone_name>Harbour/Atlantis</time_zone_name>',
      '  </conference>',
      '  <day date="2023-03-25"><room name="A"><event id="9"><start>10:00</start><duration>00:10</duration><title>One</title></event></room></day>',
      '</schedule>',
    ].join('\n');
    const read = scheduleOf(readText('atlantis.xml', text));
    expect(read.floatingTimes).toBe(true);
    expect(read.skipped).toEqual([
      {
        file: 'atlantis.xml',
        line: 3,
        field: '/schedule/conference/time_zone_name',
        message: '“Harbour/Atlantis” is not a time zone Debrief knows; times without an offset were read in UTC',
      },
    ]);
  });
});
