// The renderer's database: the content the main process hands over, and the user's own records.
// Every schema version lives here. A published version is never edited: a change adds version(n+1)
// with an upgrade(), tested from a database made by the version before.
import Dexie, { type EntityTable, type PromiseExtended, type Table, type Transaction } from 'dexie';
import type {
  RecapLayer,
  RecapSource,
  StoredConference,
  StoredItem,
  StoredSchedule,
} from '../../../../electron/common/library-records';
import type { ActionItem, Annotation, ItemState, ScheduleLink } from '../../../../electron/common/user-records';
import { upgradeSyncedRecordsToBuckets, type SyncedBucket } from '../team/synced-buckets';
import type { OwnChange, TeammateMarks } from '../team/team-records';
import { upgradeRecapsToLibrary } from './upgrade-v4';

export type { StoredConference, StoredItem, StoredSchedule } from '../../../../electron/common/library-records';

/** A key/value record: content hash, saved search index, settings. */
export interface MetaRecord {
  key: string;
  value: unknown;
}

/** A recap the user imported, as stored (the name earlier code used; the record is a `RecapSource`). */
export type StoredRecap = RecapSource;

/** The name of the IndexedDB database. Changing it would lose every user's data. */
export const databaseName = 'debrief';

/** The newest schema version this build declares; raise it with every `version(n)` added below. */
export const latestSchemaVersion = 6;

/**
 * Every schema version, oldest first. Tests build a database at any earlier version from this
 * list to prove the next version's upgrade. Versions 2, 3 and 5 only add tables and an index, so they need no upgrade().
 * Version 6 moves one table's records into another and deletes it.
 */
export const schemaVersions: {
  version: number;
  /** Each table's Dexie schema; null deletes the table (after the upgrade has read it). */
  stores: Record<string, string | null>;
  upgrade?: (transaction: Transaction) => Promise<void>;
}[] = [
  {
    version: 1,
    stores: {
      conferences: 'id',
      items: 'id, conferenceId, kind, day, removed',
      annotations: 'id, itemId, kind, updatedAt, deletedAt, *tags',
      actions: 'id, itemId, status, due, updatedAt, deletedAt, *tags',
      itemStates: 'itemId',
      meta: 'key',
    },
  },
  // Recaps the user imported from their own Markdown or text files.
  { version: 2, stores: { recaps: 'id, conferenceId, importedAt' } },
  // Imported schedules, the recap talks' links to their sessions, and an index to find a
  // schedule's sessions among the items. Only adds tables and an index: no upgrade() needed.
  {
    version: 3,
    stores: {
      items: 'id, conferenceId, kind, day, removed, session.scheduleId',
      schedules: 'id, conferenceId',
      scheduleLinks: 'itemId, sessionId, status',
    },
  },
  // The library (issue 15): a recap is a source (one file, several, a folder) with one layer per
  // talk it covers, attached to the talk's item; talks nothing else has get an item of their own,
  // found by `recapId`. The upgrade turns each version 3 recap into a source, layers and items.
  {
    version: 4,
    stores: {
      items: 'id, conferenceId, kind, day, removed, session.scheduleId, recapId',
      recaps: 'id, conferenceId, importedAt',
      recapLayers: 'id, recapId, itemId',
    },
    upgrade: upgradeRecapsToLibrary,
  },
  // The team folder (issue 16): this device's own change log, what the folder last said of each
  // shared record, and teammates' stars, grades and attendance. Only adds tables.
  {
    version: 5,
    stores: {
      teamLog: 'seq',
      syncedRecords: 'key',
      teammateMarks: '[itemId+device], itemId',
    },
  },
  // What the folder last said of each shared record, in buckets instead of one record each: a
  // join writes a fraction of the records it did (see synced-buckets.ts).
  {
    version: 6,
    stores: { syncedRecords: null, syncedBuckets: 'bucket' },
    upgrade: upgradeSyncedRecordsToBuckets,
  },
];

/** Thrown when the database on disk was upgraded by a newer Debrief: this one must not touch it. */
export class NewerDatabaseError extends Error {
  constructor(readonly storedVersion: number) {
    super(
      `Your Debrief data was last opened by a newer version of Debrief (database version ${storedVersion}; this one knows up to ${latestSchemaVersion}). Update Debrief to open it — nothing was read or changed.`,
    );
    this.name = 'NewerDatabaseError';
  }
}

/** Debrief's IndexedDB database. */
export class DebriefDatabase extends Dexie {
  conferences!: EntityTable<StoredConference, 'id'>;
  items!: EntityTable<StoredItem, 'id'>;
  annotations!: EntityTable<Annotation, 'id'>;
  actions!: EntityTable<ActionItem, 'id'>;
  itemStates!: EntityTable<ItemState, 'itemId'>;
  meta!: EntityTable<MetaRecord, 'key'>;
  recaps!: EntityTable<RecapSource, 'id'>;
  recapLayers!: EntityTable<RecapLayer, 'id'>;
  schedules!: EntityTable<StoredSchedule, 'id'>;
  scheduleLinks!: EntityTable<ScheduleLink, 'itemId'>;
  teamLog!: EntityTable<OwnChange, 'seq'>;
  syncedBuckets!: Table<SyncedBucket, number>;
  teammateMarks!: Table<TeammateMarks, [string, string]>;

  constructor(name = databaseName) {
    // Strict durability: Chromium's default (relaxed) may lose a write the UI already called "Saved".
    super(name, { chromeTransactionDurability: 'strict' });
    for (const { version, stores, upgrade } of schemaVersions) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
  }

  /**
   * Opens the database, refusing one a newer Debrief has upgraded: Dexie would open it with this
   * build's older schema and could write records the newer one does not expect.
   */
  async openChecked(): Promise<void> {
    await this.open();
  }

  /**
   * Every open goes through the check, Dexie's own auto-open too: a live query that runs before
   * openChecked (the app's first render starts some) would otherwise open, and upgrade, a newer
   * database. Refused, the queries waiting on the open stay pending; the app shows why.
   */
  override open(): PromiseExtended<Dexie> {
    return Dexie.Promise.resolve(storedSchemaVersion(this.name)).then((stored) => {
      if (stored > latestSchemaVersion) throw new NewerDatabaseError(stored);
      return super.open();
    });
  }
}

/**
 * The schema version of the database on disk, read without upgrading or creating it (Dexie would
 * add this build's missing tables to a newer database, changing it). 0 when there is none.
 */
export function storedSchemaVersion(name: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onupgradeneeded = (event) => {
      // No database yet: do not create an empty one here; Dexie creates the real one.
      if (event.oldVersion === 0) request.transaction?.abort();
    };
    request.onsuccess = () => {
      const version = request.result.version;
      request.result.close();
      // Dexie stores version n as IndexedDB version n * 10.
      resolve(version / 10);
    };
    request.onerror = (event) => {
      if (request.error?.name === 'AbortError') {
        event.preventDefault();
        resolve(0);
      } else reject(request.error);
    };
  });
}

/** The one database instance the app uses. */
export const db = new DebriefDatabase();
