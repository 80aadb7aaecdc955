// The search index in IndexedDB: saved in `meta` under a key stamped with the content hash and
// the index options version, loaded on start, and rebuilt from the database only when either
// changed (or the saved copy cannot be read). User records are synced after loading, so edits
// made since the last save are never missing.
import { liveQuery } from 'dexie';
import { wellFormed } from '../../../../electron/common/damaged-records';
import type { ActionItem, Annotation } from '../../../../electron/common/user-records';
import type { DebriefDatabase } from '../db/database';
import { indexOptionsVersion } from './index-options';
import type { PackedIndex } from './index-codec';
import { SearchIndex, type IndexableSession, type SerializedIndex, type SyncChanges } from './search-index';

/** The `meta` key the content hash is stored under by seeding. */
export const contentHashKey = 'contentHash';

/** Every saved index key starts with this; older ones are deleted when a new one is saved. */
export const savedIndexKeyPrefix = 'search-index:';

/** The `meta` key of the index for a content hash under this options version. */
export function savedIndexKey(contentHash: string): string {
  return `${savedIndexKeyPrefix}v${indexOptionsVersion}:${contentHash}`;
}

/** How an index came to be, and how long each step took (milliseconds). */
export interface OpenedIndex {
  index: SearchIndex;
  contentHash: string;
  source: 'saved' | 'built';
  /** Why a saved index was not used, when one was there but unreadable. */
  rebuildReason?: string;
  phases: Record<string, number>;
}

/** The saved index of the content the database holds, read ahead of need. */
export interface SavedIndex {
  contentHash: string;
  index?: SearchIndex;
  problem?: string;
  phases: Record<string, number>;
}

/** The hash of the content seeding last stored, or '' before the first seeding. */
export async function storedContentHash(database: DebriefDatabase): Promise<string> {
  const record = await database.meta.get(contentHashKey);
  return typeof record?.value === 'string' ? record.value : '';
}

/** The head record of a saved index: everything but its parts, and how many parts of each kind there are. */
interface SavedHead extends Omit<SerializedIndex, 'packed'> {
  head: PackedIndex['head'];
  documentParts: number;
  postingParts: number;
}

function partKeys(key: string, head: Pick<SavedHead, 'documentParts' | 'postingParts'>): string[] {
  return [
    ...Array.from({ length: head.documentParts }, (_, part) => `${key}:documents:${part}`),
    `${key}:tree`,
    ...Array.from({ length: head.postingParts }, (_, part) => `${key}:postings:${part}`),
  ];
}

/** Reads and parses the saved index for the content the database holds now, if there is one. */
export async function loadSavedIndex(database: DebriefDatabase): Promise<SavedIndex> {
  let started = performance.now();
  const contentHash = await storedContentHash(database);
  const key = savedIndexKey(contentHash);
  const [saved, parts] = await database.transaction('r', database.meta, async () => {
    const head = (await database.meta.get(key))?.value as SavedHead | undefined;
    if (!head) return [undefined, []] as const;
    const keys = partKeys(key, {
      documentParts: Number(head.documentParts) || 0,
      postingParts: Number(head.postingParts) || 0,
    });
    return [head, await database.meta.bulkGet(keys)] as const;
  });
  const phases: Record<string, number> = { readMs: performance.now() - started };
  if (!saved) return { contentHash, phases };
  started = performance.now();
  try {
    const values = parts.map((part) => part?.value);
    const documentParts = Number(saved.documentParts) || 0;
    const packed = {
      head: saved.head,
      documents: values.slice(0, documentParts),
      tree: values[documentParts],
      postings: values.slice(documentParts + 1),
    } as PackedIndex;
    const index = SearchIndex.load({
      optionsVersion: saved.optionsVersion,
      records: saved.records,
      sessions: saved.sessions,
      packed,
    });
    return { contentHash, index, phases: { ...phases, parseMs: performance.now() - started } };
  } catch (error) {
    return { contentHash, problem: error instanceof Error ? error.message : String(error), phases };
  }
}

/**
 * Opens the index for the content the database holds now: the saved one (`preloaded` when it
 * was read for this same content before seeding finished), or a new one built from the
 * database, which the caller then saves. User records are synced either way.
 */
export async function openSearchIndex(database: DebriefDatabase, preloaded?: SavedIndex): Promise<OpenedIndex> {
  const contentHash = await storedContentHash(database);
  const saved = preloaded?.contentHash === contentHash ? preloaded : await loadSavedIndex(database);
  if (saved.index) {
    const started = performance.now();
    await syncFromDatabase(database, saved.index);
    const phases = { ...saved.phases, syncMs: performance.now() - started };
    return { index: saved.index, contentHash, source: 'saved', phases };
  }
  const started = performance.now();
  const index = await buildSearchIndex(database);
  const phases = { ...saved.phases, buildMs: performance.now() - started };
  return { index, contentHash, source: 'built', rebuildReason: saved.problem, phases };
}

/** Builds an index from every item, annotation, action and star in the database. */
export async function buildSearchIndex(database: DebriefDatabase): Promise<SearchIndex> {
  // Sessions and recap talks come in with readSessions, which keeps them current.
  const items = (await database.items.toArray()).filter((item) => item.kind !== 'session' && !item.recapId);
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
  // A record damaged on disk would throw inside the index and take all of search down: skip it.
  return {
    annotations: wellFormed('annotations', annotations),
    actions: wellFormed('actions', actions),
    starred: starred as string[],
  };
}

/**
 * What the library brought in beside the bundled content: the sessions of imported schedules
 * (stamped by their schedule's last import, the only thing that changes a session), the talks of
 * the user's own recaps (stamped by their recap's), and every item recaps wrote notes on, with
 * those notes. Read apart from the user's records, so saving a note does not read them all again.
 */
export async function readSessions(database: DebriefDatabase): Promise<IndexableSession[]> {
  const tables = [database.items, database.schedules, database.recaps, database.recapLayers];
  return database.transaction('r', tables, async () => {
    const [sessions, recapTalks, schedules, recaps, layers] = await Promise.all([
      database.items.where('kind').equals('session').toArray(),
      database.items.where('recapId').above('').toArray(),
      database.schedules.toArray(),
      database.recaps.toArray(),
      database.recapLayers.toArray(),
    ]);
    const importedAt = new Map(schedules.map((schedule) => [schedule.id, schedule.updatedAt]));
    const recapStamp = new Map(recaps.map((recap) => [recap.id, `${recap.updatedAt}:${recap.removedAt ?? ''}`]));
    const liveRecaps = new Set(recaps.filter((recap) => !recap.removedAt).map((recap) => recap.id));
    // Removed layers stay listed (they are never deleted), so an item a recap stopped covering is
    // re-indexed without its text rather than dropped from the index.
    const layersOn = new Map<string, typeof layers>();
    for (const layer of layers) {
      if (layer.ownItem) continue;
      layersOn.set(layer.itemId, [...(layersOn.get(layer.itemId) ?? []), layer]);
    }
    const known = new Set([...sessions, ...recapTalks].map((item) => item.id));
    const covered = (await database.items.bulkGet([...layersOn.keys()].filter((id) => !known.has(id)))).filter(
      (item) => item !== undefined,
    );
    const withLayers = (item: (typeof sessions)[number], base: string): IndexableSession => {
      const on = (layersOn.get(item.id) ?? []).filter((layer) => layer.removed === 0 && liveRecaps.has(layer.recapId));
      const stamp = [base, ...on.map((layer) => `${layer.id}@${layer.updatedAt}`)].join('|');
      return { item, stamp, ...(on.length > 0 ? { layers: on.map((layer) => layer.body) } : {}) };
    };
    return [
      ...sessions.map((item) =>
        withLayers(item, `${importedAt.get(item.session?.scheduleId ?? '') ?? ''}:${item.removed}`),
      ),
      ...recapTalks.map((item) => withLayers(item, `${recapStamp.get(item.recapId ?? '') ?? ''}:${item.removed}`)),
      ...covered.map((item) => withLayers(item, `content:${item.removed}`)),
    ];
  });
}

/** Applies the user's records to the index; says what changed. */
export function applyUserRecords(index: SearchIndex, records: UserRecords): SyncChanges {
  index.setStarred(records.starred);
  return index.syncUserRecords(records.annotations, records.actions);
}

function sum(a: SyncChanges, b: SyncChanges): SyncChanges {
  return { added: a.added + b.added, updated: a.updated + b.updated, removed: a.removed + b.removed };
}

/**
 * Applies the sessions to the index, then the user's records last read (when there are any):
 * notes on a session that changed were marked stale and take its new title now.
 */
function applySessions(index: SearchIndex, sessions: IndexableSession[], records?: UserRecords): SyncChanges {
  const changes = index.syncSessions(sessions);
  return records ? sum(changes, applyUserRecords(index, records)) : changes;
}

/** Brings sessions, user records and stars in the index up to date with the database. */
export async function syncFromDatabase(database: DebriefDatabase, index: SearchIndex): Promise<void> {
  index.syncSessions(await readSessions(database));
  applyUserRecords(index, await readUserRecords(database));
}

/**
 * Keeps the index current while the app runs: Dexie liveQueries over annotations, actions and
 * stars, and over the sessions of imported schedules. liveQuery (rather than table hooks) sees
 * every committed write from any context — the main thread, this worker, another window — and
 * never a write whose transaction aborted. Each emission syncs only the records whose stamp changed.
 */
export function keepIndexCurrent(
  database: DebriefDatabase,
  index: SearchIndex,
  onChange: (changes: SyncChanges) => void,
  onError: (error: unknown) => void,
  /** Asked before the user's records are applied: false stops keeping the index current, from then on. */
  accept: (records: UserRecords) => boolean = () => true,
): () => void {
  let lastRecords: UserRecords | undefined;
  const stop = () => {
    records.unsubscribe();
    sessions.unsubscribe();
  };
  const records = liveQuery(() => readUserRecords(database)).subscribe({
    next: (read) => {
      if (!accept(read)) return stop();
      lastRecords = read;
      onChange(applyUserRecords(index, read));
    },
    error: onError,
  });
  const sessions = liveQuery(() => readSessions(database)).subscribe({
    // The user's records report every emission, the first one too; sessions only what they changed.
    next: (read) => {
      const changes = applySessions(index, read, lastRecords);
      if (changes.added + changes.updated + changes.removed > 0) onChange(changes);
    },
    error: onError,
  });
  return stop;
}

/**
 * Saves the index for a content hash, as a head record and its parts, and deletes whatever was
 * saved for other content or options. Does nothing when the content changed meanwhile, so a
 * slow save never stamps an index with a hash it was not built from.
 */
export async function saveSearchIndex(
  database: DebriefDatabase,
  contentHash: string,
  index: SearchIndex,
): Promise<void> {
  // Packed before the transaction: a transaction must not wait on anything but the database.
  const { packed, ...rest } = index.serialize();
  const key = savedIndexKey(contentHash);
  const head: SavedHead = {
    ...rest,
    head: packed.head,
    documentParts: packed.documents.length,
    postingParts: packed.postings.length,
  };
  const keys = partKeys(key, head);
  const records = [
    { key, value: head },
    ...[...packed.documents, packed.tree, ...packed.postings].map((value, part) => ({
      key: keys[part] as string,
      value,
    })),
  ];
  const keep = new Set(records.map((record) => record.key));
  await database.transaction('rw', database.meta, async () => {
    if ((await storedContentHash(database)) !== contentHash) return;
    const stale = (await database.meta.where('key').startsWith(savedIndexKeyPrefix).primaryKeys()).filter(
      (other) => !keep.has(other),
    );
    await database.meta.bulkDelete(stale);
    await database.meta.bulkPut(records);
  });
}
