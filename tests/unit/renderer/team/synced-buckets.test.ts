// The synced records' buckets: a record is found by its key wherever it hashed to, a write
// rewrites only the buckets it touched and keeps everything else in them, and a delete removes
// only what it names.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DebriefDatabase } from '../../../../renderer/src/lib/db/database';
import {
  bucketOf,
  readAllSynced,
  readSynced,
  syncedBucketCount,
  writeSynced,
} from '../../../../renderer/src/lib/team/synced-buckets';
import type { SyncedRecord } from '../../../../renderer/src/lib/team/team-records';

const record = (n: number, title = `Action ${n}`): SyncedRecord => ({
  key: `action/a${n}`,
  kind: 'action',
  recordId: `a${n}`,
  values: { title },
  createdBy: 'alicelaptop1',
});

let database: DebriefDatabase;
beforeEach(async () => {
  database = new DebriefDatabase(`buckets-${Math.random()}`);
  await database.openChecked();
});
afterEach(async () => {
  database.close();
  await database.delete();
});

describe('synced buckets', () => {
  it('spread keys over every bucket, the same way each time', () => {
    const buckets = new Set(Array.from({ length: 5_000 }, (_, n) => bucketOf(`annotation/n${n}`)));
    expect(buckets.size).toBe(syncedBucketCount);
    expect(bucketOf('action/a1')).toBe(bucketOf('action/a1'));
    expect([...buckets].every((bucket) => Number.isInteger(bucket) && bucket >= 0 && bucket < syncedBucketCount)).toBe(
      true,
    );
  });

  it('keep every record written, change only what a later write names, and remove only what is deleted', async () => {
    const many = Array.from({ length: 1_000 }, (_, n) => record(n));
    await writeSynced(database.syncedBuckets, many);
    expect((await readAllSynced(database.syncedBuckets)).size).toBe(1_000);

    // Same bucket as a1, and one elsewhere: only their buckets are rewritten.
    const neighbour = many.find((other) => other.key !== 'action/a1' && bucketOf(other.key) === bucketOf('action/a1'))!;
    const before = await database.syncedBuckets.toArray();
    await writeSynced(database.syncedBuckets, [record(1, 'Renamed')], ['action/a2']);
    const after = await database.syncedBuckets.toArray();
    const changed = after.filter((bucket, index) => JSON.stringify(bucket) !== JSON.stringify(before[index]));
    expect(changed.map((bucket) => bucket.bucket).sort()).toEqual(
      [...new Set([bucketOf('action/a1'), bucketOf('action/a2')])].sort(),
    );

    const [renamed, deleted, kept, absent] = await readSynced(database.syncedBuckets, [
      'action/a1',
      'action/a2',
      neighbour.key,
      'action/none',
    ]);
    expect(renamed?.values).toEqual({ title: 'Renamed' });
    expect(deleted).toBeUndefined();
    expect(kept).toEqual(neighbour);
    expect(absent).toBeUndefined();
    expect((await readAllSynced(database.syncedBuckets)).size).toBe(999);
  });
});
