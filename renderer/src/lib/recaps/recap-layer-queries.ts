// Reading recap layers: the recaps' texts shown on an item, and the talks a recap covers.
import type { RecapLayer } from '../../../../electron/common/library-records';
import type { DebriefDatabase } from '../db/database';

/** A recap's text on an item, with the recap's name and author for its heading. */
export interface ItemLayer {
  layer: RecapLayer;
  recapTitle: string;
  recapAuthor?: string;
}

/**
 * The recaps' texts shown beside an item's own: layers attached to it that are not its own text
 * (a recap's own talk shows its layer as the body) and not removed, by recap title.
 */
export async function listItemLayers(database: DebriefDatabase, itemId: string): Promise<ItemLayer[]> {
  return (await listLayersOn(database, [itemId])).filter((entry) => !entry.layer.ownItem);
}

/**
 * The recaps' texts on these items, a recap's own talks' text included, not removed and of recaps
 * not removed, by recap title.
 */
export async function listLayersOn(database: DebriefDatabase, itemIds: readonly string[]): Promise<ItemLayer[]> {
  return database.transaction('r', [database.recapLayers, database.recaps], async () => {
    const layers = (await database.recapLayers.where('itemId').anyOf(itemIds).toArray()).filter(
      (layer) => layer.removed === 0,
    );
    const recaps = await database.recaps.bulkGet([...new Set(layers.map((layer) => layer.recapId))]);
    const byId = new Map(recaps.flatMap((recap) => (recap && !recap.removedAt ? [[recap.id, recap] as const] : [])));
    return layers
      .flatMap((layer) => {
        const recap = byId.get(layer.recapId);
        if (!recap) return [];
        return [{ layer, recapTitle: recap.title, ...(recap.author ? { recapAuthor: recap.author } : {}) }];
      })
      .sort((a, b) => a.recapTitle.localeCompare(b.recapTitle) || a.layer.id.localeCompare(b.layer.id));
  });
}

/** The talks a recap covers (its layers not removed), in the order they are in its files. */
export async function listRecapLayers(database: DebriefDatabase, recapId: string): Promise<RecapLayer[]> {
  const layers = await database.recapLayers.where('recapId').equals(recapId).toArray();
  const fileOrder = new Map((await database.recaps.get(recapId))?.files.map((file, index) => [file, index]) ?? []);
  return layers
    .filter((layer) => layer.removed === 0)
    .sort(
      (a, b) =>
        (fileOrder.get(a.file) ?? Infinity) - (fileOrder.get(b.file) ?? Infinity) ||
        a.file.localeCompare(b.file) ||
        a.line - b.line,
    );
}
