// Version 4's upgrade, from a real version 3 database holding records: every recap imported under
// the old model (sections) becomes a recap source with one layer per section, attached to the one
// talk a section names or given an item of its own. The user's own records are not touched.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DebriefDatabase, latestSchemaVersion, schemaVersions } from '../../../../renderer/src/lib/db/database';

const stamp = '2024-05-18T10:00:00.000Z';
const item = (id: string, kind: string, extra = {}) => ({
  id,
  conferenceId: 'c',
  slug: id.slice(2),
  kind,
  title: id,
  speakers: [],
  tags: [],
  links: {},
  takeaways: [],
  body: '',
  source: 'c/items/x.md',
  removed: 0,
  ...extra,
});
const section = (recapId: string, slug: string, heading: string, line: number, linkedItemIds: string[]) => ({
  id: `${recapId}/${slug}`,
  heading,
  level: 2,
  body: `What I thought of ${heading}.`,
  line,
  linkedItemIds,
  mentions: [],
});

const records = {
  conferences: [
    {
      id: 'c',
      name: 'C',
      location: 'L',
      startDate: '2024-05-01',
      endDate: '2024-05-02',
      timezone: 'UTC',
      days: [],
      body: '',
      source: 'c/conference.md',
    },
    {
      id: 'd',
      name: 'D',
      location: 'L',
      startDate: '2024-06-01',
      endDate: '2024-06-02',
      timezone: 'UTC',
      days: [],
      body: '',
      source: 'd/conference.md',
    },
  ],
  // In key order, as the table gives them back.
  items: [item('c/b', 'booth'), item('c/s', 'session'), item('c/t', 'talk'), item('c/t2', 'talk')],
  annotations: [
    { id: 'n', itemId: 'c/t', kind: 'note', body: 'keep me', tags: ['x'], createdAt: stamp, updatedAt: stamp },
  ],
  actions: [
    { id: 'a', itemId: 'c/t', title: 'Do', notes: '', status: 'open', tags: [], createdAt: stamp, updatedAt: stamp },
  ],
  itemStates: [{ itemId: 'c/t', starred: true, updatedAt: stamp }],
  meta: [{ key: 'setting:x', value: 1 }],
  schedules: [
    {
      id: 'schedule:c:ics',
      conferenceId: 'c',
      title: 'C',
      format: 'ics',
      file: 'c.ics',
      sessionCount: 1,
      skipped: [],
      importedAt: stamp,
      updatedAt: stamp,
    },
  ],
  scheduleLinks: [
    { itemId: 'c/t', sessionId: 'c/s', confidence: 1, reason: 'same title', status: 'confirmed', updatedAt: stamp },
  ],
};
const oldRecaps = [
  {
    id: 'import-aaaa',
    title: 'My notes',
    file: 'My Notes.md',
    format: 'markdown',
    conferenceId: 'd',
    intro: 'Before it all.',
    introMentions: [],
    sections: [
      // One talk among the linked items (a booth does not count): attached to it.
      section('import-aaaa', 'day-1', 'Day 1', 3, ['c/t', 'c/b']),
      // Only a booth: its own item.
      section('import-aaaa', 'booths', 'Booths', 9, ['c/b']),
      // Two talks: which one? Its own item.
      section('import-aaaa', 'day-2', 'Day 2', 14, ['c/t', 'c/t2']),
    ],
    unmatched: [],
    importedAt: stamp,
  },
  // No conference found when it was imported: it goes under the first conference.
  {
    id: 'import-bbbb',
    title: 'Other',
    file: 'other.txt',
    format: 'text',
    intro: '',
    introMentions: [],
    sections: [section('import-bbbb', 'keynote', 'Keynote', 1, ['c/s'])],
    unmatched: [],
    importedAt: stamp,
  },
];

describe('version 4', () => {
  it('turns every version 3 recap into a source, layers and items, and touches nothing of the user', async () => {
    const name = `upgrade-v4-${Math.random()}`;
    const v3 = new Dexie(name);
    for (const { version, stores } of schemaVersions.filter((v) => v.version <= 3)) v3.version(version).stores(stores);
    await v3.open();
    for (const [table, rows] of Object.entries(records)) await v3.table(table).bulkAdd(rows);
    await v3.table('recaps').bulkAdd(oldRecaps);
    v3.close();

    const database = new DebriefDatabase(name);
    await database.openChecked();
    expect(database.verno).toBe(latestSchemaVersion);
    for (const [table, rows] of Object.entries(records)) {
      const stored = await database.table(table).toArray();
      if (table === 'items')
        expect(
          stored.filter((i: { recapId?: string }) => !i.recapId),
          table,
        ).toEqual(rows);
      else expect(stored, table).toEqual(rows);
    }

    expect(await database.recaps.toArray()).toEqual([
      {
        id: 'recap:my-notes',
        title: 'My notes',
        conferenceId: 'd',
        files: ['My Notes.md'],
        intro: 'Before it all.',
        skipped: [],
        notes: [],
        importedAt: stamp,
        updatedAt: stamp,
      },
      expect.objectContaining({ id: 'recap:other', conferenceId: 'c', files: ['other.txt'] }),
    ]);
    const layers = await database.recapLayers.orderBy('id').toArray();
    expect(layers.map((l) => [l.id, l.itemId, l.ownItem, l.link?.status])).toEqual([
      ['my-notes/my-notes/booths', 'recap-talk/my-notes/my-notes/booths', true, undefined],
      ['my-notes/my-notes/day-1', 'c/t', false, 'suggested'],
      ['my-notes/my-notes/day-2', 'recap-talk/my-notes/my-notes/day-2', true, undefined],
      ['other/other/keynote', 'c/s', false, 'suggested'],
    ]);
    expect(layers[1]).toMatchObject({
      recapId: 'recap:my-notes',
      heading: 'Day 1',
      file: 'My Notes.md',
      line: 3,
      body: 'What I thought of Day 1.',
      removed: 0,
      updatedAt: stamp,
    });
    expect(await database.items.where('recapId').equals('recap:my-notes').toArray()).toEqual([
      {
        id: 'recap-talk/my-notes/my-notes/booths',
        conferenceId: 'd',
        slug: 'booths',
        kind: 'talk',
        title: 'Booths',
        speakers: [],
        tags: [],
        links: {},
        takeaways: [],
        body: 'What I thought of Booths.',
        source: 'recap:my-notes',
        recapId: 'recap:my-notes',
        removed: 0,
      },
      expect.objectContaining({ id: 'recap-talk/my-notes/my-notes/day-2', title: 'Day 2', removed: 0 }),
    ]);
    await database.delete();
  });

  it('a version 3 database without recaps upgrades with nothing added', async () => {
    const name = `upgrade-v4-${Math.random()}`;
    const v3 = new Dexie(name);
    for (const { version, stores } of schemaVersions.filter((v) => v.version <= 3)) v3.version(version).stores(stores);
    await v3.open();
    await v3.table('items').bulkAdd(records.items);
    v3.close();
    const database = new DebriefDatabase(name);
    await database.openChecked();
    expect(await database.items.toArray()).toEqual(records.items);
    expect(await database.recapLayers.count()).toBe(0);
    await database.delete();
  });
});
