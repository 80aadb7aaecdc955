// The search index in IndexedDB: saved in `meta` under a key stamped with the content hash and
// the index options version, loaded on start, and rebuilt from the database only when either
// changed (or the saved copy cannot be read). User records are synced after loading, so edits
// made since the last save are never missing.
import { liveQuery } from 'dexie';
import type { ActionItem, Annotation } from '../../../../electron/common/user-records';
import type { DebriefDatabase } from '../db/database';
import { indexOptionsVersion } from './index-options';
import { SearchIndex, type SyncChanges } from './search-index';

/** The `meta` key the content hash is stored under by seeding. */
export const contentHashKey = 'contentHash';

/** Every saved index key starts with this; older ones are deleted when a new one is saved. */
export const savedIndexKeyPrefix = 'search-index:';

/** The `meta` key of the index for a content hash under this options version. */
export function savedIndexKey(contentHash: string): string {
  return `${savedIndexKeyPrefix}v${indexOptionsVersion}:${contentHash}`;
}

/** How an index came to be. */
export interface OpenedIndex {
  index: SearchIndex;
  contentHash: string;
  source: 'saved' | 'built';
  /** Why a saved index was not used, when one was there but unreadable. */
  rebuildReason?: string;
}

/** The hash of the content seeding last stored, or '' before the first seeding. */
export async function storedContentHash(database: DebriefDatabase): Promise<string> {
  const record = await database.meta.get(contentHashKey);
  return typeof record?.value === 'string' ? record.value : '';
}

/** Loads the saved index for the current content, or builds one (which the caller then saves); syncs user records. */
export async function openSearchIndex(database: DebriefDatabase): Promise<OpenedIndex> {
  const contentHash = await storedContentHash(database);
  const saved = await database.meta.get(savedIndexKey(contentHash));
  let rebuildReason: string | undefined;
  if (typeof saved?.value === 'string') {
    try {
      const index = SearchIndex.load(saved.value);
      await syncFromDatabase(database, index);
      return { index, contentHash, source: 'saved' };
    } catch (error) {
      rebuildReason = error instanceof Error ? error.message : String(error);
    }
  }
  // Saving is left to the caller: the index is usable before its serialized copy is written.
  const index = await buildSearchIndex(database);
  return { index, contentHash, source: 'built', rebuildReason };
}

/** Builds an index from every item, annotation, action and star in the database. */
export async function buildSearchIndex(database: DebriefDatabase): Promise<SearchIndex> {
  const items = await database.items.toArray();
  const index = SearchIndex.ofItems(items);
  await syncFromDatabase(database, index);
  return index;
}

/** The user's records the index holds: every annotation and action (deleted ones too), and the starred item ids. */
export interface UserRecords {
  annotations: Annotation[];
  actions: ActionItem[];
  starred: string[];
}

/** Reads the user's records in one read transaction. */
export async function readUserRecords(database: DebriefDatabase): Promise<UserRecords> {
  const [annotations, actions, starred] = await database.transaction(
    'r',
    [database.annotations, database.actions, database.itemStates],
    () =>
      Promise.all([
        database.annotations.toArray(),
        database.actions.toArray(),
        database.itemStates.filter((state) => state.starred).primaryKeys(),
      ]),
  );
  return { annotations, actions, starred: starred as string[] };
}

/** Applies the user's records to the index; says what changed. */
export function applyUserRecords(index: SearchIndex, records: UserRecords): SyncChanges {
  index.setStarred(records.starred);
  return index.syncUserRecords(records.annotations, records.actions);
}

/** Brings user records and stars in the index up to date with the database. */
export async function syncFromDatabase(database: DebriefDatabase, index: SearchIndex): Promise<void> {
  applyUserRecords(index, await readUserRecords(database));
}

/**
 * Keeps the index current while the app runs: a Dexie liveQuery over annotations, actions and
 * stars. liveQuery (rather than table hooks) sees every committed write from any context — the
 * main thread, this worker, another window — and never a write whose transaction aborted.
 * Each emission syncs only the records whose `updatedAt` changed.
 */
export function keepIndexCurrent(
  database: DebriefDatabase,
  index: SearchIndex,
  onChange: (changes: SyncChanges) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(() => readUserRecords(database)).subscribe({
    next: (records) => onChange(applyUserRecords(index, records)),
    error: onError,
  });
  return () => subscription.unsubscribe();
}

/**
 * Saves the index for a content hash and deletes indexes saved for other content or options.
 * Does nothing when the content changed meanwhile, so a slow save never stamps an index with
 * a hash it was not built from.
 */
export async function saveSearchIndex(
  database: DebriefDatabase,
  contentHash: string,
  index: SearchIndex,
): Promise<void> {
  // Serialized before the transaction: a transaction must not wait on anything but the database.
  const serialized = index.serialize();
  const key = savedIndexKey(contentHash);
  await database.transaction('rw', database.meta, async () => {
    if ((await storedContentHash(database)) !== contentHash) return;
    const older = (await database.meta.where('key').startsWith(savedIndexKeyPrefix).primaryKeys()).filter(
      (other) => other !== key,
    );
    await database.meta.bulkDelete(older);
    await database.meta.put({ key, value: serialized });
  });
}
