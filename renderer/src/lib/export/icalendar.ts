// Action items as an iCalendar file of to-dos (VTODO, RFC 5545), for Apple Reminders, Thunderbird,
// Outlook and other calendar apps. UIDs are stable (`<action id>@debrief`), so importing a newer
// export updates the same to-dos instead of adding copies.
import type { ActionItem } from '../../../../electron/common/user-records';
import {
  displayTitle,
  plainDescription,
  talkLink,
  type ExportContext,
  type ExportableAction,
} from './exportable-action';
import { escapeIcsText, icsDate, icsProperty, icsUtcDateTime } from './ics-text';

/** RFC 5545 PRIORITY: 1 is highest, 9 lowest, 5 the middle; 0 (no priority) is written by leaving it out. */
export const icsPriorities: Record<NonNullable<ActionItem['priority']>, number> = { high: 1, medium: 5, low: 9 };

/** RFC 5545 VTODO STATUS for each action status. */
export const icsStatuses: Record<ActionItem['status'], string> = {
  open: 'NEEDS-ACTION',
  'in progress': 'IN-PROCESS',
  done: 'COMPLETED',
  dropped: 'CANCELLED',
};

function todo({ action, item }: ExportableAction, stamp: string): string[] {
  const lines = [
    'BEGIN:VTODO',
    icsProperty('UID', escapeIcsText(`${action.id}@debrief`)),
    icsProperty('DTSTAMP', stamp),
  ];
  const created = icsUtcDateTime(action.createdAt);
  if (created) lines.push(icsProperty('CREATED', created));
  const modified = icsUtcDateTime(action.updatedAt);
  if (modified) lines.push(icsProperty('LAST-MODIFIED', modified));
  lines.push(
    icsProperty('SUMMARY', escapeIcsText(displayTitle(action))),
    icsProperty('DESCRIPTION', escapeIcsText(plainDescription(action, item))),
  );
  const due = action.due ? icsDate(action.due) : undefined;
  if (due) lines.push(icsProperty('DUE', due, ';VALUE=DATE'));
  if (action.priority) lines.push(icsProperty('PRIORITY', String(icsPriorities[action.priority])));
  lines.push(icsProperty('STATUS', icsStatuses[action.status]));
  if (action.status === 'done') {
    // An action marked done before completedAt was recorded was last changed when it was ticked off.
    const completed = icsUtcDateTime(action.completedAt ?? action.updatedAt);
    if (completed) lines.push(icsProperty('COMPLETED', completed));
  }
  const tags = action.tags.map((tag) => tag.trim()).filter(Boolean);
  if (tags.length > 0) lines.push(icsProperty('CATEGORIES', tags.map(escapeIcsText).join(',')));
  // URL is a URI value, not TEXT: it is not escaped, and talkLink only gives links without spaces or line breaks.
  lines.push(icsProperty('URL', talkLink(item)), 'END:VTODO');
  return lines;
}

/** Writes action items as an RFC 5545 calendar of VTODOs: CRLF line ends, lines folded at 75 octets. */
export function exportActionsAsIcs(actions: readonly ExportableAction[], context: ExportContext): string {
  const stamp = icsUtcDateTime(context.exportedAt);
  if (!stamp) throw new Error('the export time is not a valid date');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    icsProperty('PRODID', `-//Debrief//Debrief ${escapeIcsText(context.appVersion)}//EN`),
    'CALSCALE:GREGORIAN',
    icsProperty('X-WR-CALNAME', 'Debrief action items'),
    ...actions.flatMap((action) => todo(action, stamp)),
    'END:VCALENDAR',
  ];
  return `${lines.join('\r\n')}\r\n`;
}
