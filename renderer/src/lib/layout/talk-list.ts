// Whether the talk list (the middle pane) is on screen. Views that have no use for it (Actions,
// Annotations, Library, Trash, Backups, Team) never show it and give its width to their own content;
// in the reading views the user may hide it too, and that choice is remembered like the pane widths.
import type { Route } from '../route';

/** The views whose content has nothing to do with the list of a conference's talks. */
export const viewsWithoutTalkList: ReadonlySet<Route['view']> = new Set([
  'actions',
  'annotations',
  'library',
  'trash',
  'backups',
  'team',
]);

/** Whether the list shows in this view, given whether the user hid it. */
export function showsTalkList(view: Route['view'], hiddenByUser: boolean): boolean {
  return !viewsWithoutTalkList.has(view) && !hiddenByUser;
}

/** The remembered choice, read leniently: anything but the exact saved value means "shown". */
export function parseHiddenByUser(saved: string | null): boolean {
  return saved === 'hidden';
}
