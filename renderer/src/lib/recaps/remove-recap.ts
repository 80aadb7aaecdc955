// Removing a recap the user imported, and undoing it. The recap, its layers and its own items are
// marked removed, never erased; the user's notes and actions on its own items (and highlights on
// its text elsewhere) go to the Trash. Undo restores exactly what the removal changed.
import type { DebriefDatabase } from '../db/database';
import { retireItems, unretireItems, type RetiredRecords } from './retire-items';

/** What removing a recap did, for undo. */
export interface RecapRemoval extends RetiredRecords {
  recapId: string;
  /** The layers it marked removed (those the last import still had). */
  layerIds: string[];
}

/** The tables a removal writes, in one transaction. */
function removalTables(database: DebriefDatabase) {
  return [database.recaps, database.recapLayers, database.items, database.annotations, database.actions];
}

/** Removes a recap inside a transaction the caller holds (removing a conference removes its recaps too). */
export async function removeRecapIn(database: DebriefDatabase, recapId: string, stamp: string): Promise<RecapRemoval> {
  const recap = await database.recaps.get(recapId);
  if (!recap) throw new Error(`No recap ${recapId}.`);
  if (recap.removedAt) throw new Error(`“${recap.title}” was already removed.`);
  const layers = (await database.recapLayers.where('recapId').equals(recapId).toArray()).filter((l) => l.removed === 0);
  const layerIds = layers.map((layer) => layer.id);
  const own = layers.filter((layer) => layer.ownItem).map((layer) => layer.itemId);
  const attachedTo = layers.filter((layer) => !layer.ownItem).map((layer) => layer.itemId);
  await database.recaps.update(recapId, { removedAt: stamp });
  if (layerIds.length > 0) await database.recapLayers.where('id').anyOf(layerIds).modify({ removed: 1 });
  const retired = await retireItems(database, own, layerIds, attachedTo, stamp);
  return { ...retired, recapId, layerIds };
}

/** Undoes `removeRecapIn` inside a transaction the caller holds. */
export async function undoRemoveRecapIn(database: DebriefDatabase, removal: RecapRemoval): Promise<void> {
  const recap = await database.recaps.get(removal.recapId);
  if (recap?.removedAt === removal.removedAt) {
    const { removedAt: _removedAt, ...restored } = recap;
    await database.recaps.put(restored);
  }
  if (removal.layerIds.length > 0)
    await database.recapLayers.where('id').anyOf(removal.layerIds).modify({ removed: 0 });
  await unretireItems(database, removal);
}

/** Removes a recap: it leaves the library and its own talks go with it; their notes go to the Trash. */
export function removeRecap(database: DebriefDatabase, recapId: string, now = new Date()): Promise<RecapRemoval> {
  return database.transaction('rw', removalTables(database), () => removeRecapIn(database, recapId, now.toISOString()));
}

/** Puts back exactly what `removeRecap` did. */
export function undoRemoveRecap(database: DebriefDatabase, recapId: string, removal: RecapRemoval): Promise<void> {
  if (removal.recapId !== recapId) return Promise.reject(new Error(`That removal is of ${removal.recapId}.`));
  return database.transaction('rw', removalTables(database), () => undoRemoveRecapIn(database, removal));
}
