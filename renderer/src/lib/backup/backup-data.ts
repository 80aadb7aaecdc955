// Reads the user's records out of the database for a backup, and puts a backup back: previewed
// first, then applied all-or-nothing in one transaction.
import type { BackupData } from '../../../../electron/common/backup-format';
import { sortOutDamaged } from '../../../../electron/common/damaged-records';
import type { DebriefDatabase } from '../db/database';

/** Meta keys that are settings (and so go into backups); other meta records are caches. */
export const settingPrefix = 'setting:';

/** How a restore treats records the database has and the backup does not. */
export type RestoreMode = 'merge' | 'replace';

/** What a restore would do to one kind of record. */
export interface RestoreCounts {
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
}

/** What a restore would do, per kind of record. */
export interface RestorePreview {
  annotations: RestoreCounts;
  actions: RestoreCounts;
  itemStates: RestoreCounts;
  settings: RestoreCounts;
}

/**
 * Every record the user made, read in one transaction so the snapshot is consistent. Records that
 * do not have their type's shape go to `damaged` as they were stored: a backup that refused them
 * would leave every good record without a backup.
 */
export function collectBackupData(database: DebriefDatabase): Promise<BackupData> {
  return database.transaction(
    'r',
    [database.annotations, database.actions, database.itemStates, database.meta],
    async () => {
      const annotations = sortOutDamaged('annotations', await database.annotations.toArray());
      const actions = sortOutDamaged('actions', await database.actions.toArray());
      const itemStates = sortOutDamaged('itemStates', await database.itemStates.toArray());
      const damaged = [...annotations.damaged, ...actions.damaged, ...itemStates.damaged];
      return {
        annotations: annotations.good,
        actions: actions.good,
        itemStates: itemStates.good,
        settings: await database.meta.where('key').startsWith(settingPrefix).toArray(),
        ...(damaged.length > 0 ? { damaged } : {}),
      };
    },
  );
}

function compare<T extends object>(
  current: T[],
  incoming: T[],
  keyOf: (record: T) => string,
  mode: RestoreMode,
): RestoreCounts {
  const existing = new Map(current.map((record) => [keyOf(record), record]));
  const counts: RestoreCounts = { added: 0, changed: 0, removed: 0, unchanged: 0 };
  const incomingKeys = new Set<string>();
  for (const record of incoming) {
    const key = keyOf(record);
    incomingKeys.add(key);
    const mine = existing.get(key);
    if (!mine) counts.added++;
    else if (JSON.stringify(mine) === JSON.stringify(record)) counts.unchanged++;
    else if (mode === 'replace' || isNewer(record, mine)) counts.changed++;
    else counts.unchanged++;
  }
  if (mode === 'replace') counts.removed = current.filter((record) => !incomingKeys.has(keyOf(record))).length;
  return counts;
}

// Merge keeps whichever side was updated last; records without a time (settings) take the backup's.
function isNewer(incoming: object, mine: object): boolean {
  const theirs = (incoming as { updatedAt?: string }).updatedAt;
  const ours = (mine as { updatedAt?: string }).updatedAt;
  if (!theirs || !ours) return true;
  // As times, not text: the same instant can be written with different offsets.
  return Date.parse(theirs) > Date.parse(ours);
}

/** Says what restoring `incoming` over `current` would add, change and remove. Changes nothing. */
export function previewRestore(current: BackupData, incoming: BackupData, mode: RestoreMode): RestorePreview {
  return {
    annotations: compare(current.annotations, incoming.annotations, (r) => r.id, mode),
    actions: compare(current.actions, incoming.actions, (r) => r.id, mode),
    itemStates: compare(current.itemStates, incoming.itemStates, (r) => r.itemId, mode),
    settings: compare(current.settings, incoming.settings, (r) => r.key, mode),
  };
}

function merged<T extends object>(current: T[], incoming: T[], keyOf: (record: T) => string): T[] {
  const existing = new Map(current.map((record) => [keyOf(record), record]));
  return incoming.filter((record) => {
    const mine = existing.get(keyOf(record));
    return !mine || isNewer(record, mine);
  });
}

/**
 * Restores a backup in one read-write transaction: any failure (quota, a bad record, a crash)
 * rolls everything back and the data stays exactly as it was.
 */
export async function applyRestore(database: DebriefDatabase, incoming: BackupData, mode: RestoreMode): Promise<void> {
  const tables = [database.annotations, database.actions, database.itemStates, database.meta];
  await database.transaction('rw', tables, async () => {
    if (mode === 'replace') {
      await database.annotations.clear();
      await database.actions.clear();
      await database.itemStates.clear();
      await database.meta.where('key').startsWith(settingPrefix).delete();
      await database.annotations.bulkAdd(incoming.annotations);
      await database.actions.bulkAdd(incoming.actions);
      await database.itemStates.bulkAdd(incoming.itemStates);
      await database.meta.bulkPut(incoming.settings);
      return;
    }
    const current = await collectBackupData(database);
    await database.annotations.bulkPut(merged(current.annotations, incoming.annotations, (r) => r.id));
    await database.actions.bulkPut(merged(current.actions, incoming.actions, (r) => r.id));
    await database.itemStates.bulkPut(merged(current.itemStates, incoming.itemStates, (r) => r.itemId));
    await database.meta.bulkPut(incoming.settings);
  });
}
