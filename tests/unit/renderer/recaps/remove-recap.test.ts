// Removing a recap marks it, its layers and its own talks removed and sends the user's records on
// them to the Trash; undo puts back exactly that. The recap's texts on other items leave their lists.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { ActionItem, Annotation } from '../../../../electron/common/user-records';
import type { DebriefDatabase } from '../../../../renderer/src/lib/db/database';
import { listItemLayers, listRecapLayers } from '../../../../renderer/src/lib/recaps/recap-layer-queries';
import { removeRecap, undoRemoveRecap } from '../../../../renderer/src/lib/recaps/remove-recap';
import { saveRecapImport } from '../../../../renderer/src/lib/recaps/save-recap-import';
import { bundledTalk, firstTalks, libraryDatabase, plan, sessionItem, stamp } from './library-fixtures';

let database: DebriefDatabase;
afterEach(async () => {
  database?.close();
  if (database) await database.delete();
});

const own = 'recap-talk/alice/day-1/cranes';
const annotations: Annotation[] = [
  { id: 'note-own', itemId: own, kind: 'note', body: 'mine', tags: [], createdAt: stamp, updatedAt: stamp },
  // Deleted by the user before: stays deleted, as it was, through removal and undo.
  {
    id: 'note-deleted',
    itemId: own,
    kind: 'note',
    body: 'old',
    tags: [],
    createdAt: stamp,
    updatedAt: stamp,
    deletedAt: '2024-05-01T00:00:00.000Z',
  },
  // A highlight on the recap's text shown on the session: goes with the recap.
  {
    id: 'highlight-layer',
    itemId: sessionItem.id,
    kind: 'highlight',
    body: '',
    layerId: 'alice/day-1/lighthouse-logging',
    tags: [],
    createdAt: stamp,
    updatedAt: stamp,
  },
  // The session's own note: not the recap's.
  { id: 'note-session', itemId: sessionItem.id, kind: 'note', body: 'x', tags: [], createdAt: stamp, updatedAt: stamp },
];
const action: ActionItem = {
  id: 'act',
  itemId: own,
  title: 'Try cranes',
  notes: '',
  status: 'open',
  tags: [],
  createdAt: stamp,
  updatedAt: stamp,
};

describe('removeRecap', () => {
  it('removes the recap with its layers and own talks, trashes the records on them, and undo restores exactly that', async () => {
    database = await libraryDatabase();
    await saveRecapImport(database, plan(firstTalks), new Date(stamp));
    await database.annotations.bulkAdd(annotations);
    await database.actions.add(action);
    await database.itemStates.add({ itemId: own, starred: true, updatedAt: stamp });
    const before = {
      recaps: await database.recaps.toArray(),
      layers: await database.recapLayers.toArray(),
      items: await database.items.toArray(),
      annotations: await database.annotations.toArray(),
      actions: await database.actions.toArray(),
    };
    expect((await listItemLayers(database, sessionItem.id)).map((l) => l.recapTitle)).toEqual(["Alice's notes"]);

    const now = new Date('2024-07-01T00:00:00.000Z');
    const removal = await removeRecap(database, 'recap:alice', now);
    expect(removal).toEqual({
      recapId: 'recap:alice',
      removedAt: now.toISOString(),
      layerIds: ['alice/day-1/cranes', 'alice/day-1/lighthouse-logging', 'alice/day-1/tides'],
      itemIds: [own, 'recap-talk/alice/day-1/tides'],
      annotationIds: ['highlight-layer', 'note-own'],
      actionIds: ['act'],
    });
    expect((await database.recaps.get('recap:alice'))?.removedAt).toBe(now.toISOString());
    expect((await database.recapLayers.toArray()).every((layer) => layer.removed === 1)).toBe(true);
    expect((await database.items.get(own))?.removed).toBe(1);
    expect((await database.items.get(sessionItem.id))?.removed).toBe(0);
    expect((await database.annotations.get('note-own'))?.deletedAt).toBe(now.toISOString());
    expect((await database.annotations.get('note-deleted'))?.deletedAt).toBe('2024-05-01T00:00:00.000Z');
    expect((await database.annotations.get('note-session'))?.deletedAt).toBeUndefined();
    expect((await database.actions.get('act'))?.deletedAt).toBe(now.toISOString());
    expect(await database.itemStates.get(own)).toMatchObject({ starred: true });
    expect(await listItemLayers(database, sessionItem.id)).toEqual([]);
    expect(await listRecapLayers(database, 'recap:alice')).toEqual([]);
    await expect(removeRecap(database, 'recap:alice', now)).rejects.toThrow(/already removed/);

    await undoRemoveRecap(database, 'recap:alice', removal);
    expect(await database.recaps.toArray()).toEqual(before.recaps);
    expect(await database.recapLayers.toArray()).toEqual(before.layers);
    expect(await database.items.toArray()).toEqual(before.items);
    expect(await database.annotations.toArray()).toEqual(before.annotations);
    expect(await database.actions.toArray()).toEqual(before.actions);
  });
});

describe('recap layer queries', () => {
  it('list the recaps’ texts on an item by recap title, and a recap’s talks in file order', async () => {
    database = await libraryDatabase();
    await saveRecapImport(database, plan(firstTalks), new Date(stamp));
    await saveRecapImport(
      database,
      {
        ...plan([{ ...firstTalks[0]!, layerId: 'bob/bob/lighthouse', file: 'bob.md' }], {}, ['bob.md']),
        reading: {
          ...plan([{ ...firstTalks[0]!, layerId: 'bob/bob/lighthouse', file: 'bob.md' }], {}, ['bob.md']).reading,
          key: 'bob',
        },
        title: 'Accra notes',
      },
      new Date(stamp),
    );
    await database.recaps.update('recap:bob', { author: 'Bob' });
    const layers = await listItemLayers(database, sessionItem.id);
    expect(layers.map((l) => [l.recapTitle, l.recapAuthor, l.layer.id])).toEqual([
      ['Accra notes', 'Bob', 'bob/bob/lighthouse'],
      ["Alice's notes", undefined, 'alice/day-1/lighthouse-logging'],
    ]);
    // A recap's own talk carries its text as its body: it lists no layer beside it.
    expect(await listItemLayers(database, 'recap-talk/alice/day-1/tides')).toEqual([]);
    expect(await listItemLayers(database, bundledTalk.id)).toEqual([]);
    expect((await listRecapLayers(database, 'recap:alice')).map((l) => l.line)).toEqual([3, 10, 20]);
  });
});
