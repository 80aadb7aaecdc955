// Marking items removed together with the user's records on them, and putting exactly that back.
// Removing a recap or a conference uses it: the items' notes, highlights and actions go to the
// Trash (soft-deleted, never erased) and undo restores only what the removal itself changed.
import type { DebriefDatabase } from '../db/database';

/** What retiring did: the items it marked removed and the user records it sent to the Trash. */
export interface RetiredRecords {
  /** When it happened: the `deletedAt` it wrote, so undo touches only those records. */
  removedAt: string;
  itemIds: string[];
  annotationIds: string[];
  actionIds: string[];
}

/**
 * Marks `itemIds` removed and soft-deletes the annotations and actions on them, plus highlights
 * made on `layerIds` wherever they sit. Records already removed or deleted are left as they were
 * (and not listed), so undo never revives what the user had deleted themselves. Call it inside a
 * transaction over items, annotations and actions.
 */
export async function retireItems(
  database: DebriefDatabase,
  itemIds: readonly string[],
  layerIds: readonly string[],
  layerItemIds: readonly string[],
  removedAt: string,
): Promise<RetiredRecords> {
  const items = await database.items.bulkGet([...itemIds]);
  const retiring = items.flatMap((item) => (item && item.removed === 0 ? [item.id] : []));
  if (retiring.length > 0) await database.items.where('id').anyOf(retiring).modify({ removed: 1 });

  const layers = new Set(layerIds);
  const owned = new Set(itemIds);
  const annotations = await database.annotations
    .where('itemId')
    .anyOf([...new Set([...itemIds, ...layerItemIds])])
    .filter((note) => !note.deletedAt && (owned.has(note.itemId) || (!!note.layerId && layers.has(note.layerId))))
    .primaryKeys();
  if (annotations.length > 0)
    await database.annotations.where('id').anyOf(annotations).modify({ deletedAt: removedAt });
  const actions = await database.actions
    .where('itemId')
    .anyOf([...itemIds])
    .filter((action) => !action.deletedAt)
    .primaryKeys();
  if (actions.length > 0) await database.actions.where('id').anyOf(actions).modify({ deletedAt: removedAt });
  return { removedAt, itemIds: retiring, annotationIds: annotations, actionIds: actions };
}

/** Puts back what `retireItems` did; records the user changed since (restored, deleted again) stay as they are. */
export async function unretireItems(database: DebriefDatabase, retired: RetiredRecords): Promise<void> {
  if (retired.itemIds.length > 0) await database.items.where('id').anyOf(retired.itemIds).modify({ removed: 0 });
  const stillDeleted = (record: { deletedAt?: string }) => record.deletedAt === retired.removedAt;
  const undelete = (record: { deletedAt?: string }) => {
    delete record.deletedAt;
  };
  if (retired.annotationIds.length > 0)
    await database.annotations.where('id').anyOf(retired.annotationIds).filter(stillDeleted).modify(undelete);
  if (retired.actionIds.length > 0)
    await database.actions.where('id').anyOf(retired.actionIds).filter(stillDeleted).modify(undelete);
}
