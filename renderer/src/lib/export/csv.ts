// Action items as one CSV table (RFC 4180) for a spreadsheet: every field of the action and where it
// came from. Values are written as stored (a title keeps its line breaks, a field of spaces stays
// spaces): the CSV is a faithful table, the JSON export is the lossless one.
//
// The file starts with a UTF-8 byte order mark. Excel (Windows and macOS) opens a CSV without one in
// the system's legacy code page, so "👩🏽‍💻" and "مرحبا" arrive as mojibake; with it, Excel, Numbers,
// LibreOffice and Google Sheets all read UTF-8, and RFC 4180 parsers such as papaparse skip it.
// Cells a spreadsheet would run as a formula get a leading `'` (see csv-text.ts), since
// an imported JSON file from someone else can carry "=HYPERLINK(…)" into this table.
import { writeCsv } from './csv-text';
import { talkDeepLink, talkWebLink, type ExportContext, type ExportableAction } from './exportable-action';

/** The columns of the CSV export, in order. */
export const csvColumns = [
  'ID',
  'Title',
  'Status',
  'Priority',
  'Owner',
  'Due',
  'Tags',
  'Talk',
  'Conference',
  'Day',
  'Notes',
  'Source quote',
  'Created',
  'Updated',
  'Completed',
  'Link',
  'Debrief link',
] as const;

/** Writes action items as RFC 4180 CSV with a UTF-8 byte order mark; `Link` is the talk's web page, `Debrief link` opens it in the app. */
export function exportActionsAsCsv(actions: readonly ExportableAction[], _context: ExportContext): string {
  const rows = actions.map(({ action, item }) => [
    action.id,
    action.title,
    action.status,
    action.priority ?? '',
    action.owner ?? '',
    action.due ?? '',
    // Tags are joined for reading; a tag holding ", " cannot be told apart here (JSON keeps them apart).
    action.tags.join(', '),
    item.title,
    item.conferenceName,
    item.dayLabel ?? '',
    action.notes,
    action.sourceQuote ?? '',
    action.createdAt,
    action.updatedAt,
    action.completedAt ?? '',
    talkWebLink(item) ?? '',
    talkDeepLink(item.id),
  ]);
  return writeCsv(csvColumns, rows, { bom: true, neutralizeFormulas: true });
}
