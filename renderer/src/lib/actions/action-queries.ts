// The questions the action views ask the database. Deleted action items are left out everywhere
// but the deleted list; records damaged on disk are skipped (see damaged-records.ts).
import { wellFormed } from '../../../../electron/common/damaged-records';
import type { Conference } from '../../../../electron/common/domain';
import type { ActionItem } from '../../../../electron/common/user-records';
import type { DebriefDatabase, StoredItem } from '../db/database';
import { authorsOf } from '../team/authors';

/** An action item with the talk and conference it belongs to (absent when the talk is unknown). */
export interface ActionRow {
  action: ActionItem;
  item?: StoredItem;
  conference?: Conference;
  /** The teammate's device that made it, when it came through the team folder; absent for the user's own. */
  author?: string;
}

/** The live action items on one talk, in the order they were added. */
export async function listItemActions(database: DebriefDatabase, itemId: string): Promise<ActionItem[]> {
  const all = wellFormed('actions', await database.actions.where('itemId').equals(itemId).toArray());
  return all
    .filter((action) => !action.deletedAt)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/** Every live action item with its talk, in the order they were added. */
export async function listActionRows(database: DebriefDatabase): Promise<ActionRow[]> {
  const live = wellFormed('actions', await database.actions.toArray()).filter((action) => !action.deletedAt);
  live.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  return withItems(database, live);
}

/** Every deleted action item with its talk, most recently deleted first. */
export async function listDeletedActionRows(database: DebriefDatabase): Promise<ActionRow[]> {
  const deleted = wellFormed('actions', await database.actions.where('deletedAt').above('').toArray());
  deleted.sort((a, b) => (b.deletedAt ?? '').localeCompare(a.deletedAt ?? ''));
  return withItems(database, deleted);
}

/** The talks and conferences an export needs to describe where each action came from. */
export async function loadExportContext(
  database: DebriefDatabase,
  actions: readonly ActionItem[],
): Promise<{ items: StoredItem[]; conferences: Conference[] }> {
  const itemIds = [...new Set(actions.map((action) => action.itemId))];
  const [items, conferences] = await Promise.all([database.items.bulkGet(itemIds), database.conferences.toArray()]);
  return { items: items.filter((item): item is StoredItem => item !== undefined), conferences };
}

async function withItems(database: DebriefDatabase, actions: ActionItem[]): Promise<ActionRow[]> {
  const { items, conferences } = await loadExportContext(database, actions);
  const itemById = new Map(items.map((item) => [item.id, item]));
  const conferenceById = new Map(conferences.map((conference) => [conference.id, conference]));
  const authors = await authorsOf(database, 'action', actions);
  return actions.map((action) => {
    const item = itemById.get(action.itemId);
    const author = authors.get(action.id);
    return {
      action,
      item,
      conference: item ? conferenceById.get(item.conferenceId) : undefined,
      ...(author ? { author } : {}),
    };
  });
}
