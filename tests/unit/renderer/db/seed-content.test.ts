// Seeding and content updates: user records survive every update; vanished items show as removed.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { ContentBundle, RecapItem } from '../../../../electron/common/domain';
import { DebriefDatabase } from '../../../../renderer/src/lib/db/database';
import { seedChunkSize, seedContent } from '../../../../renderer/src/lib/db/seed-content';

const conference = {
  id: 'demo',
  name: 'Demo',
  location: 'Here',
  startDate: '2024-01-01',
  endDate: '2024-01-01',
  timezone: 'UTC',
  days: [{ number: 1, date: '2024-01-01', label: 'Day 1' }],
  body: '',
  source: 'demo/conference.md',
};

function item(slug: string, title = `Talk ${slug}`): RecapItem {
  return {
    id: `demo/${slug}`,
    conferenceId: 'demo',
    slug,
    kind: 'talk',
    title,
    day: 1,
    speakers: [],
    tags: [],
    links: {},
    takeaways: [],
    body: `About ${slug}`,
    source: `demo/items/${slug}.md`,
  };
}

const bundle = (hash: string, items: RecapItem[]): ContentBundle => ({
  hash,
  conferences: [conference],
  items,
  problems: [],
});

let database: DebriefDatabase;
afterEach(async () => {
  database?.close();
  if (database) await database.delete();
});

describe('seedContent', () => {
  it('writes a bundle larger than a chunk in chunks, every item of it, in one transaction', async () => {
    database = new DebriefDatabase(`seed-${Math.random()}`);
    const many = Array.from({ length: seedChunkSize * 2 + 7 }, (_, index) => item(`t${index}`));
    const calls: number[] = [];
    const bulkPut = database.items.bulkPut.bind(database.items);
    database.items.bulkPut = ((records: Parameters<typeof bulkPut>[0]) => {
      calls.push(records.length);
      return bulkPut(records);
    }) as typeof database.items.bulkPut;
    expect(await seedContent(database, bundle('v1', many))).toMatchObject({ changed: true, added: many.length });
    expect(calls).toEqual([seedChunkSize, seedChunkSize, 7]);
    expect(await database.items.count()).toBe(many.length);
    expect((await database.items.get('demo/t2006'))?.title).toBe('Talk t2006');
  });

  it('seeds once, and does nothing while the hash is unchanged', async () => {
    database = new DebriefDatabase(`seed-${Math.random()}`);
    expect(await seedContent(database, bundle('v1', [item('a'), item('b')]))).toMatchObject({
      changed: true,
      added: 2,
    });
    expect(await seedContent(database, bundle('v1', [item('a')]))).toMatchObject({ changed: false });
    expect(await database.items.count()).toBe(2);
  });

  it('keeps every user record through an update that edits, removes and adds items', async () => {
    database = new DebriefDatabase(`seed-${Math.random()}`);
    await seedContent(database, bundle('v1', [item('keep'), item('edit'), item('gone')]));
    const now = '2024-02-01T10:00:00.000Z';
    await database.annotations.bulkAdd([
      { id: 'n1', itemId: 'demo/edit', kind: 'note', body: 'my note', tags: ['x'], createdAt: now, updatedAt: now },
      { id: 'n2', itemId: 'demo/gone', kind: 'note', body: 'note on gone', tags: [], createdAt: now, updatedAt: now },
    ]);
    await database.actions.add({
      id: 'a1',
      itemId: 'demo/gone',
      title: 'Try it',
      notes: '',
      status: 'open',
      tags: [],
      createdAt: now,
      updatedAt: now,
    });
    await database.itemStates.add({ itemId: 'demo/keep', starred: true, grade: 'must-see', updatedAt: now });
    const before = {
      annotations: await database.annotations.toArray(),
      actions: await database.actions.toArray(),
      states: await database.itemStates.toArray(),
    };

    const result = await seedContent(database, bundle('v2', [item('keep'), item('edit', 'Edited title'), item('new')]));

    expect(result).toEqual({ changed: true, added: 1, updated: 2, removed: 1 });
    expect(await database.annotations.toArray()).toEqual(before.annotations);
    expect(await database.actions.toArray()).toEqual(before.actions);
    expect(await database.itemStates.toArray()).toEqual(before.states);
    expect(await database.items.get('demo/edit')).toMatchObject({ title: 'Edited title', removed: 0 });
    expect(await database.items.get('demo/new')).toMatchObject({ removed: 0 });
    expect(await database.items.get('demo/gone')).toMatchObject({ title: 'Talk gone', removed: 1 });
  });

  it('brings a removed item back when the content has it again', async () => {
    database = new DebriefDatabase(`seed-${Math.random()}`);
    await seedContent(database, bundle('v1', [item('a')]));
    await seedContent(database, bundle('v2', []));
    expect((await database.items.get('demo/a'))?.removed).toBe(1);
    await seedContent(database, bundle('v3', [item('a')]));
    expect((await database.items.get('demo/a'))?.removed).toBe(0);
  });

  it('leaves the sessions of an imported schedule alone when the content changes', async () => {
    database = new DebriefDatabase(`seed-${Math.random()}`);
    await seedContent(database, bundle('v1', [item('a')]));
    const session = { ...item('session-1', 'From the schedule'), kind: 'session' as const, removed: 0 as const };
    await database.items.add(session);
    expect(await seedContent(database, bundle('v2', [item('a')]))).toMatchObject({ removed: 0 });
    expect(await database.items.get('demo/session-1')).toEqual(session);
  });

  it('leaves the talks of the user’s own recaps alone when the content changes', async () => {
    database = new DebriefDatabase(`seed-${Math.random()}`);
    await seedContent(database, bundle('v1', [item('a')]));
    const talk = { ...item('recap-talk-1', 'From my notes'), recapId: 'recap:notes', removed: 0 as const };
    await database.items.add(talk);
    expect(await seedContent(database, bundle('v2', [item('a')]))).toMatchObject({ removed: 0 });
    expect(await database.items.get('demo/recap-talk-1')).toEqual(talk);
  });

  it('changes nothing when seeding fails halfway', async () => {
    database = new DebriefDatabase(`seed-${Math.random()}`);
    await seedContent(database, bundle('v1', [item('a')]));
    const broken = bundle('v2', [item('b'), { ...item('c'), id: undefined as unknown as string }]);
    await expect(seedContent(database, broken)).rejects.toThrow();
    expect(await database.items.toCollection().primaryKeys()).toEqual(['demo/a']);
    expect((await database.meta.get('contentHash'))?.value).toBe('v1');
  });
});
