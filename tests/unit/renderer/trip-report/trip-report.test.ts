import { describe, expect, it } from 'vitest';
import { buildTripReport } from '../../../../renderer/src/lib/trip-report/trip-report';
import {
  defaultTripReportChoice,
  type TalkChoice,
  type TripReportChoice,
} from '../../../../renderer/src/lib/trip-report/trip-report-choice';
import { tripReportCounts } from '../../../../renderer/src/lib/trip-report/trip-report-counts';
import { readableDateRange } from '../../../../renderer/src/lib/trip-report/readable-dates';
import {
  booth,
  harbourData,
  keynote,
  queues,
  session,
  shipIt,
  shipItAgain,
} from '../../../fixtures/trip-report/harbour-devdays';

const choice = (changes: Partial<TripReportChoice> = {}): TripReportChoice => ({
  ...defaultTripReportChoice,
  talks: [...defaultTripReportChoice.talks],
  ...changes,
});
const talkIds = (talks: TalkChoice[], changes: Partial<TripReportChoice> = {}) =>
  buildTripReport(harbourData(), choice({ talks, ...changes })).talks.map((talk) => talk.itemId);

describe('buildTripReport: which talks go in', () => {
  it('takes a talk for each kind of choice on its own', () => {
    expect(talkIds(['starred'])).toEqual([shipIt.id, booth.id]);
    expect(talkIds(['must-see'])).toEqual([shipIt.id]);
    expect(talkIds(['attended'])).toEqual([shipIt.id, queues.id]);
    // A note, a highlight or an action that goes in; an empty note does not count.
    expect(talkIds(['with-notes'])).toEqual([shipIt.id, shipItAgain.id, session.id]);
  });

  it('takes the union of the choices, in day order, and nothing when none is chosen', () => {
    expect(talkIds(['starred', 'attended'])).toEqual([shipIt.id, queues.id, booth.id]);
    expect(talkIds(defaultTripReportChoice.talks)).toEqual([
      shipIt.id,
      queues.id,
      shipItAgain.id,
      session.id,
      booth.id,
    ]);
    expect(talkIds([])).toEqual([]);
  });

  it('counts only what goes in for "with notes": a private highlight only when private ones are asked for', () => {
    expect(talkIds(['with-notes'])).not.toContain(keynote.id);
    expect(talkIds(['with-notes'], { includePrivate: true })).toContain(keynote.id);
    expect(talkIds(['with-notes'], { notes: false, highlights: false, actions: false })).toEqual([]);
    expect(talkIds(['with-notes'], { notes: false })).toEqual([shipIt.id, session.id]);
  });
});

describe('buildTripReport: what goes with them', () => {
  it('leaves private notes and highlights out by default, counting them, and puts them in when asked', () => {
    const report = buildTripReport(harbourData(), choice());
    const ship = report.talks.find((talk) => talk.itemId === shipIt.id)!;
    expect(ship.notes.map((note) => note.id)).toEqual(['n1']);
    expect(report.privateLeftOut).toBe(2);
    expect(tripReportCounts(report)).toEqual({ talks: 5, highlights: 1, notes: 2, actions: 6, privateLeftOut: 2 });

    const all = buildTripReport(harbourData(), choice({ includePrivate: true }));
    const shipAll = all.talks.find((talk) => talk.itemId === shipIt.id)!;
    expect(shipAll.notes.map((note) => [note.id, note.private])).toEqual([
      ['n1', false],
      ['n2', true],
    ]);
    expect(all.talks.find((talk) => talk.itemId === keynote.id)?.highlights[0]).toMatchObject({
      passage: 'ideas about boats',
      private: true,
    });
    expect(all.privateLeftOut).toBe(0);
  });

  it('leaves out highlights, notes or actions when their toggle is off', () => {
    const report = buildTripReport(harbourData(), choice({ highlights: false, notes: false, actions: false }));
    expect(report.talks.flatMap((talk) => [...talk.highlights, ...talk.notes, ...talk.actions])).toEqual([]);
    expect(report.owners).toEqual([]);
    expect(report.privateLeftOut).toBe(0);
  });

  it('has the title, dates, place, who went (trimmed, or nothing) and the talk’s facts', () => {
    const report = buildTripReport(harbourData(), choice({ people: '  Zoë and Ravi ' }));
    expect(report).toMatchObject({
      title: 'Trip report: Harbour DevDays 2024',
      dates: '16–17 May 2024',
      place: 'Porto, Portugal',
      people: 'Zoë and Ravi',
    });
    expect(buildTripReport(harbourData(), choice({ people: '   ' })).people).toBeUndefined();
    const ship = report.talks[0]!;
    expect(ship).toMatchObject({
      title: 'Ship It Friday',
      kindLabel: 'Talk',
      speakers: ['Cara Nunes (Tidewater)', 'Bo Li'],
      marks: ['Starred', 'Must-see', 'Attended'],
      links: [
        { label: 'Video', url: 'https://video.example/ship-it' },
        { label: 'Slides', url: 'https://slides.example/ship-it.pdf' },
        { label: 'Schedule', url: 'https://harbour.example/talks/ship-it-friday/' },
      ],
      highlights: [{ passage: 'rollback is one click', comment: 'The **big red button**', color: 'green' }],
    });
    // A javascript: link never reaches the report; a session's page is its schedule link.
    expect(report.talks.find((talk) => talk.itemId === queues.id)?.links).toEqual([]);
    expect(report.talks.find((talk) => talk.itemId === session.id)).toMatchObject({
      date: '2024-05-17',
      links: [{ label: 'Schedule', url: 'https://harbour.example/sessions/pager' }],
    });
  });

  it('says dates as people do', () => {
    expect(readableDateRange('2022-05-16', '2022-05-20')).toBe('16–20 May 2022');
    expect(readableDateRange('2022-05-31', '2022-06-02')).toBe('31 May – 2 June 2022');
    expect(readableDateRange('2022-12-30', '2023-01-02')).toBe('30 December 2022 – 2 January 2023');
    expect(readableDateRange('2022-05-16', '2022-05-16')).toBe('16 May 2022');
  });
});

describe('buildTripReport: its order', () => {
  const report = buildTripReport(harbourData(), choice({ includePrivate: true }));

  it('groups talks by the conference’s days (a session by its start) and ends with those without a day', () => {
    expect(report.days.map((day) => [day.heading, day.talks.map((talk) => talk.itemId)])).toEqual([
      ['Day 1 — Thursday 16 May 2024', [shipIt.id, queues.id]],
      ['Day 2 — Friday 17 May 2024', [shipItAgain.id, keynote.id, session.id]],
      ['Booths', [booth.id]],
    ]);
  });

  it('makes the must-see talks the top takeaways', () => {
    expect(report.takeaways.map((talk) => talk.itemId)).toEqual([shipIt.id]);
    expect(report.takeaways[0]).toBe(report.talks[0]);
  });

  it('gives each talk a unique anchor, its heading’s GitHub slug', () => {
    const anchors = report.talks.map((talk) => talk.anchor);
    expect(new Set(anchors).size).toBe(anchors.length);
    expect(anchors).toEqual([
      'ship-it-friday',
      'queue-juggling-backpressure-in-practice',
      'ship-it-friday-1',
      'opening-keynotes',
      'who-owns-the-pager',
      'pocket-db',
    ]);
  });

  it('groups actions by owner, by name with nobody’s last; what is to do first, by due date; each links to its talk', () => {
    expect(report.owners.map((owner) => [owner.owner, owner.actions.map((action) => action.title)])).toEqual([
      ['Ravi', ['Ask Ravi about pagers']],
      ['Zoë', ['Book the rollback workshop', 'Try flags in the billing service', 'Write up the rollback demo']],
      ['No owner', ['Find the panel recording', 'Read the pager paper']],
    ]);
    expect(report.owners[1]?.actions[2]).toMatchObject({
      status: 'done',
      finished: true,
      due: '2024-05-20',
      talk: { title: 'Ship It Friday', anchor: 'ship-it-friday' },
    });
    expect(report.owners[2]?.unowned).toBe(true);
  });
});
