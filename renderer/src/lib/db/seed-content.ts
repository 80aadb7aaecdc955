// Puts the content bundle into the database when its hash changed, in one transaction.
// User records (annotations, actions, item states) are not touched; items the new content no
// longer has are kept and marked removed, so the user's notes on them still show.
import type { ContentBundle } from '../../../../electron/common/domain';
import { isLibraryItem } from '../../../../electron/common/library-records';
import type { DebriefDatabase, StoredItem } from './database';

const contentHashKey = 'contentHash';

/**
 * Items written per `bulkPut`. One call for the whole bundle copies every item in a single
 * main-thread task (seconds at 100,000 items); chunks of this size, awaited in the same
 * transaction, let the window paint and answer input between them.
 */
export const seedChunkSize = 1000;

/** What seeding did: whether anything changed, and how many items were added, updated and removed. */
export interface SeedResult {
  changed: boolean;
  added: number;
  updated: number;
  removed: number;
}

/** Seeds conferences and items from the bundle; does nothing when the stored hash equals the bundle's. */
export async function seedContent(database: DebriefDatabase, bundle: ContentBundle): Promise<SeedResult> {
  return database.transaction('rw', [database.conferences, database.items, database.meta], async () => {
    const stored = await database.meta.get(contentHashKey);
    if (stored?.value === bundle.hash) return { changed: false, added: 0, updated: 0, removed: 0 };

    // Sessions and recap talks come from what the user imported, not from the content: a content update never removes them.
    const existingIds = new Set(
      (await database.items.filter((item) => !isLibraryItem(item)).primaryKeys()) as string[],
    );
    const incoming: StoredItem[] = bundle.items.map((item) => ({ ...item, removed: 0 }));
    const incomingIds = new Set(incoming.map((item) => item.id));
    const vanished = [...existingIds].filter((id) => !incomingIds.has(id));

    await database.conferences.bulkPut(bundle.conferences);
    for (let start = 0; start < incoming.length; start += seedChunkSize) {
      await database.items.bulkPut(incoming.slice(start, start + seedChunkSize));
    }
    if (vanished.length > 0) {
      await database.items.where('id').anyOf(vanished).modify({ removed: 1 });
    }
    await database.meta.put({ key: contentHashKey, value: bundle.hash });
    const updated = incoming.filter((item) => existingIds.has(item.id)).length;
    return { changed: true, added: incoming.length - updated, updated, removed: vanished.length };
  });
}
