import { lexer, type Token, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readRecapFiles } from '../../../../electron/common/recap-import/read-recap-files';
import { notesAppFiles, safeFileName } from '../../../../renderer/src/lib/trip-report/notes-app-files';
import { defaultTripReportChoice } from '../../../../renderer/src/lib/trip-report/trip-report-choice';
import { nestedMarkdown } from '../../../../renderer/src/lib/trip-report/nested-markdown';
import { conference, harbourData, passage, session, shipIt } from '../../../fixtures/trip-report/harbour-devdays';

const choice = { ...defaultTripReportChoice, talks: [...defaultTripReportChoice.talks] };

function split(text: string): { fields: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error('no front matter');
  return { fields: parse(match[1]!) as Record<string, unknown>, body: match[2]! };
}

function allTokens(tokens: Token[]): Token[] {
  return tokens.flatMap((token) => {
    if (token.type === 'list') return [token, ...allTokens((token as Tokens.List).items)];
    return 'tokens' in token && Array.isArray(token.tokens) ? [token, ...allTokens(token.tokens)] : [token];
  });
}

describe('notesAppFiles', () => {
  const files = notesAppFiles(harbourData(), choice);
  const ship = files.find((file) => file.debriefId === shipIt.id)!;

  it('writes one file per chosen talk, named by its title, unique and safe', () => {
    expect(files.map((file) => file.fileName)).toEqual([
      'Ship It Friday.md',
      'Queue Juggling Backpressure in Practice.md',
      'Ship It Friday (2).md',
      'Who Owns the Pager.md',
      'Pocket DB.md',
    ]);
    expect(safeFileName(' ..a<b>c:d"e/f\\g|h?i*j#k^[l]\u0007m. . ')).toBe('a b c d e f g h i j k l m');
    expect(safeFileName('CON')).toBe('CON talk');
    expect(safeFileName('???')).toBe('Untitled talk');
    expect(Array.from(safeFileName('👩🏽‍💻'.repeat(200))).length).toBeLessThanOrEqual(120);
  });

  it('has front matter a notes app reads, with every field and no debrief-hash', () => {
    expect(split(ship.text).fields).toEqual({
      title: 'Ship It Friday',
      speakers: ['Cara Nunes (Tidewater)', 'Bo Li'],
      conference: conference.name,
      date: '2024-05-16',
      tags: ['delivery', 'feature-flags', 'to-try', 'rollback'],
      url: 'https://harbour.example/talks/ship-it-friday/',
      'debrief-id': shipIt.id,
    });
    expect(ship.text).not.toContain('debrief-hash');
    const pager = split(files.find((file) => file.debriefId === session.id)!.text);
    expect(pager.fields).toMatchObject({ date: '2024-05-17', url: 'https://harbour.example/sessions/pager' });
    expect(pager.body).toContain('A panel on who gets woken up.');
  });

  it('has the recap’s text, the highlights as quotes, the notes and the action items as tasks; nothing private', () => {
    const tokens = allTokens(lexer(split(ship.text).body));
    const headings = tokens.filter((token): token is Tokens.Heading => token.type === 'heading');
    expect(headings.map((heading) => `${heading.depth} ${heading.text}`)).toEqual([
      '1 Ship It Friday',
      '2 Takeaways',
      '2 Highlights',
      '2 Notes',
      '2 Action items',
    ]);
    expect(tokens.some((token) => token.type === 'blockquote' && (token as Tokens.Blockquote).text === passage)).toBe(
      true,
    );
    const tasks = tokens.filter((token): token is Tokens.ListItem => token.type === 'list_item' && token.task);
    expect(tasks.map((task) => [task.checked, task.text])).toEqual([
      [false, 'Try flags in the billing service — owner: Zoë, due: 2024-06-10, priority: high'],
      [true, 'Write up the rollback demo — owner: Zoë, due: 2024-05-20'],
      [false, 'Book the rollback workshop — in progress, owner: Zoë, due: 2024-06-01'],
    ]);
    expect(ship.text).toContain('Deploys on Fridays are fine');
    expect(files.some((file) => file.text.includes('Only for me'))).toBe(false);
    expect(notesAppFiles(harbourData(), { ...choice, includePrivate: true })[0]?.text).toContain('Only for me');
  });

  it('gives the same bytes for the same data, and changes only the file of a talk that changed', () => {
    expect(notesAppFiles(harbourData(), choice)).toEqual(files);
    const later = harbourData();
    later.exportedAt = new Date('2030-01-01T00:00:00Z');
    later.annotations = later.annotations.map((annotation) =>
      annotation.id === 'n3' ? { ...annotation, body: 'Changed.' } : annotation,
    );
    const again = notesAppFiles(later, choice);
    expect(again.filter((file, index) => file.text !== files[index]?.text).map((file) => file.fileName)).toEqual([
      'Ship It Friday (2).md',
    ]);
  });

  it('writes files the recap reader links back to their items by debrief-id', () => {
    const data = harbourData();
    const reading = readRecapFiles(
      files.map((file) => ({ path: file.fileName, bytes: new TextEncoder().encode(file.text) })),
      { conferences: [conference], items: data.items },
      { folder: 'vault' },
    );
    expect(reading.talks.map((talk) => [talk.title, talk.link?.itemId, talk.link?.confidence])).toEqual(
      files.map((file) => [split(file.text).fields.title, file.debriefId, 1]),
    );
    expect(reading.talks[0]?.link).toMatchObject({ evidence: 'id', reason: 'exported from Debrief' });
    expect(reading.conference.existing?.conferenceId).toBe(conference.id);
  });
});

describe('nestedMarkdown', () => {
  it('closes a fence left open, so what follows the note stays outside it', () => {
    const note = nestedMarkdown('Text\n\n```js\nconst a = 1;', 4);
    const tokens = lexer(`${note}\n\n## After\n`);
    expect(tokens.filter((token) => token.type === 'heading').map((token) => (token as Tokens.Heading).text)).toEqual([
      'After',
    ]);
    expect(tokens.find((token) => token.type === 'code')).toMatchObject({ text: 'const a = 1;', lang: 'js' });
  });

  it('moves headings down without skipping a level, in quotes and lists too', () => {
    expect(nestedMarkdown('# A\n\n### B\n\n> ## C\n\n- # D', 4)).toBe('#### A\n\n##### B\n\n> ##### C\n\n- #### D');
  });
});
