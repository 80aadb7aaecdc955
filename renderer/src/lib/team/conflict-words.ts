// A conflict in the user's words: which field, and each value as it reads on screen.
import type { Conflict } from '../../../../electron/common/team-sync/merge';

const fieldNames: Record<string, string> = {
  body: 'text',
  title: 'title',
  notes: 'notes',
  status: 'status',
  priority: 'priority',
  owner: 'owner',
  due: 'due date',
  tags: 'tags',
  color: 'colour',
  private: 'private',
  deletedAt: 'place in the Trash',
  sourceQuote: 'quoted passage',
  completedAt: 'completion date',
  itemId: 'talk',
  target: 'highlighted passage',
};

/** The field's name as the user knows it. */
export function fieldName(field: string): string {
  return fieldNames[field] ?? field;
}

/** Fields the user can settle by typing a value of their own. */
export const typedFields: ReadonlySet<string> = new Set(['body', 'title', 'notes', 'owner']);

/** A value as it reads in the review. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  if (Array.isArray(value)) return value.length === 0 ? '(none)' : value.join(', ');
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** A stable key for a conflict, for lists. */
export function conflictKey(conflict: Conflict): string {
  return `${conflict.recordKind}/${conflict.recordId}/${conflict.kind === 'field' ? conflict.field : 'deletion'}`;
}

// One formatter for every stamp: making one per call (toLocaleString) costs ~0.5 ms each.
const stampFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** When a change was made, from its stamp, as the user's locale writes it. */
export function stampTime(stamp: string): string {
  const wall = Number.parseInt(stamp.slice(0, 12), 16);
  return Number.isFinite(wall) ? stampFormat.format(new Date(wall)) : 'at an unknown time';
}
