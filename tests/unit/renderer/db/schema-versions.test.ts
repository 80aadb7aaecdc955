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
  storedSchemaVersion,
} from '../../../../renderer/src/lib/db/database';

describe('schema versions', () => {
  it('open a fresh database at the latest version with every table', async () => {
    const database = new DebriefDatabase(`fresh-${Math.random()}`);
    await database.openChecked();
    expect(database.verno).toBe(latestSchemaVersion);
    expect(database.tables.map((t) => t.name).sort()).toEqual(
      ['actions', 'annotations', 'conferences', 'itemStates', 'items', 'meta'].sort(),
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
