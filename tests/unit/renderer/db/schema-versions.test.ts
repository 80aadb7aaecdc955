// The schema's versions: a fresh database opens at the latest version, and a database a newer
// Debrief upgraded is refused untouched. Each future version(n+1) gets its upgrade test here,
// from a database made by version n with real records in it.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  DebriefDatabase,
  latestSchemaVersion,
  NewerDatabaseError,
  schemaVersions,
  storedSchemaVersion,
} from '../../../../renderer/src/lib/db/database';
import { readAllSynced, syncedBucketCount } from '../../../../renderer/src/lib/team/synced-buckets';
import type { SyncedRecord } from '../../../../renderer/src/lib/team/team-records';

describe('schema versions', () => {
  it('open a fresh database at the latest version with every table', async () => {
    const database = new DebriefDatabase(`fresh-${Math.random()}`);
    await database.openChecked();
    expect(database.verno).toBe(latestSchemaVersion);
    expect(database.tables.map((t) => t.name).sort()).toEqual(
      [
        'actions',
        'annotations',
        'conferences',
        'itemStates',
        'items',
        'meta',
        'recapLayers',
        'recaps',
        'scheduleLinks',
        'schedules',
        'syncedBuckets',
        'teamLog',
        'teammateMarks',
      ].sort(),
    );
    await database.delete();
  });

  it('refuse a database a newer Debrief upgraded, and leave its data as it was', async () => {
    const name = `newer-${Math.random()}`;
    const future = new Dexie(name);
    future.version(latestSchemaVersion + 1).stores({ annotations: 'id, itemId, colour', newThings: 'id' });
    await future.open();
    await future.table('annotations').put({ id: 'n1', itemId: 'x', colour: 'teal' });
    future.close();

    const database = new DebriefDatabase(name);
    const failure = await database.openChecked().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(NewerDatabaseError);
    expect((failure as Error).message).toMatch(/newer version of Debrief .*nothing was read or changed/);
    expect(database.isOpen()).toBe(false);

    const again = new Dexie(name);
    await again.open();
    expect(again.verno).toBe(latestSchemaVersion + 1);
    expect(await again.table('annotations').toArray()).toEqual([{ id: 'n1', itemId: 'x', colour: 'teal' }]);
    again.close();
    await Dexie.delete(name);
  });

  it('read the version on disk without creating a database', async () => {
    const name = `absent-${Math.random()}`;
    expect(await storedSchemaVersion(name)).toBe(0);
    expect(await Dexie.exists(name)).toBe(false);
  });
});

describe('upgrades', () => {
  it('version 6 moves every synced record of a version 5 database into buckets, and keeps the rest', async () => {
    const name = `upgrade-${Math.random()}`;
    const v5 = new Dexie(name);
    for (const { version, stores } of schemaVersions.filter((v) => v.version <= 5)) v5.version(version).stores(stores);
    await v5.open();
    const synced: SyncedRecord[] = Array.from({ length: 600 }, (_, n) => ({
      key: `action/a${n}`,
      kind: 'action',
      recordId: `a${n}`,
      values: { title: `Action ${n}`, status: 'open' },
      createdBy: n % 2 ? 'alicelaptop1' : 'bobsdevice01',
      ...(n === 7 ? { resend: ['title'] } : {}),
    }));
    const kept = {
      teamLog: [{ seq: 1, change: { id: 'bobsdevice01:1' } }],
      teammateMarks: [{ itemId: 'c/t', device: 'alicelaptop1', starred: true }],
      meta: [{ key: 'team.log', value: { device: 'bobsdevice01', seq: 1 } }],
    };
    await v5.table('syncedRecords').bulkAdd(synced);
    for (const [table, rows] of Object.entries(kept)) await v5.table(table).bulkAdd(rows);
    v5.close();

    const database = new DebriefDatabase(name);
    await database.openChecked();
    expect(database.tables.map((table) => table.name)).not.toContain('syncedRecords');
    const moved = await readAllSynced(database.syncedBuckets);
    expect([...moved.values()].sort((a, b) => a.key.localeCompare(b.key))).toEqual(
      [...synced].sort((a, b) => a.key.localeCompare(b.key)),
    );
    expect(await database.syncedBuckets.count()).toBeLessThanOrEqual(syncedBucketCount);
    for (const [table, rows] of Object.entries(kept))
      expect(await database.table(table).toArray(), table).toEqual(rows);
    await database.delete();
  });

  it('version 2 keeps every record a version 1 database had, and adds the imported recaps table', async () => {
    const name = `upgrade-${Math.random()}`;
    const stamp = '2024-05-18T10:00:00.000Z';
    const v1 = new Dexie(name);
    v1.version(1).stores(schemaVersions[0]!.stores);
    await v1.open();
    const records = {
      conferences: [{ id: 'c', name: 'C' }],
      items: [{ id: 'c/t', conferenceId: 'c', kind: 'talk', day: 1, removed: 0, title: 'T' }],
      annotations: [
        { id: 'n', itemId: 'c/t', kind: 'note', body: 'keep me', tags: ['x'], createdAt: stamp, updatedAt: stamp },
      ],
      actions: [
        {
          id: 'a',
          itemId: 'c/t',
          title: 'Do',
          notes: '',
          status: 'open',
          tags: [],
          createdAt: stamp,
          updatedAt: stamp,
        },
      ],
      itemStates: [{ itemId: 'c/t', starred: true, updatedAt: stamp }],
      meta: [{ key: 'setting:x', value: 1 }],
    };
    for (const [table, rows] of Object.entries(records)) await v1.table(table).bulkAdd(rows);
    v1.close();

    const database = new DebriefDatabase(name);
    await database.openChecked();
    expect(database.verno).toBe(latestSchemaVersion);
    for (const [table, rows] of Object.entries(records))
      expect(await database.table(table).toArray(), table).toEqual(rows);
    expect(await database.recaps.count()).toBe(0);
    await database.delete();
  });

  it('version 3 keeps every record a version 2 database had, and finds sessions by their schedule', async () => {
    const name = `upgrade-${Math.random()}`;
    const stamp = '2024-05-18T10:00:00.000Z';
    const v2 = new Dexie(name);
    for (const { version, stores } of schemaVersions.filter((v) => v.version <= 2)) v2.version(version).stores(stores);
    await v2.open();
    const records = {
      conferences: [{ id: 'c', name: 'C' }],
      items: [{ id: 'c/t', conferenceId: 'c', kind: 'talk', day: 1, removed: 0, title: 'T' }],
      annotations: [
        { id: 'n', itemId: 'c/t', kind: 'note', body: 'keep me', tags: ['x'], createdAt: stamp, updatedAt: stamp },
      ],
      itemStates: [{ itemId: 'c/t', starred: true, updatedAt: stamp }],
      recaps: [{ id: 'import-1', title: 'Mine', conferenceId: 'c', importedAt: stamp, sections: [] }],
      meta: [{ key: 'setting:x', value: 1 }],
    };
    for (const [table, rows] of Object.entries(records)) await v2.table(table).bulkAdd(rows);
    v2.close();

    // Opened at version 3 itself: version 4 turns the recaps into the library (tested below).
    const database = new Dexie(name);
    for (const { version, stores } of schemaVersions.filter((v) => v.version <= 3))
      database.version(version).stores(stores);
    await database.open();
    expect(database.verno).toBe(3);
    for (const [table, rows] of Object.entries(records))
      expect(await database.table(table).toArray(), table).toEqual(rows);
    await database.table('items').add({
      id: 'c/session-1',
      conferenceId: 'c',
      slug: 'session-1',
      kind: 'session',
      title: 'S',
      speakers: [],
      tags: [],
      links: {},
      takeaways: [],
      body: '',
      source: 'schedule.ics',
      removed: 0,
      session: { scheduleId: 'schedule:c:ics', key: '1', startsAt: stamp, endsAt: stamp, links: [] },
    });
    expect(await database.table('items').where('session.scheduleId').equals('schedule:c:ics').primaryKeys()).toEqual([
      'c/session-1',
    ]);
    expect(await database.table('schedules').count()).toBe(0);
    expect(await database.table('scheduleLinks').count()).toBe(0);
    await database.delete();
  });
});
