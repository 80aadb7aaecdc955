// The user's own recaps in a trip report: their text on a talk is their words, like a note, and
// says which recap it comes from; a talk made from a recap writes that text once in its notes-app file.
import { Marked, type Token } from 'marked';
import { describe, expect, it } from 'vitest';
import { notesAppFiles } from '../../../../renderer/src/lib/trip-report/notes-app-files';
import { buildTripReport } from '../../../../renderer/src/lib/trip-report/trip-report';
import {
  defaultTripReportChoice,
  type TripReportChoice,
} from '../../../../renderer/src/lib/trip-report/trip-report-choice';
import { tripReportCounts } from '../../../../renderer/src/lib/trip-report/trip-report-counts';
import type { TripReportData } from '../../../../renderer/src/lib/trip-report/trip-report-data';
import { tripReportMarkdown } from '../../../../renderer/src/lib/trip-report/trip-report-markdown';
import { harbourData, unmarked } from '../../../fixtures/trip-report/harbour-devdays';

const choice = (changes: Partial<TripReportChoice> = {}): TripReportChoice => ({
  ...defaultTripReportChoice,
  talks: [...defaultTripReportChoice.talks],
  ...changes,
});

const recapText = 'Nobody came, but the **hallway track** was great.';

/** The fixture, with the user's recap "Harbour notes" by Ravi on a talk that has nothing else of theirs. */
function withRecapNote(): TripReportData {
  const data = harbourData();
  data.recapNotes = [
    {
      id: 'harbour-notes/day-1/nobody',
      itemId: unmarked.id,
      recapTitle: 'Harbour notes',
      author: 'Ravi',
      body: recapText,
    },
  ];
  return data;
}

describe('the user’s recaps in a trip report', () => {
  it('takes a talk the user wrote about in a recap as one "with notes", and counts the text as a note', () => {
    const without = buildTripReport(harbourData(), choice({ talks: ['with-notes'] }));
    const report = buildTripReport(withRecapNote(), choice({ talks: ['with-notes'] }));
    expect(without.talks.map((talk) => talk.itemId)).not.toContain(unmarked.id);
    const talk = report.talks.find((candidate) => candidate.itemId === unmarked.id);
    expect(talk?.notes).toEqual([
      expect.objectContaining({ body: recapText, from: 'From your recap “Harbour notes”, by Ravi', private: false }),
    ]);
    expect(tripReportCounts(report).notes).toBe(tripReportCounts(without).notes + 1);
  });

  it('leaves the recap text out when notes are left out', () => {
    const report = buildTripReport(withRecapNote(), choice({ talks: ['with-notes'], notes: false }));
    expect(report.talks.map((talk) => talk.itemId)).not.toContain(unmarked.id);
  });

  it('says in the Markdown which recap the words come from, above them', () => {
    const markdown = tripReportMarkdown(buildTripReport(withRecapNote(), choice()));
    const tokens: Token[] = new Marked().lexer(markdown);
    const texts = tokens.filter((token) => token.type === 'paragraph').map((token) => token.raw.trim());
    const from = texts.indexOf('*From your recap “Harbour notes”, by Ravi*');
    expect(from).toBeGreaterThan(-1);
    expect(texts[from + 1]).toBe(recapText);
  });

  it('writes a recap’s own talk’s text once in its notes-app file, and another recap’s text on it under Notes', () => {
    const data = withRecapNote();
    const own = data.items.find((item) => item.id === unmarked.id)!;
    own.body = recapText;
    data.recapNotes.push({
      id: 'team/day-1/nobody',
      itemId: unmarked.id,
      recapTitle: 'Team recap',
      body: 'Also empty.',
    });
    const file = notesAppFiles(data, choice()).find((candidate) => candidate.debriefId === unmarked.id)!;
    expect(file.text.split(recapText)).toHaveLength(2);
    expect(file.text).toContain('## Notes\n\n*From your recap “Team recap”*\n\nAlso empty.');
  });
});
