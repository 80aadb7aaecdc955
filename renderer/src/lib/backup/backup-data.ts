// Reads the user's records out of the database for a backup, and puts a backup back: previewed
// first, then applied all-or-nothing in one transaction. A backup carries the library too (what
// the user imported); bundled content comes with the app and is never in a backup nor replaced.
import type { BackupData } from '../../../../electron/common/backup-format';
import { sortOutDamaged } from '../../../../electron/common/damaged-records';
import type { DebriefDatabase } from '../db/database';
import { applyLibrary, collectLibrary, compareLibrary, libraryTables } from './library-data';
import { compare, merged, type RestoreCounts, type RestoreMode } from './restore-compare';

export type { RestoreCounts, RestoreMode } from './restore-compare';

/** Meta keys that are settings (and so go into backups); other meta records are caches. */
export const settingPrefix = 'setting:';

/** What a restore would do, per kind of record. */
export interface RestorePreview {
  annotations: RestoreCounts;
  actions: RestoreCounts;
  itemStates: RestoreCounts;
  settings: RestoreCounts;
  /** Every record of the library together: conferences, sessions and talks, recaps, layers, schedules, links. */
  library: RestoreCounts;
}

/**
 * Every record the user made, read in one transaction so the snapshot is consistent. Records that
 * do not have their type's shape go to `damaged` as they were stored: a backup that refused them
 * would leave every good record without a backup.
 */
export function collectBackupData(database: DebriefDatabase): Promise<BackupData> {
  return database.transaction(
    'r',
    [database.annotations, database.actions, database.itemStates, database.meta, ...libraryTables(database)],
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
        library: await collectLibrary(database),
      };
    },
  );
}

/** Says what restoring `incoming` over `current` would add, change and remove. Changes nothing. */
export function previewRestore(current: BackupData, incoming: BackupData, mode: RestoreMode): RestorePreview {
  return {
    annotations: compare(current.annotations, incoming.annotations, (r) => r.id, mode),
    actions: compare(current.actions, incoming.actions, (r) => r.id, mode),
    itemStates: compare(current.itemStates, incoming.itemStates, (r) => r.itemId, mode),
    settings: compare(current.settings, incoming.settings, (r) => r.key, mode),
    library: compareLibrary(current.library, incoming.library, mode),
  };
}

/**
 * Restores a backup in one read-write transaction: any failure (quota, a bad record, a crash)
 * rolls everything back and the data stays exactly as it was.
 */
export async function applyRestore(database: DebriefDatabase, incoming: BackupData, mode: RestoreMode): Promise<void> {
  const tables = [
    database.annotations,
    database.actions,
    database.itemStates,
    database.meta,
    ...libraryTables(database),
  ];
  await database.transaction('rw', tables, async () => {
    // A version 1 backup has no library: the library stays as it is, in either mode.
    if (incoming.library) await applyLibrary(database, incoming.library, mode);
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
