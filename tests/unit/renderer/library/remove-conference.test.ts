// Removing a conference the user's imports brought: it, its items and its recaps are marked
// removed and the user's records on its items go to the Trash; undo restores exactly that. A
// bundled conference cannot be removed.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { DebriefDatabase } from '../../../../renderer/src/lib/db/database';
import { removeConference, undoRemoveConference } from '../../../../renderer/src/lib/library/remove-conference';
import { saveRecapImport } from '../../../../renderer/src/lib/recaps/save-recap-import';
import { conference, firstTalks, libraryDatabase, plan, stamp } from '../recaps/library-fixtures';

let database: DebriefDatabase;
afterEach(async () => {
  database?.close();
  if (database) await database.delete();
});

describe('removeConference', () => {
  it('refuses a bundled conference and changes nothing', async () => {
    database = await libraryDatabase();
    await expect(removeConference(database, conference.id)).rejects.toThrow(/comes with Debrief/);
    expect(await database.conferences.get(conference.id)).toEqual(conference);
  });

  it('removes a recap’s conference with its talks and recap, and undo puts everything back', async () => {
    database = await libraryDatabase();
    const brought = { ...conference, id: 'mine', name: 'Mine', source: '' };
    const { recap } = await saveRecapImport(
      database,
      { ...plan(firstTalks), conference: { kind: 'new', conference: brought } },
      new Date(stamp),
    );
    const own = 'recap-talk/alice/day-1/tides';
    await database.annotations.add({
      id: 'n',
      itemId: own,
      kind: 'note',
      body: 'mine',
      tags: [],
      createdAt: stamp,
      updatedAt: stamp,
    });
    const snapshot = async () => ({
      conferences: await database.conferences.toArray(),
      recaps: await database.recaps.toArray(),
      layers: await database.recapLayers.toArray(),
      items: await database.items.toArray(),
      annotations: await database.annotations.toArray(),
    });
    const before = await snapshot();

    const now = new Date('2024-07-01T00:00:00.000Z');
    const removal = await removeConference(database, 'mine', now);
    // Its recap's own talks went with the recap; nothing else of the conference was left.
    expect(removal.recaps.map((r) => [r.recapId, r.itemIds])).toEqual([
      [recap.id, ['recap-talk/alice/day-1/cranes', own]],
    ]);
    expect(removal.itemIds).toEqual([]);
    expect((await database.conferences.get('mine'))?.removedAt).toBe(now.toISOString());
    expect((await database.recaps.get(recap.id))?.removedAt).toBe(now.toISOString());
    expect((await database.items.get(own))?.removed).toBe(1);
    expect((await database.annotations.get('n'))?.deletedAt).toBe(now.toISOString());
    // The bundled conference's items are not its items.
    expect(await database.items.where('removed').equals(0).count()).toBe(2);

    await undoRemoveConference(database, 'mine', removal);
    expect(await snapshot()).toEqual(before);
  });

  it('removes a schedule’s conference with its sessions and trashes the notes on them', async () => {
    database = await libraryDatabase();
    await database.conferences.add({ ...conference, id: 'sched', source: 'sched.ics' });
    await database.items.add({
      ...(await database.items.get('harbour-2023/session-a1'))!,
      id: 'sched/s1',
      conferenceId: 'sched',
    });
    await database.actions.add({
      id: 'a',
      itemId: 'sched/s1',
      title: 'Watch it',
      notes: '',
      status: 'open',
      tags: [],
      createdAt: stamp,
      updatedAt: stamp,
    });
    const removal = await removeConference(database, 'sched', new Date(stamp));
    expect([removal.itemIds, removal.actionIds, removal.recaps]).toEqual([['sched/s1'], ['a'], []]);
    expect((await database.actions.get('a'))?.deletedAt).toBe(stamp);
    await undoRemoveConference(database, 'sched', removal);
    expect((await database.actions.get('a'))?.deletedAt).toBeUndefined();
    expect((await database.items.get('sched/s1'))?.removed).toBe(0);
    expect((await database.conferences.get('sched'))?.removedAt).toBeUndefined();
  });
});
