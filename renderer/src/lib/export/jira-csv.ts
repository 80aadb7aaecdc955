// Action items as a CSV file for Jira's CSV importer (System → External system import → CSV, or a
// project's "Import work items"). The header names are Jira's own field names, so the wizard maps
// them without help: Summary, Description, Priority, Due date, Assignee, Labels.
//
// Choices, from Atlassian's "Prepare a CSV file for import" pages:
// - A field with several values takes several columns of the same name: one `Labels` column per
//   label, as many as the action with most tags needs (at least one, so the header is stable).
// - Jira labels cannot contain spaces: each run of spaces in a tag becomes `-` ("on call" → "on-call").
// - Priority uses Jira's default scheme names (High, Medium, Low); no priority leaves the cell empty
//   so the project's default applies. Debrief has no level that maps to Highest.
// - Due date is written `yyyy-MM-dd`; enter that as the date format on the wizard's mapping step.
// - Assignee is the owner as typed: the wizard matches it to a Jira user (an e-mail address maps directly).
// - Only actions still to do (open, in progress) are written, as for Todoist: an import creates
//   work, and a done or dropped action would arrive as a new open ticket.
// - Description is plain text; Jira may read characters such as `*` or `{` in it as wiki markup.
// - No byte order mark: Jira's importer can take it for part of the first header and miss "Summary".
import type { ActionItem } from '../../../../electron/common/user-records';
import { writeCsv } from './csv-text';
import {
  displayTitle,
  isStillToDo,
  oneLine,
  plainDescription,
  truncateText,
  type ExportContext,
  type ExportableAction,
} from './exportable-action';

/** Jira refuses a Summary longer than this. */
export const maxJiraSummaryLength = 255;

/** Jira's default priority names for each action priority. */
export const jiraPriorities: Record<NonNullable<ActionItem['priority']>, string> = {
  high: 'High',
  medium: 'Medium',
  low: 'Low',
};

/** A tag as a Jira label: Jira refuses spaces in labels, so each run of them becomes `-`. */
export function jiraLabel(tag: string): string {
  return oneLine(tag).replace(/\s+/g, '-');
}

function labelsOf(action: ActionItem): string[] {
  return [...new Set(action.tags.map(jiraLabel).filter(Boolean))];
}

/** Writes the open and in-progress action items as CSV for Jira's importer, one `Labels` column per label. */
export function exportActionsAsJiraCsv(actions: readonly ExportableAction[], _context: ExportContext): string {
  const toDo = actions.filter(({ action }) => isStillToDo(action));
  const labelColumns = Math.max(1, ...toDo.map(({ action }) => labelsOf(action).length));
  const header = [
    'Summary',
    'Description',
    'Priority',
    'Due date',
    'Assignee',
    ...Array<string>(labelColumns).fill('Labels'),
  ];
  const rows = toDo.map(({ action, item }) => {
    const labels = labelsOf(action);
    const status = action.status === 'in progress' ? ['Status in Debrief: in progress'] : [];
    return [
      truncateText(displayTitle(action), maxJiraSummaryLength),
      plainDescription(action, item, status),
      action.priority ? jiraPriorities[action.priority] : '',
      action.due ?? '',
      action.owner ? oneLine(action.owner) : '',
      ...Array.from({ length: labelColumns }, (_, index) => labels[index] ?? ''),
    ];
  });
  return writeCsv(header, rows, { bom: false, neutralizeFormulas: false });
}
