// Writing RFC 4180 CSV. papaparse's `unparse` already does what the RFC asks (CRLF between records,
// fields holding a comma, a double quote, CR or LF quoted, quotes doubled), checked in
// tests/unit/renderer/export/csv.test.ts, so it writes the text; this file only fixes its options.
import Papa from 'papaparse';

/** Excel reads a CSV file as UTF-8 only when it starts with this byte order mark. */
export const utf8Bom = '\uFEFF';

/** How one CSV file is written. */
export interface CsvOptions {
  /** Start with a UTF-8 byte order mark (for spreadsheets; tracker importers may take it for part of the first header). */
  bom: boolean;
  /**
   * Prefix `'` to cells a spreadsheet would run as a formula (=, +, -, @, tab, CR first), the
   * OWASP advice against CSV injection. Only for files meant for spreadsheets: a tracker would show the `'`.
   */
  neutralizeFormulas: boolean;
}

// papaparse's own `escapeFormulae: true` pattern is /^[=+\-@\t\r].*$/: without the `s` flag `.`
// stops at a line break and `$` then fails, so "=HYPERLINK(…)\nmore" was not escaped. This one is anchored at the start only.
const formulaStart = /^[=+\-@\t\r]/;

/** Writes a header row and records as RFC 4180 CSV text: CRLF line ends, no line break after the last record. */
export function writeCsv(header: readonly string[], rows: readonly (readonly string[])[], options: CsvOptions): string {
  const text = Papa.unparse(
    { fields: [...header], data: rows.map((row) => [...row]) },
    {
      newline: '\r\n',
      quotes: false,
      quoteChar: '"',
      escapeChar: '"',
      delimiter: ',',
      header: true,
      ...(options.neutralizeFormulas ? { escapeFormulae: formulaStart } : {}),
    },
  );
  return options.bom ? utf8Bom + text : text;
}
