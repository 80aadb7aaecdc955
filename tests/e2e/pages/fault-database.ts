// The `debrief` IndexedDB database as raw IndexedDB sees it, without Dexie and without creating it
// when it is not there: for setting up damaged or foreign databases and for checking, after a
// fault, exactly what is on disk.
import type { Page } from '@playwright/test';
import { schemaVersions } from '../../../renderer/src/lib/db/database';

/** Everything in the database: its IndexedDB version, its stores with their indexes, every record. */
export interface DatabaseContents {
  version: number;
  stores: { name: string; keyPath: string | string[] | null; indexes: string[]; records: unknown[] }[];
}

/** An index to create: a bare name is an index on the field of that name. */
export type IndexLayout = string | { name: string; keyPath?: string | string[]; multiEntry?: true; unique?: true };

/** An object store to create: its key path, indexes and records. */
export interface StoreLayout {
  name: string;
  keyPath: string | string[];
  indexes?: IndexLayout[];
  records?: unknown[];
}

/**
 * One part of a Dexie schema string as Dexie reads it: `*tags` is multi-entry, `&email` unique,
 * `[itemId+device]` a compound key path named as written.
 */
function readSchemaPart(part: string): { name: string; keyPath: string | string[]; multiEntry?: true; unique?: true } {
  const multiEntry = part.startsWith('*');
  const unique = part.startsWith('&');
  const name = multiEntry || unique ? part.slice(1) : part;
  const compound = /^\[(.+)\]$/.exec(name);
  const keyPath = compound ? compound[1]!.split('+').map((field) => field.trim()) : name;
  return { name, keyPath, ...(multiEntry ? { multiEntry: true } : {}), ...(unique ? { unique: true } : {}) };
}

/**
 * The stores the app's schema declares at `version` (Dexie's `version(n).stores()` strings, read
 * the way Dexie reads them), with `records` in them: a database as that version of Debrief left it.
 */
export function storesAtSchemaVersion(version: number, records: Record<string, unknown[]> = {}): StoreLayout[] {
  const declared = new Map<string, string>();
  for (const step of schemaVersions.filter((step) => step.version <= version)) {
    for (const [name, spec] of Object.entries(step.stores)) {
      if (spec === null) declared.delete(name);
      else declared.set(name, spec);
    }
  }
  return [...declared].map(([name, spec]) => {
    const [primaryKey, ...indexes] = spec.split(',').map((part) => part.trim());
    if (!primaryKey || /^[+&*]/.test(primaryKey)) {
      throw new Error(`storesAtSchemaVersion cannot read the primary key of "${name}: ${spec}"`);
    }
    return {
      name,
      keyPath: readSchemaPart(primaryKey).keyPath,
      indexes: indexes.map(readSchemaPart),
      records: records[name] ?? [],
    };
  });
}

/** Reads the whole `debrief` database, or undefined when there is none (and does not create one). */
export function readDatabase(page: Page): Promise<DatabaseContents | undefined> {
  return page.evaluate(async () => {
    const database = await new Promise<IDBDatabase | undefined>((resolve, reject) => {
      const request = indexedDB.open('debrief');
      request.onupgradeneeded = (event) => {
        if (event.oldVersion === 0) request.transaction?.abort();
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = (event) => {
        if (request.error?.name !== 'AbortError') return reject(request.error);
        event.preventDefault();
        resolve(undefined);
      };
    });
    if (!database) return undefined;
    const names = [...database.objectStoreNames].sort();
    const stores: DatabaseContents['stores'] = [];
    if (names.length > 0) {
      const transaction = database.transaction(names);
      for (const name of names) {
        const store = transaction.objectStore(name);
        const records = await new Promise<unknown[]>((resolve, reject) => {
          const request = store.getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        stores.push({ name, keyPath: store.keyPath, indexes: [...store.indexNames].sort(), records });
      }
    }
    const contents = { version: database.version, stores };
    database.close();
    return contents;
  });
}

/** The records of one store in `contents` (empty when the store is absent). */
export function recordsOf<T = Record<string, unknown>>(contents: DatabaseContents | undefined, store: string): T[] {
  return (contents?.stores.find((s) => s.name === store)?.records ?? []) as T[];
}

/**
 * Creates the `debrief` database at an IndexedDB `version` with exactly these stores and records,
 * as another (older, newer or broken) Debrief would have left it. There must be no database yet.
 */
export async function createDatabase(page: Page, version: number, layout: StoreLayout[]): Promise<void> {
  await page.evaluate(
    async ({ version, layout }) => {
      await new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('debrief', version);
        request.onupgradeneeded = (event) => {
          if (event.oldVersion !== 0) {
            request.transaction?.abort();
            return;
          }
          for (const { name, keyPath, indexes = [], records = [] } of layout) {
            const store = request.result.createObjectStore(name, { keyPath });
            for (const index of indexes) {
              if (typeof index === 'string') store.createIndex(index, index);
              else {
                store.createIndex(index.name, index.keyPath ?? index.name, {
                  multiEntry: index.multiEntry ?? false,
                  unique: index.unique ?? false,
                });
              }
            }
            for (const record of records) store.put(record);
          }
        };
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(new Error(`could not create the database: ${String(request.error)}`));
      });
    },
    { version, layout },
  );
}
