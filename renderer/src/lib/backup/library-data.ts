// The library's part of a backup: the conferences schedules and recaps brought, their sessions
// and talks, the recaps and their layers, the schedules and the links. Bundled conferences and
// items come with the app: they are never collected, and a restore never replaces them.
import {
  isLibraryItem,
  isUserConference,
  type LibraryData,
  type StoredItem,
} from '../../../../electron/common/library-records';
import type { DebriefDatabase } from '../db/database';
import { compare, merged, type RestoreCounts, type RestoreMode } from './restore-compare';

/** The tables the library lives in, for the backup's transactions. */
export function libraryTables(database: DebriefDatabase) {
  return [
    database.conferences,
    database.items,
    database.recaps,
    database.recapLayers,
    database.schedules,
    database.scheduleLinks,
  ];
}

/** The library as the database holds it. Call inside a transaction over `libraryTables`. */
export async function collectLibrary(database: DebriefDatabase): Promise<LibraryData> {
  const sessions = await database.items.where('kind').equals('session').toArray();
  // Only items with a recapId are in that index: a recap's own talks.
  const recapTalks = (await database.items.orderBy('recapId').toArray()).filter((item) => item.kind !== 'session');
  return {
    conferences: (await database.conferences.toArray()).filter(isUserConference),
    items: [...sessions, ...recapTalks].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    recaps: await database.recaps.toArray(),
    recapLayers: await database.recapLayers.toArray(),
    schedules: await database.schedules.toArray(),
    scheduleLinks: await database.scheduleLinks.toArray(),
  };
}

const keys = {
  conferences: (r: { id: string }) => r.id,
  items: (r: { id: string }) => r.id,
  recaps: (r: { id: string }) => r.id,
  recapLayers: (r: { id: string }) => r.id,
  schedules: (r: { id: string }) => r.id,
  scheduleLinks: (r: { itemId: string }) => r.itemId,
} as const;

/** What restoring `incoming`'s library would do, all its kinds of record counted together. */
export function compareLibrary(
  current: LibraryData | undefined,
  incoming: LibraryData | undefined,
  mode: RestoreMode,
): RestoreCounts {
  const total: RestoreCounts = { added: 0, changed: 0, removed: 0, unchanged: 0 };
  // A version 1 backup says nothing of the library: restoring it changes none.
  if (!incoming) return total;
  for (const table of Object.keys(keys) as (keyof LibraryData)[]) {
    const keyOf = keys[table] as (record: object) => string;
    const counts = compare<object>(current?.[table] ?? [], incoming[table], keyOf, mode);
    total.added += counts.added;
    total.changed += counts.changed;
    total.removed += counts.removed;
    total.unchanged += counts.unchanged;
  }
  return total;
}

/**
 * Puts the backup's library in, inside the restore's transaction. Replace removes the library
 * records the backup lacks (never bundled ones); merge keeps whichever side was updated last
 * (records without a time take the backup's). A record that would overwrite a bundled conference
 * or item is left out: bundled content is the app's, not the backup's.
 */
export async function applyLibrary(database: DebriefDatabase, incoming: LibraryData, mode: RestoreMode): Promise<void> {
  const current = await collectLibrary(database);
  const conferences = incoming.conferences.filter(isUserConference);
  const bundledIds = new Set(
    (await database.items.bulkGet(incoming.items.map((item) => item.id))).flatMap((item) =>
      item && !isLibraryItem(item) ? [item.id] : [],
    ),
  );
  const items = incoming.items.filter((item: StoredItem) => isLibraryItem(item) && !bundledIds.has(item.id));
  const bundledConferences = new Set(
    (await database.conferences.bulkGet(conferences.map((c) => c.id))).flatMap((c) =>
      c && !isUserConference(c) ? [c.id] : [],
    ),
  );
  const ownConferences = conferences.filter((c) => !bundledConferences.has(c.id));
  if (mode === 'replace') {
    await database.conferences.bulkDelete(current.conferences.map((c) => c.id));
    await database.items.bulkDelete(current.items.map((item) => item.id));
    await database.recaps.clear();
    await database.recapLayers.clear();
    await database.schedules.clear();
    await database.scheduleLinks.clear();
    await database.conferences.bulkAdd(ownConferences);
    await database.items.bulkAdd(items);
    await database.recaps.bulkAdd(incoming.recaps);
    await database.recapLayers.bulkAdd(incoming.recapLayers);
    await database.schedules.bulkAdd(incoming.schedules);
    await database.scheduleLinks.bulkAdd(incoming.scheduleLinks);
    return;
  }
  await database.conferences.bulkPut(merged(current.conferences, ownConferences, keys.conferences));
  await database.items.bulkPut(merged(current.items, items, keys.items));
  await database.recaps.bulkPut(merged(current.recaps, incoming.recaps, keys.recaps));
  await database.recapLayers.bulkPut(merged(current.recapLayers, incoming.recapLayers, keys.recapLayers));
  await database.schedules.bulkPut(merged(current.schedules, incoming.schedules, keys.schedules));
  await database.scheduleLinks.bulkPut(merged(current.scheduleLinks, incoming.scheduleLinks, keys.scheduleLinks));
}
