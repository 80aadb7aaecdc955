// The renderer's database: the content the main process hands over, and the user's own records.
// Every schema version lives here. A published version is never edited: a change adds version(n+1)
// with an upgrade(), tested from a database made by the version before.
import Dexie, { type EntityTable } from 'dexie';
import type { Conference, RecapItem } from '../../../../electron/common/domain';
import type { ActionItem, Annotation, ItemState } from '../../../../electron/common/user-records';

/** An item as stored: the content record, plus whether the latest content still has it. */
export interface StoredItem extends RecapItem {
  /** Set when a content update no longer has the item; its user records stay. 1 = removed (indexable). */
  removed: 0 | 1;
}

/** A key/value record: content hash, saved search index, settings. */
export interface MetaRecord {
  key: string;
  value: unknown;
}

/** The name of the IndexedDB database. Changing it would lose every user's data. */
export const databaseName = 'debrief';

/** Debrief's IndexedDB database. */
export class DebriefDatabase extends Dexie {
  conferences!: EntityTable<Conference, 'id'>;
  items!: EntityTable<StoredItem, 'id'>;
  annotations!: EntityTable<Annotation, 'id'>;
  actions!: EntityTable<ActionItem, 'id'>;
  itemStates!: EntityTable<ItemState, 'itemId'>;
  meta!: EntityTable<MetaRecord, 'key'>;

  constructor(name = databaseName) {
    // Strict durability: Chromium's default (relaxed) may lose a write the UI already called "Saved".
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({
      conferences: 'id',
      items: 'id, conferenceId, kind, day, removed',
      annotations: 'id, itemId, kind, updatedAt, deletedAt, *tags',
      actions: 'id, itemId, status, due, updatedAt, deletedAt, *tags',
      itemStates: 'itemId',
      meta: 'key',
    });
  }
}

/** The one database instance the app uses. */
export const db = new DebriefDatabase();
