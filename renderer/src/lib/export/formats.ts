// Every file format action items can be exported to, with what the save dialog needs to offer it.
// The UI lists these; main writes the text it is handed. "Copy as GitHub issue" is a link, not a
// file, so it lives in github-issue.ts instead.
import { exportActionsAsJson } from './actions-json';
import { exportActionsAsCsv } from './csv';
import type { ExportContext, ExportableAction } from './exportable-action';
import { exportActionsAsIcs } from './icalendar';
import { exportActionsAsJiraCsv } from './jira-csv';
import { exportActionsAsMarkdown } from './markdown-checklist';
import { exportActionsAsTodoistCsv } from './todoist-csv';

/** One export format: how to write it and how to offer it in a save dialog. */
export interface ExportFormat {
  id: 'markdown' | 'csv' | 'json' | 'ics' | 'todoist' | 'jira';
  /** What the format is called in menus and as the dialog's filter name. */
  label: string;
  /** File name extension, without the dot. */
  extension: string;
  mimeType: string;
  /** The dialog's file filter, in the shape the saveFile message takes. */
  filter: { name: string; extensions: string[] };
  /** True when only open and in-progress actions are written (tracker imports would reopen finished work). */
  onlyStillToDo: boolean;
  write(actions: readonly ExportableAction[], context: ExportContext): string;
}

function format(
  id: ExportFormat['id'],
  label: string,
  extension: string,
  mimeType: string,
  write: ExportFormat['write'],
  onlyStillToDo = false,
): ExportFormat {
  return { id, label, extension, mimeType, filter: { name: label, extensions: [extension] }, onlyStillToDo, write };
}

/** The export formats, in the order the UI offers them. */
export const exportFormats: readonly ExportFormat[] = [
  format('markdown', 'Markdown checklist', 'md', 'text/markdown', exportActionsAsMarkdown),
  format('csv', 'CSV spreadsheet', 'csv', 'text/csv', exportActionsAsCsv),
  format('json', 'Debrief actions (JSON)', 'json', 'application/json', exportActionsAsJson),
  format('ics', 'iCalendar to-dos', 'ics', 'text/calendar', exportActionsAsIcs),
  format('todoist', 'Todoist CSV', 'csv', 'text/csv', exportActionsAsTodoistCsv, true),
  format('jira', 'Jira CSV', 'csv', 'text/csv', exportActionsAsJiraCsv, true),
];

/** The format with this id. */
export function exportFormat(id: ExportFormat['id']): ExportFormat {
  const found = exportFormats.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`unknown export format "${id}"`);
  return found;
}

/** A file name to suggest in the save dialog: "debrief-actions-2024-05-20.md", "debrief-actions-2024-05-20-jira.csv". */
export function suggestedFileName(format: ExportFormat, context: ExportContext): string {
  const date = context.exportedAt.toISOString().slice(0, 10);
  const variant = format.id === 'todoist' || format.id === 'jira' ? `-${format.id}` : '';
  return `debrief-actions-${date}${variant}.${format.extension}`;
}
