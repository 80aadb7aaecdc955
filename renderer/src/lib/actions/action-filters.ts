// The Actions view's filters, sort orders and groups: pure functions of the rows and of "today",
// so the same rows and the same day always show the same list.
import type { Conference } from '../../../../electron/common/domain';
import { actionStatuses, type ActionItem, type ActionStatus } from '../../../../electron/common/user-records';
import { isStillToDo } from '../export/exportable-action';
import type { ActionRow } from './action-queries';

/** "Still to do" is open or in progress: the statuses a person still has to act on. */
export type StatusFilter = ActionStatus | 'to do';

/** Due-date filters: past due and not finished; due from today through the next six days; no due date. */
export type DueFilter = 'overdue' | 'this week' | 'no due date';

/** What the Actions view narrows by; an absent field does not filter. */
export interface ActionFilter {
  status?: StatusFilter;
  /** Compared without case; '' or absent does not filter. */
  owner?: string;
  tag?: string;
  due?: DueFilter;
  conferenceId?: string;
  /** A teammate's device id: only what they made; `ownAuthor` for the user's own. */
  author?: string;
}

/** The author filter's value for the user's own action items and notes. */
export const ownAuthor = 'you';

/** How the Actions view orders its rows. */
export type ActionSort = 'due' | 'priority' | 'recent';

/** How the Actions view groups its rows. */
export type ActionGrouping = 'talk' | 'status';

/** A heading of the Actions view and the rows under it. */
export interface ActionGroup {
  key: string;
  label: string;
  rows: ActionRow[];
}

/** Words for each status, as the UI shows them. */
export const statusLabels: Record<ActionStatus, string> = {
  open: 'Open',
  'in progress': 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};

/** A date as the user's calendar has it today, YYYY-MM-DD (local time, not UTC). */
export function localIsoDate(moment: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** Today's date on the user's calendar, YYYY-MM-DD. */
export function todayIsoDate(): string {
  return localIsoDate(new Date());
}

/** The ISO date `days` after `date` (both YYYY-MM-DD). */
export function addDays(date: string, days: number): string {
  const moment = new Date(`${date}T00:00:00Z`);
  moment.setUTCDate(moment.getUTCDate() + days);
  return moment.toISOString().slice(0, 10);
}

/** Whether an unfinished action's due date has passed. Done and dropped actions are never overdue. */
export function isOverdue(action: ActionItem, today: string): boolean {
  return isStillToDo(action) && action.due !== undefined && action.due < today;
}

/** Whether the action is due from today through the next six days. */
export function isDueThisWeek(action: ActionItem, today: string): boolean {
  return action.due !== undefined && action.due >= today && action.due <= addDays(today, 6);
}

/** The rows that pass every part of the filter on the day `today`. */
export function filterActionRows(rows: readonly ActionRow[], filter: ActionFilter, today: string): ActionRow[] {
  const owner = filter.owner?.trim().toLocaleLowerCase();
  const tag = filter.tag?.toLocaleLowerCase();
  return rows.filter((row) => {
    const { action, item } = row;
    if (filter.status === 'to do' ? !isStillToDo(action) : filter.status && action.status !== filter.status)
      return false;
    if (owner && (action.owner ?? '').toLocaleLowerCase() !== owner) return false;
    if (tag && !action.tags.some((t) => t.toLocaleLowerCase() === tag)) return false;
    if (filter.conferenceId && item?.conferenceId !== filter.conferenceId) return false;
    if (filter.author && (row.author ?? ownAuthor) !== filter.author) return false;
    if (filter.due === 'overdue' && !isOverdue(action, today)) return false;
    if (filter.due === 'this week' && !isDueThisWeek(action, today)) return false;
    if (filter.due === 'no due date' && action.due !== undefined) return false;
    return true;
  });
}

const priorityRank: Record<string, number> = { high: 0, medium: 1, low: 2 };

function byDue(a: ActionItem, b: ActionItem): number {
  // Undated actions go last: a date is a promise, no date is "some time".
  if (a.due === b.due) return 0;
  if (a.due === undefined) return 1;
  if (b.due === undefined) return -1;
  return a.due.localeCompare(b.due);
}

function byPriority(a: ActionItem, b: ActionItem): number {
  return (priorityRank[a.priority ?? ''] ?? 3) - (priorityRank[b.priority ?? ''] ?? 3);
}

function byCreated(a: ActionItem, b: ActionItem): number {
  return a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}

/** The rows in the chosen order; ties fall back to the other key, then to the order they were added. */
export function sortActionRows(rows: readonly ActionRow[], sort: ActionSort): ActionRow[] {
  const compare: (a: ActionItem, b: ActionItem) => number =
    sort === 'due'
      ? (a, b) => byDue(a, b) || byPriority(a, b) || byCreated(a, b)
      : sort === 'priority'
        ? (a, b) => byPriority(a, b) || byDue(a, b) || byCreated(a, b)
        : (a, b) => b.updatedAt.localeCompare(a.updatedAt) || byCreated(a, b);
  return [...rows].sort((a, b) => compare(a.action, b.action));
}

/**
 * The (already sorted) rows under headings. By talk, talks come in the order of their first row,
 * so the talk with the most pressing action leads; by status, in the order work moves.
 */
export function groupActionRows(rows: readonly ActionRow[], grouping: ActionGrouping): ActionGroup[] {
  const groups = new Map<string, ActionGroup>();
  if (grouping === 'status') {
    for (const status of actionStatuses) groups.set(status, { key: status, label: statusLabels[status], rows: [] });
  }
  for (const row of rows) {
    const key = grouping === 'talk' ? row.action.itemId : row.action.status;
    let group = groups.get(key);
    if (!group) {
      group = { key, label: row.item?.title ?? `A talk no longer in any recap (${row.action.itemId})`, rows: [] };
      groups.set(key, group);
    }
    group.rows.push(row);
  }
  return [...groups.values()].filter((group) => group.rows.length > 0);
}

/** The values the owner, tag and conference filters can take, drawn from the rows themselves. */
export function actionFilterChoices(rows: readonly ActionRow[]): {
  owners: string[];
  tags: string[];
  conferences: Conference[];
} {
  const owners = new Map<string, string>();
  const tags = new Map<string, string>();
  const conferences = new Map<string, Conference>();
  for (const { action, conference } of rows) {
    if (action.owner && !owners.has(action.owner.toLocaleLowerCase())) {
      owners.set(action.owner.toLocaleLowerCase(), action.owner);
    }
    for (const tag of action.tags) if (!tags.has(tag.toLocaleLowerCase())) tags.set(tag.toLocaleLowerCase(), tag);
    if (conference) conferences.set(conference.id, conference);
  }
  const sorted = (values: Iterable<string>): string[] =>
    [...values].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' }));
  return { owners: sorted(owners.values()), tags: sorted(tags.values()), conferences: [...conferences.values()] };
}
