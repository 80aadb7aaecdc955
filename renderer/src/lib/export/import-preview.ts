// What importing action items would do, before anything is written: merged by id, the newer
// `updatedAt` wins, so importing the same file twice (or an older copy) changes nothing.
import type { ActionItem } from '../../../../electron/common/user-records';

/** What an import would do with each incoming action; the caller writes `added` and `updated`. */
export interface ActionsImportPreview {
  /** Incoming actions with an id the database does not have. */
  added: ActionItem[];
  /** Incoming actions newer (by `updatedAt`) than the one with the same id: they would replace it. */
  updated: ActionItem[];
  /** Incoming actions whose id is already there, as new or newer: the user's own copy is kept. */
  unchanged: ActionItem[];
}

// Timestamps may carry different offsets ("…+02:00" and "…Z"), so they are compared as instants, not as text.
function instant(timestamp: string): number {
  const time = Date.parse(timestamp);
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

/**
 * Compares incoming actions with the existing ones by id. On equal `updatedAt` the existing copy
 * stays even if the two differ: without a later edit there is no reason to prefer the file's.
 */
export function previewActionsImport(
  existing: readonly ActionItem[],
  incoming: readonly ActionItem[],
): ActionsImportPreview {
  const byId = new Map(existing.map((action) => [action.id, action]));
  const preview: ActionsImportPreview = { added: [], updated: [], unchanged: [] };
  for (const action of incoming) {
    const mine = byId.get(action.id);
    if (!mine) preview.added.push(action);
    else if (instant(action.updatedAt) > instant(mine.updatedAt)) preview.updated.push(action);
    else preview.unchanged.push(action);
  }
  return preview;
}
