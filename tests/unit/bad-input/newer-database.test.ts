// Bad input at the very start: a database a newer Debrief upgraded. Refused untouched however the
// first open comes — openChecked, or Dexie's auto-open from a live query that runs before it.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DebriefDatabase, latestSchemaVersion, NewerDatabaseError } from '../../../renderer/src/lib/db/database';

async function newerDatabase(name: string): Promise<void> {
  const future = new Dexie(name);
  future.version(latestSchemaVersion + 7).stores({ annotations: 'id, colour', boards: 'id' });
  await future.open();
  await future.table('annotations').put({ id: 'n1', colour: 'teal' });
  future.close();
}

async function contentsOf(name: string): Promise<unknown> {
  const again = new Dexie(name);
  await again.open();
  const contents = {
    version: again.verno,
    tables: again.tables.map((table) => [table.name, table.schema.indexes.map((index) => index.name)]),
    annotations: await again.table('annotations').toArray(),
  };
  again.close();
  return contents;
}

describe('a database from a newer Debrief', () => {
  it('a query before openChecked does not open it (and so cannot upgrade it)', async () => {
    const name = `newer-auto-${Math.random()}`;
    await newerDatabase(name);
    const before = await contentsOf(name);

    const database = new DebriefDatabase(name);
    // What the app's first render does: a live query runs before the session opens the database.
    const early = database.annotations.toArray().then(
      () => 'read',
      () => 'refused',
    );
    const failure = await database.openChecked().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(NewerDatabaseError);
    expect(
      await Promise.race([early, new Promise((resolve) => setTimeout(() => resolve('still waiting'), 200))]),
    ).not.toBe('read');
    expect(database.isOpen()).toBe(false);
    expect(await contentsOf(name)).toEqual(before);
    await Dexie.delete(name);
  });
});
