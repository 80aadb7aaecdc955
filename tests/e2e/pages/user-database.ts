// Reads and writes the app's IndexedDB directly, as an earlier session (or a damaged disk) would
// have left it. For setting the scene and checking "nothing lost"; journeys still act through the UI.
import type { Page } from '@playwright/test';

/** The object stores of the `debrief` database. */
export type StoreName =
  'annotations' | 'actions' | 'itemStates' | 'meta' | 'items' | 'conferences' | 'schedules' | 'scheduleLinks';

/** Puts records into a store in one transaction. */
export async function putRecords(page: Page, store: StoreName, records: unknown[]): Promise<void> {
  await page.evaluate(
    async ({ store, records }) => {
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('debrief');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const transaction = database.transaction(store, 'readwrite');
      for (const record of records) transaction.objectStore(store).put(record);
      await new Promise((resolve, reject) => {
        transaction.oncomplete = resolve;
        transaction.onerror = () => reject(transaction.error);
      });
      database.close();
    },
    { store, records },
  );
}

/** Every record of a store. */
export async function readRecords<T = Record<string, unknown>>(page: Page, store: StoreName): Promise<T[]> {
  return page.evaluate(async (store) => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('debrief');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const records = await new Promise<unknown[]>((resolve, reject) => {
      const request = database.transaction(store).objectStore(store).getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    database.close();
    return records;
  }, store) as Promise<T[]>;
}

/** Empties a store. */
export async function clearStore(page: Page, store: StoreName): Promise<void> {
  await page.evaluate(async (store) => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('debrief');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const transaction = database.transaction(store, 'readwrite');
    transaction.objectStore(store).clear();
    await new Promise((resolve, reject) => {
      transaction.oncomplete = resolve;
      transaction.onerror = () => reject(transaction.error);
    });
    database.close();
  }, store);
}
