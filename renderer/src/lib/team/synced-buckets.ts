// What the team folder last said of each shared record (SyncedRecord), kept in a fixed number of
// buckets rather than one IndexedDB record each: a join applies thousands of records, and writing
// a synced copy beside each one doubled what IndexedDB stored one record at a time (~0.1 ms each).
// A bucket holds the records whose key hashes to it; a step rewrites only the buckets it touched.
import type { Table, Transaction } from 'dexie';
import type { SyncedRecord } from './team-records';

/** How many buckets the synced records are spread over: ~16 of 4,000, ~200 of 50,000 in each. */
export const syncedBucketCount = 256;

/** One bucket: its records by key. */
export interface SyncedBucket {
  bucket: number;
  records: Record<string, SyncedRecord>;
}

type Buckets = Table<SyncedBucket, number>;

/** The bucket a record's key goes in (FNV-1a: stable across versions and devices). */
export function bucketOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < key.length; index++) {
    hash ^= key.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % syncedBucketCount;
}

/** Every synced record, by key. */
export async function readAllSynced(buckets: Buckets): Promise<Map<string, SyncedRecord>> {
  const all = new Map<string, SyncedRecord>();
  for (const bucket of await buckets.toArray()) {
    for (const [key, record] of Object.entries(bucket.records)) all.set(key, record);
  }
  return all;
}

/** The synced records of these keys, in order (undefined where the folder has none). */
export async function readSynced(buckets: Buckets, keys: readonly string[]): Promise<(SyncedRecord | undefined)[]> {
  const numbers = [...new Set(keys.map(bucketOf))];
  const found = new Map(numbers.map((number, index) => [number, index]));
  const read = await buckets.bulkGet(numbers);
  return keys.map((key) => read[found.get(bucketOf(key))!]?.records[key]);
}

/** Stores `puts` and removes `deletes` (by key), rewriting only the buckets they fall in. */
export async function writeSynced(
  buckets: Buckets,
  puts: readonly SyncedRecord[],
  deletes: Iterable<string> = [],
): Promise<void> {
  const touched = new Map<number, { puts: SyncedRecord[]; deletes: string[] }>();
  const at = (key: string) => {
    const number = bucketOf(key);
    let entry = touched.get(number);
    if (!entry) touched.set(number, (entry = { puts: [], deletes: [] }));
    return entry;
  };
  for (const record of puts) at(record.key).puts.push(record);
  for (const key of deletes) at(key).deletes.push(key);
  if (touched.size === 0) return;
  const numbers = [...touched.keys()];
  const read = await buckets.bulkGet(numbers);
  const next = numbers.map((number, index): SyncedBucket => {
    const records = { ...read[index]?.records };
    const { puts: added, deletes: removed } = touched.get(number)!;
    for (const key of removed) delete records[key];
    for (const record of added) records[record.key] = record;
    return { bucket: number, records };
  });
  await buckets.bulkPut(next);
}

/** Schema version 6's upgrade: version 5's one-record-each `syncedRecords` go into buckets. */
export async function upgradeSyncedRecordsToBuckets(transaction: Transaction): Promise<void> {
  const old = (await transaction.table('syncedRecords').toArray()) as SyncedRecord[];
  await writeSynced(transaction.table('syncedBuckets') as Buckets, old);
}
