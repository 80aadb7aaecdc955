// Action items as a Todoist project template (Todoist's "Import from CSV"), in the columns of
// Todoist's documented template: TYPE, CONTENT, DESCRIPTION, PRIORITY, INDENT, AUTHOR, RESPONSIBLE,
// DATE, DATE_LANG, TIMEZONE. Each talk becomes a section holding its actions.
//
// Choices, from Todoist's help page "Format a CSV file to import into Todoist":
// - PRIORITY 1 is the highest (p1) and 4 the lowest (p4) in the CSV, the reverse of Todoist's REST
//   API, and an empty cell means p1; so every task gets an explicit number and no priority is 4.
// - Labels are written into CONTENT as `@label` (the template has no label column); a label ends at
//   a space, so spaces in a tag become `_`. Todoist reads `@word` in a title as a label too; there is no escape.
// - AUTHOR and RESPONSIBLE must be "name (Todoist user id)"; Debrief owners are free text, so the
//   owner goes into DESCRIPTION and both cells stay empty (Todoist then uses the importing user).
// - Only actions still to do (open, in progress) are written: the import has no completed state,
//   so done or dropped ones would come back as new open tasks.
// - No byte order mark and no formula escaping: Todoist is not a spreadsheet, and a `'` would show in the task.
import { writeCsv } from './csv-text';
import {
  displayTitle,
  groupByTalk,
  isStillToDo,
  oneLine,
  plainDescription,
  type ExportContext,
  type ExportableAction,
} from './exportable-action';
import type { ActionItem } from '../../../../electron/common/user-records';

/** The columns of Todoist's CSV template, in its order. */
export const todoistColumns = [
  'TYPE',
  'CONTENT',
  'DESCRIPTION',
  'PRIORITY',
  'INDENT',
  'AUTHOR',
  'RESPONSIBLE',
  'DATE',
  'DATE_LANG',
  'TIMEZONE',
] as const;

/** Todoist CSV priority for each action priority: 1 is p1 (highest), 4 is p4 (none). */
export const todoistPriorities: Record<NonNullable<ActionItem['priority']> | 'none', string> = {
  high: '1',
  medium: '2',
  low: '3',
  none: '4',
};

/** A tag as a Todoist label: no spaces (a label ends at one) and no `@`. */
export function todoistLabel(tag: string): string {
  return oneLine(tag).replace(/[\s@]+/g, '_');
}

function taskRow(action: ActionItem, talk: ExportableAction['item']): string[] {
  const labels = [...new Set(action.tags.map(todoistLabel).filter(Boolean))].map((label) => `@${label}`);
  const status = action.status === 'in progress' ? ['Status in Debrief: in progress'] : [];
  return [
    'task',
    [displayTitle(action), ...labels].join(' '),
    plainDescription(action, talk, status),
    todoistPriorities[action.priority ?? 'none'],
    '1',
    '',
    '',
    action.due ?? '',
    action.due ? 'en' : '',
    '',
  ];
}

/** Writes the open and in-progress action items as a Todoist CSV template, one section per talk. */
export function exportActionsAsTodoistCsv(actions: readonly ExportableAction[], _context: ExportContext): string {
  const rows: string[][] = [];
  for (const { talk, actions: talkActions } of groupByTalk(actions.filter(({ action }) => isStillToDo(action)))) {
    rows.push(['section', oneLine(talk.title) || 'Untitled talk', '', '', '', '', '', '', '', '']);
    for (const action of talkActions) rows.push(taskRow(action, talk));
  }
  return writeCsv(todoistColumns, rows, { bom: false, neutralizeFormulas: false });
}
