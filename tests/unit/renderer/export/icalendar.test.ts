// The iCalendar export, read back with ical.js: every VTODO property as written, TEXT escaping,
// and folding at 75 octets that never splits a character and unfolds to the original.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { displayTitle, talkDeepLink } from '../../../../renderer/src/lib/export/exportable-action';
import { exportActionsAsIcs } from '../../../../renderer/src/lib/export/icalendar';
import { escapeIcsText, foldIcsLine, maxIcsLineOctets } from '../../../../renderer/src/lib/export/ics-text';
import { context, hostileActions, keynote } from '../../../fixtures/export/hostile-actions';

const ics = exportActionsAsIcs(hostileActions, context);
const calendar = new ICAL.Component(ICAL.parse(ics));
const todos = calendar.getAllSubcomponents('vtodo');

function text(todo: ICAL.Component, name: string): string | null {
  const value = todo.getFirstPropertyValue(name);
  return value === null ? null : String(value);
}

function time(todo: ICAL.Component, name: string): ICAL.Time | null {
  return todo.getFirstPropertyValue(name) as ICAL.Time | null;
}

const octets = (line: string) => new TextEncoder().encode(line).length;

describe('exportActionsAsIcs', () => {
  it('is a VCALENDAR 2.0 with a PRODID and one VTODO per action', () => {
    expect(calendar.name).toBe('vcalendar');
    expect(text(calendar, 'version')).toBe('2.0');
    expect(text(calendar, 'prodid')).toBe('-//Debrief//Debrief 0.1.0//EN');
    expect(todos).toHaveLength(hostileActions.length);
  });

  it('gives every to-do a stable UID, the export time as DTSTAMP, and CREATED / LAST-MODIFIED in UTC', () => {
    for (const [index, todo] of todos.entries()) {
      const { action } = hostileActions[index]!;
      expect(text(todo, 'uid')).toBe(`${action.id}@debrief`);
      expect(time(todo, 'dtstamp')?.toString()).toBe('2024-05-24T16:45:30Z');
      expect(time(todo, 'created')?.toString()).toBe('2024-05-18T09:30:00Z');
      expect(time(todo, 'last-modified')?.toString()).toBe('2024-05-19T10:00:00Z');
    }
    expect(exportActionsAsIcs(hostileActions, context)).toBe(ics);
  });

  it('reads back each title as SUMMARY, commas, semicolons, backslashes, emoji and RTL text intact', () => {
    expect(todos.map((todo) => text(todo, 'summary'))).toEqual(
      hostileActions.map(({ action }) => displayTitle(action)),
    );
    expect(text(todos[0]!, 'summary')).toBe('Propose a deploy freeze switch, "big red button"; today');
    expect(text(todos[4]!, 'summary')).toBe('تجربة التوسع التلقائي 👩🏽‍💻 לבדוק');
    expect(text(todos[3]!, 'summary')).toBe('(untitled action)');
  });

  it('puts notes, quote, owner and the talk with both its links into DESCRIPTION', () => {
    const description = text(todos[0]!, 'description')!;
    expect(description).toContain(hostileActions[0]!.action.notes.replace(/\r\n|\r/g, '\n'));
    expect(description).toContain('From the talk: “We have a big red button.\nIt stops every deploy.”');
    expect(description).toContain('Owner: Ana, "the" lead');
    expect(description).toContain(`Talk: ${keynote.title} — KubeCon + CloudNativeCon Europe 2022, Day 1`);
    expect(description).toContain(keynote.url);
    expect(description).toContain(`Open in Debrief: ${talkDeepLink(keynote.id)}`);
    const long = text(todos[4]!, 'description')!;
    expect(long).toContain(hostileActions[4]!.action.notes);
    expect(long).toContain('(removed from the recap)');
    expect(long).not.toContain('javascript:');
  });

  it('writes DUE as a DATE, PRIORITY 1/5/9, and STATUS with COMPLETED for done', () => {
    const due = time(todos[0]!, 'due')!;
    expect(due.isDate).toBe(true);
    expect(due.toString()).toBe('2024-05-24');
    expect(todos[1]!.hasProperty('due')).toBe(false);
    expect(todos.map((todo) => todo.getFirstPropertyValue('priority'))).toEqual([1, 5, 9, null, null, null]);
    expect(todos.map((todo) => text(todo, 'status'))).toEqual([
      'NEEDS-ACTION',
      'IN-PROCESS',
      'COMPLETED',
      'CANCELLED',
      'NEEDS-ACTION',
      'COMPLETED',
    ]);
    expect(time(todos[2]!, 'completed')?.toString()).toBe('2024-05-20T06:00:00Z');
    // Done without a recorded completion time: the last change stands in for it.
    expect(time(todos[5]!, 'completed')?.toString()).toBe('2024-05-19T10:00:00Z');
    expect(todos[0]!.hasProperty('completed')).toBe(false);
    expect(todos[3]!.hasProperty('completed')).toBe(false);
  });

  it('lists tags as CATEGORIES, a comma inside a tag escaped, and links each to-do to its talk', () => {
    expect(todos[0]!.getFirstProperty('categories')!.getValues()).toEqual(['on call', 'sre,ops', 'deploy@prod']);
    expect(todos[4]!.getFirstProperty('categories')!.getValues()).toEqual(['עברית', 'عربي', '👩🏽‍💻']);
    expect(todos[3]!.hasProperty('categories')).toBe(false);
    expect(todos.map((todo) => text(todo, 'url'))).toEqual(
      hostileActions.map(({ item }) => (item.url?.startsWith('https:') ? item.url : talkDeepLink(item.id))),
    );
  });

  it('ends every line with CRLF, keeps every line within 75 octets, and splits no character', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    const lines = ics.slice(0, -2).split('\r\n');
    expect(lines.some((line) => /[\r\n]/.test(line))).toBe(false);
    for (const line of lines) {
      expect(octets(line)).toBeLessThanOrEqual(maxIcsLineOctets);
      // A line cut inside a surrogate pair would not survive a UTF-8 round trip.
      expect(new TextDecoder().decode(new TextEncoder().encode(line))).toBe(line);
    }
    expect(lines.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(1000);
  });
});

describe('foldIcsLine', () => {
  const samples = [
    `SUMMARY:${'a'.repeat(300)}`,
    `SUMMARY:${'é'.repeat(120)}`,
    `DESCRIPTION:${'👩🏽‍💻'.repeat(40)}`,
    `DESCRIPTION:${escapeIcsText('مرحبا, שלום; \\ '.repeat(30))}`,
    `X:${'\\,'.repeat(100)}`,
  ];

  it.each(samples.map((sample) => [sample.slice(0, 20), sample]))(
    'folds %j to 75-octet lines that unfold to the original',
    (_, line) => {
      const folded = foldIcsLine(line);
      const physical = folded.split('\r\n');
      expect(physical.length).toBeGreaterThan(1);
      for (const [index, part] of physical.entries()) {
        expect(octets(part)).toBeLessThanOrEqual(maxIcsLineOctets);
        expect(part.startsWith(' ')).toBe(index > 0);
        expect(new TextDecoder().decode(new TextEncoder().encode(part))).toBe(part);
        // An escape such as `\,` is never cut in two.
        expect(/(^|[^\\])(\\\\)*\\$/.test(part)).toBe(false);
      }
      expect(folded.replace(/\r\n /g, '')).toBe(line);
    },
  );

  it('leaves a short line alone', () => {
    expect(foldIcsLine('STATUS:NEEDS-ACTION')).toBe('STATUS:NEEDS-ACTION');
    expect(foldIcsLine(`X:${'a'.repeat(73)}`)).toBe(`X:${'a'.repeat(73)}`);
    expect(foldIcsLine(`X:${'a'.repeat(74)}`)).toBe(`X:${'a'.repeat(73)}\r\n a`);
  });

  it('reads back a folded emoji title through ical.js exactly', () => {
    const title = '👩🏽‍💻 Arabic مرحبا, Hebrew שלום; done\\'.repeat(12);
    const text = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:x',
      'BEGIN:VTODO',
      'UID:u',
      foldIcsLine(`SUMMARY:${escapeIcsText(title)}`),
      'END:VTODO',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    const todo = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vtodo')!;
    expect(todo.getFirstPropertyValue('summary')).toBe(title);
  });
});

describe('escapeIcsText', () => {
  it('escapes backslash, semicolon, comma and every kind of line break, and drops other control characters', () => {
    expect(escapeIcsText('a\\b;c,d\r\ne\rf\ng\u0007h\ti')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng' + 'h\ti');
  });
});
