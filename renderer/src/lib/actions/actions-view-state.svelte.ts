// What the Actions view is set to: its filters, order, grouping and the selected action items.
// Kept outside the component so going to a talk and back finds the view as it was left.
import type { ActionFilter, ActionGrouping, ActionSort, DueFilter, StatusFilter } from './action-filters';
import { todayIsoDate } from './action-filters';

/** The Actions view's settings for this session. */
export class ActionsViewState {
  status = $state<StatusFilter | ''>('');
  owner = $state('');
  tag = $state('');
  due = $state<DueFilter | ''>('');
  conferenceId = $state('');
  /** A teammate's device id, or 'you'; '' for everyone's. */
  author = $state('');
  sort = $state<ActionSort>('due');
  grouping = $state<ActionGrouping>('talk');
  /** Ids of the checked action items. */
  selected = $state<string[]>([]);
  /** Today's date on the user's calendar; moves on at midnight while the app stays open. */
  today = $state(todayIsoDate());

  /** The filter as the query functions take it. */
  filter = $derived<ActionFilter>({
    status: this.status || undefined,
    owner: this.owner || undefined,
    tag: this.tag || undefined,
    due: this.due || undefined,
    conferenceId: this.conferenceId || undefined,
    author: this.author || undefined,
  });

  /** Whether any filter narrows the list. */
  filtered = $derived(Boolean(this.status || this.owner || this.tag || this.due || this.conferenceId || this.author));

  /** Shows every action item again. */
  clearFilters(): void {
    this.status = this.due = '';
    this.owner = this.tag = this.conferenceId = this.author = '';
  }

  /** Checks or unchecks one action item. */
  toggle(id: string, checked: boolean): void {
    const rest = this.selected.filter((selectedId) => selectedId !== id);
    this.selected = checked ? [...rest, id] : rest;
  }

  /** Checks every one of `ids` (or unchecks them all). */
  setAll(ids: readonly string[], checked: boolean): void {
    const others = this.selected.filter((id) => !ids.includes(id));
    this.selected = checked ? [...others, ...ids] : others;
  }

  /** Re-reads today's date (called every minute). */
  tick(): void {
    const now = todayIsoDate();
    if (now !== this.today) this.today = now;
  }
}

/** The Actions view's settings. */
export const actionsView = new ActionsViewState();
