// The CSV export, read back with papaparse: RFC 4180 framing, every field as stored, a byte order
// mark for Excel, and formulas neutralized for spreadsheets.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvColumns, exportActionsAsCsv } from '../../../../renderer/src/lib/export/csv';
import { utf8Bom, writeCsv } from '../../../../renderer/src/lib/export/csv-text';
import { talkDeepLink } from '../../../../renderer/src/lib/export/exportable-action';
import { context, hostileActions, longNotesLength } from '../../../fixtures/export/hostile-actions';

/** Reads CSV the strict RFC 4180 way: records split on CRLF only, so a bare LF between records would show. */
function readCsv(text: string): Papa.ParseResult<Record<string, string>> {
  return Papa.parse<Record<string, string>>(text, { header: true, newline: '\r\n', skipEmptyLines: false });
}

const csv = exportActionsAsCsv(hostileActions, context);

describe('writeCsv (papaparse unparse, checked against RFC 4180)', () => {
  it('quotes fields holding a comma, a quote, CR or LF, doubles quotes, and ends lines with CRLF', () => {
    const text = writeCsv(
      ['a', 'b'],
      [
        ['x,y', 'say "hi"'],
        ['line\r\nbreak', 'lone\rcr'],
        ['lf\nonly', 'plain'],
        ['', ' padded '],
      ],
      { bom: false, neutralizeFormulas: false },
    );
    expect(text).toBe('a,b\r\n"x,y","say ""hi"""\r\n"line\r\nbreak","lone\rcr"\r\n"lf\nonly",plain\r\n," padded "');
    expect(readCsv(text).data).toEqual([
      { a: 'x,y', b: 'say "hi"' },
      { a: 'line\r\nbreak', b: 'lone\rcr' },
      { a: 'lf\nonly', b: 'plain' },
      { a: '', b: ' padded ' },
    ]);
  });

  it('neutralizes formulas, also one followed by a line break (papaparse’s own pattern misses those)', () => {
    const text = writeCsv(['v'], [['=1+2\nmore'], ['+1'], ['-x'], ['@cmd'], ['\tTAB'], ['safe = fine']], {
      bom: false,
      neutralizeFormulas: true,
    });
    expect(readCsv(text).data.map((row) => row.v)).toEqual([
      "'=1+2\nmore",
      "'+1",
      "'-x",
      "'@cmd",
      "'\tTAB",
      'safe = fine',
    ]);
  });
});

describe('exportActionsAsCsv', () => {
  it('starts with a UTF-8 byte order mark, then the header', () => {
    expect(csv.startsWith(`${utf8Bom}ID,Title,Status,`)).toBe(true);
    expect(csv.slice(1).includes(utf8Bom)).toBe(false);
  });

  it('reads back with papaparse as one record per action, with the documented columns and no errors', () => {
    const result = readCsv(csv);
    expect(result.errors).toEqual([]);
    expect(result.meta.fields).toEqual([...csvColumns]);
    expect(result.data).toHaveLength(hostileActions.length);
  });

  it('gives back every field as stored, hostile text and empty optional fields included', () => {
    const rows = readCsv(csv).data;
    for (const [index, { action, item }] of hostileActions.entries()) {
      const row = rows[index]!;
      const spreadsheetSafe = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
      expect(row).toEqual({
        ID: action.id,
        Title: spreadsheetSafe(action.title),
        Status: action.status,
        Priority: action.priority ?? '',
        Owner: action.owner ?? '',
        Due: action.due ?? '',
        Tags: action.tags.join(', '),
        Talk: item.title,
        Conference: item.conferenceName,
        Day: item.dayLabel ?? '',
        Notes: spreadsheetSafe(action.notes),
        'Source quote': action.sourceQuote ?? '',
        Created: action.createdAt,
        Updated: action.updatedAt,
        Completed: action.completedAt ?? '',
        Link: index < 2 || index === 5 ? item.url : '',
        'Debrief link': talkDeepLink(item.id),
      });
    }
  });

  it('keeps CR, LF, quotes, emoji and right-to-left text inside one field, and the 100 KB note whole', () => {
    const rows = readCsv(csv).data;
    expect(rows[0]!.Notes).toBe(hostileActions[0]!.action.notes);
    expect(rows[0]!.Notes).toContain('\r\ne\rf\ng 👩🏽‍💻 مرحبا שלום');
    expect(rows[4]!.Notes).toHaveLength(longNotesLength);
    expect(rows[3]!.Title).toBe('     ');
  });

  it('writes a formula-looking title with a leading apostrophe, so a spreadsheet shows it as text', () => {
    expect(readCsv(csv).data[2]!.Title).toBe('\'=HYPERLINK("http://evil.example","click")\nsecond line');
  });

  it('never exports a javascript: link as the talk link', () => {
    expect(readCsv(csv).data[4]!.Link).toBe('');
    expect(csv).not.toContain('javascript:alert');
  });
});
