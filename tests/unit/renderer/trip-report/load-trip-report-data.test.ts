// What a trip report reads: the conference's items the content still has, in day order, with the
// user's records not deleted and their recaps' text not removed; a conference it lacks is an error.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Conference } from '../../../../electron/common/domain';
import type { RecapLayer, RecapSource } from '../../../../electron/common/library-records';
import type { ActionItem, Annotation } from '../../../../electron/common/user-records';
import { DebriefDatabase, type StoredItem } from '../../../../renderer/src/lib/db/database';
import { loadTripReportData } from '../../../../renderer/src/lib/trip-report/load-trip-report-data';

const stamp = '2024-05-16T10:00:00.000Z';
const conference: Conference = {
  id: 'harbour-2024',
  name: 'Harbour DevDays 2024',
  location: 'Lisbon',
  startDate: '2024-05-16',
  endDate: '2024-05-17',
  timezone: 'Europe/Lisbon',
  days: [
    { number: 1, date: '2024-05-16', label: 'Day 1' },
    { number: 2, date: '2024-05-17', label: 'Day 2' },
  ],
  body: '',
  source: 'harbour.md',
};

function item(slug: string, extra: Partial<StoredItem> = {}): StoredItem {
  return {
    id: `harbour-2024/${slug}`,
    conferenceId: 'harbour-2024',
    slug,
    kind: 'talk',
    title: slug,
    speakers: [],
    tags: [],
    links: {},
    takeaways: [],
    body: '',
    source: `${slug}.md`,
    removed: 0,
    ...extra,
  };
}

function recap(id: string, extra: Partial<RecapSource> = {}): RecapSource {
  return {
    id,
    title: `Recap ${id}`,
    conferenceId: 'harbour-2024',
    files: ['notes.md'],
    intro: '',
    skipped: [],
    notes: [],
    importedAt: stamp,
    updatedAt: stamp,
    ...extra,
  };
}

function layer(id: string, recapId: string, itemId: string, extra: Partial<RecapLayer> = {}): RecapLayer {
  return {
    id,
    recapId,
    itemId,
    ownItem: false,
    heading: id,
    file: 'notes.md',
    line: 1,
    body: `Text of ${id}`,
    removed: 0,
    updatedAt: stamp,
    ...extra,
  };
}

const note = (id: string, itemId: string, extra: Partial<Annotation> = {}): Annotation => ({
  id,
  itemId,
  kind: 'note',
  body: id,
  tags: [],
  createdAt: stamp,
  updatedAt: stamp,
  ...extra,
});
const action = (id: string, itemId: string, extra: Partial<ActionItem> = {}): ActionItem => ({
  id,
  itemId,
  title: id,
  notes: '',
  status: 'open',
  tags: [],
  createdAt: stamp,
  updatedAt: stamp,
  ...extra,
});

let database: DebriefDatabase | undefined;
afterEach(async () => {
  database?.close();
  if (database) await database.delete();
  database = undefined;
});

async function harbour(): Promise<DebriefDatabase> {
  const db = new DebriefDatabase(`trip-report-${Math.random()}`);
  database = db;
  const late = item('late', { day: 2, order: 1 });
  const early = item('early', { day: 1, order: 2 });
  const first = item('first', { day: 1, order: 1 });
  const gone = item('gone', { day: 1, order: 0, removed: 1 });
  const elsewhere = { ...item('elsewhere', { day: 1 }), id: 'other/elsewhere', conferenceId: 'other' };
  await db.conferences.bulkPut([conference, { ...conference, id: 'other', name: 'Other' }]);
  await db.items.bulkPut([late, early, first, gone, elsewhere]);
  await db.itemStates.put({ itemId: first.id, starred: true, updatedAt: stamp });
  await db.annotations.bulkPut([
    note('kept', first.id),
    note('deleted', first.id, { deletedAt: stamp }),
    note('on-gone', gone.id),
    note('on-other', elsewhere.id),
  ]);
  await db.actions.bulkPut([action('todo', late.id), action('binned', late.id, { deletedAt: stamp })]);
  await db.recaps.bulkPut([recap('recap:mine', { author: 'Ravi' }), recap('recap:removed', { removedAt: stamp })]);
  await db.recapLayers.bulkPut([
    layer('mine/notes/early', 'recap:mine', early.id),
    layer('mine/notes/old', 'recap:mine', early.id, { removed: 1 }),
    layer('removed/notes/early', 'recap:removed', early.id),
  ]);
  return db;
}

describe('loadTripReportData', () => {
  it('reads the conference’s items in day order, leaving out removed ones and other conferences', async () => {
    const data = await loadTripReportData('harbour-2024', await harbour(), new Date(stamp));
    expect(data.conference.name).toBe('Harbour DevDays 2024');
    expect(data.items.map((entry) => entry.slug)).toEqual(['first', 'early', 'late']);
    expect(data.items[0]).not.toHaveProperty('removed');
    expect(data.exportedAt.toISOString()).toBe(stamp);
  });

  it('takes the user’s records on them that are not deleted', async () => {
    const data = await loadTripReportData('harbour-2024', await harbour());
    expect(data.states.map((state) => state.itemId)).toEqual(['harbour-2024/first']);
    expect(data.annotations.map((entry) => entry.id)).toEqual(['kept']);
    expect(data.actions.map((entry) => entry.id)).toEqual(['todo']);
  });

  it('takes their recaps’ text, with the recap’s title and author, but not removed text or removed recaps', async () => {
    const data = await loadTripReportData('harbour-2024', await harbour());
    expect(data.recapNotes).toEqual([
      {
        id: 'mine/notes/early',
        itemId: 'harbour-2024/early',
        recapTitle: 'Recap recap:mine',
        author: 'Ravi',
        body: 'Text of mine/notes/early',
      },
    ]);
  });

  it('says which conference it could not find', async () => {
    await expect(loadTripReportData('nowhere', await harbour())).rejects.toThrow(/no conference with id nowhere/);
  });
});
