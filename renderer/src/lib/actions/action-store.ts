// Every write of the user's action items. Each write is one explicit `rw` transaction on the
// strict-durability database, so its promise resolves only once IndexedDB has committed it; errors
// are left to the UI edge (describeStorageFailure says what was not saved).
import {
  actionPriorities,
  actionStatuses,
  type ActionItem,
  type ActionPriority,
  type ActionStatus,
} from '../../../../electron/common/user-records';
import { normalizeTags } from '../annotations/tags';
import type { DebriefDatabase } from '../db/database';

/** What the user gives when adding an action item; only the title is needed. */
export interface NewAction {
  itemId: string;
  title: string;
  /** The passage of the talk that prompted it ("Make action item" on a selection). */
  sourceQuote?: string;
}

/**
 * The parts of an action item the user edits. An optional field given as `undefined` (or '') is
 * cleared; a field left out is kept.
 */
export type ActionChanges = Partial<
  Pick<ActionItem, 'title' | 'notes' | 'status' | 'priority' | 'owner' | 'due' | 'tags' | 'sourceQuote'>
>;

/** The longest title kept: a title is one line for a list, the notes hold the rest. */
export const maxActionTitleLength = 500;

/** A fresh id for an action item. */
export function newActionId(): string {
  return crypto.randomUUID();
}

/** A title as stored: one line, trimmed, within the length limit; throws when nothing is left. */
export function tidyActionTitle(raw: string): string {
  const title = raw.replace(/\s+/g, ' ').trim().slice(0, maxActionTitleLength);
  if (!title) throw new Error('An action item needs a title: type what you mean to do.');
  return title;
}

/** Whether `date` is a real calendar date written YYYY-MM-DD (what an `<input type=date>` gives). */
export function isIsoDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date);
}

function checkStatus(status: string): ActionStatus {
  if (!(actionStatuses as readonly string[]).includes(status)) {
    throw new Error(`Unknown action status "${status}": use one of ${actionStatuses.join(', ')}`);
  }
  return status as ActionStatus;
}

function checkPriority(priority: string): ActionPriority {
  if (!(actionPriorities as readonly string[]).includes(priority)) {
    throw new Error(`Unknown priority "${priority}": use one of ${actionPriorities.join(', ')}`);
  }
  return priority as ActionPriority;
}

/** Stores a new open action item and returns it. */
export async function createAction(database: DebriefDatabase, action: NewAction): Promise<ActionItem> {
  const now = new Date().toISOString();
  const quote = action.sourceQuote?.trim();
  const record: ActionItem = {
    id: newActionId(),
    itemId: action.itemId,
    title: tidyActionTitle(action.title),
    notes: '',
    status: 'open',
    tags: [],
    ...(quote ? { sourceQuote: quote } : {}),
    createdAt: now,
    updatedAt: now,
  };
  await database.transaction('rw', database.actions, () => database.actions.add(record));
  return record;
}

/**
 * The action with `changes` applied at `now`: optional fields given empty are removed, and moving
 * to "done" records when (moving away from it forgets that again). Throws on a value the record
 * cannot hold, naming it.
 */
export function applyActionChanges(action: ActionItem, changes: ActionChanges, now: string): ActionItem {
  const next: ActionItem = { ...action, updatedAt: now };
  if ('title' in changes) next.title = tidyActionTitle(changes.title ?? '');
  if ('notes' in changes) next.notes = changes.notes ?? '';
  if ('tags' in changes) next.tags = normalizeTags(changes.tags ?? []);
  if ('priority' in changes) {
    if (changes.priority) next.priority = checkPriority(changes.priority);
    else delete next.priority;
  }
  if ('due' in changes) {
    const due = changes.due?.trim();
    if (due && !isIsoDate(due)) throw new Error(`"${due}" is not a due date: use a date written YYYY-MM-DD`);
    if (due) next.due = due;
    else delete next.due;
  }
  for (const key of ['owner', 'sourceQuote'] as const) {
    if (!(key in changes)) continue;
    const value = changes[key]?.trim();
    if (value) next[key] = value;
    else delete next[key];
  }
  if (changes.status !== undefined) {
    next.status = checkStatus(changes.status);
    if (next.status === 'done' && action.status !== 'done') next.completedAt = now;
    if (next.status !== 'done') delete next.completedAt;
  }
  return next;
}

/** Changes one action item and returns it as stored. */
export async function updateAction(database: DebriefDatabase, id: string, changes: ActionChanges): Promise<ActionItem> {
  return database.transaction('rw', database.actions, async () => {
    const existing = await database.actions.get(id);
    if (!existing) throw new Error(`There is no action item with id ${id}`);
    const record = applyActionChanges(existing, changes, new Date().toISOString());
    await database.actions.put(record);
    return record;
  });
}

/** Sets the status of several action items at once, all or none. */
export async function setActionsStatus(
  database: DebriefDatabase,
  ids: readonly string[],
  status: ActionStatus,
): Promise<void> {
  checkStatus(status);
  await changeEach(database, ids, (action, now) =>
    action.status === status ? action : applyActionChanges(action, { status }, now),
  );
}

/**
 * Moves action items to the deleted list (a soft delete) all or none; `restoreActions` brings them
 * back. The change counts as an edit, so a merge with an older copy keeps it deleted.
 */
export async function deleteActions(database: DebriefDatabase, ids: readonly string[]): Promise<void> {
  await changeEach(database, ids, (action, now) => ({ ...action, deletedAt: now, updatedAt: now }));
}

/** Brings deleted action items back, all or none. */
export async function restoreActions(database: DebriefDatabase, ids: readonly string[]): Promise<void> {
  await changeEach(database, ids, (action, now) => {
    const { deletedAt: _deletedAt, ...restored } = action;
    return { ...restored, updatedAt: now };
  });
}

/** Rewrites each action in one transaction; a missing id aborts the whole change. */
async function changeEach(
  database: DebriefDatabase,
  ids: readonly string[],
  change: (action: ActionItem, now: string) => ActionItem,
): Promise<void> {
  if (ids.length === 0) return;
  await database.transaction('rw', database.actions, async () => {
    const now = new Date().toISOString();
    const existing = await database.actions.bulkGet([...ids]);
    const missing = ids.filter((_, index) => !existing[index]);
    if (missing.length > 0) throw new Error(`There is no action item with id ${missing.join(', ')}`);
    const changed = existing.flatMap((action) => {
      const next = change(action!, now);
      return next === action ? [] : [next];
    });
    await database.actions.bulkPut(changed);
  });
}
