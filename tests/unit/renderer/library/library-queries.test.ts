// The library's counts (talks, notes, open actions per conference), removed conferences and
// recaps left out, and what the sidebar offers for a conference with or without a recap.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Conference } from '../../../../electron/common/domain';
import type { ActionItem, Annotation } from '../../../../electron/common/user-records';
import { DebriefDatabase, type StoredItem, type StoredRecap } from '../../../../renderer/src/lib/db/database';
import {
  conferenceContents,
  listLibrary,
  shownConferences,
} from '../../../../renderer/src/lib/library/library-queries';
import { harbour, harbourSessions } from '../../../fixtures/agenda/harbour-agenda';

const stamp = '2024-01-02T00:00:00.000Z';

const kubecon: Conference = {
  id: 'kubecon-eu-2022',
  name: 'KubeCon + CloudNativeCon Europe 2022',
  location: 'Valencia',
  startDate: '2022-05-16',
  endDate: '2022-05-20',
  timezone: 'Europe/Madrid',
  days: [{ number: 1, date: '2022-05-18', label: 'Day 1' }],
  body: 'Overview',
  source: 'kubecon/conference.md',
};

function item(id: string, extra: Partial<StoredItem> = {}): StoredItem {
  return {
    id: `kubecon-eu-2022/${id}`,
    conferenceId: 'kubecon-eu-2022',
    slug: id,
    kind: 'talk',
    title: id,
    day: 1,
    speakers: [],
    tags: [],
    links: {},
    takeaways: [],
    body: '',
    source: `${id}.md`,
    removed: 0,
    ...extra,
  };
}

function note(id: string, itemId: string, extra: Partial<Annotation> = {}): Annotation {
  return { id, itemId, kind: 'note', body: 'x', tags: [], createdAt: stamp, updatedAt: stamp, ...extra };
}

function action(id: string, itemId: string, status: ActionItem['status'], extra: Partial<ActionItem> = {}): ActionItem {
  return { id, itemId, title: id, notes: '', status, tags: [], createdAt: stamp, updatedAt: stamp, ...extra };
}

function recap(id: string, conferenceId: string | undefined, extra: object = {}): StoredRecap {
  return {
    id,
    title: `Recap ${id}`,
    file: `${id}.md`,
    format: 'markdown',
    conferenceId,
    intro: '',
    introMentions: [],
    sections: [],
    importedAt: stamp,
    ...extra,
  } as unknown as StoredRecap;
}

let database: DebriefDatabase | undefined;
afterEach(async () => {
  database?.close();
  if (database) await database.delete();
  database = undefined;
});

async function library(): Promise<DebriefDatabase> {
  const db = new DebriefDatabase(`library-${Math.random()}`);
  database = db;
  await db.conferences.bulkAdd([kubecon, harbour]);
  await db.items.bulkAdd([
    item('talk-a'),
    item('talk-b', { kind: 'keynote' }),
    item('booth-a', { kind: 'booth', day: undefined }),
    item('gone', { removed: 1 }),
    ...harbourSessions,
  ]);
  await db.annotations.bulkAdd([
    note('n1', 'kubecon-eu-2022/talk-a'),
    note('n2', 'kubecon-eu-2022/talk-b', { kind: 'highlight' }),
    note('n3', 'kubecon-eu-2022/talk-a', { deletedAt: stamp }),
    note('n4', harbourSessions[0]!.id),
    note('n5', 'nowhere/talk'),
  ]);
  await db.actions.bulkAdd([
    action('a1', 'kubecon-eu-2022/talk-a', 'open'),
    action('a2', 'kubecon-eu-2022/talk-a', 'in progress'),
    action('a3', 'kubecon-eu-2022/talk-a', 'done'),
    action('a4', 'kubecon-eu-2022/talk-b', 'dropped'),
    action('a5', 'kubecon-eu-2022/talk-b', 'open', { deletedAt: stamp }),
    action('a6', harbourSessions[1]!.id, 'open'),
  ]);
  return db;
}

describe('listLibrary', () => {
  it('lists every conference, latest first, with its talks, notes and open actions', async () => {
    const db = await library();
    const kept = harbourSessions.filter((session) => session.removed === 0).length;
    const entries = await listLibrary(db);
    expect(entries.map((entry) => [entry.conference.id, entry.talks, entry.notes, entry.openActions])).toEqual([
      ['harbour-2023', kept, 1, 1],
      ['kubecon-eu-2022', 3, 2, 2],
    ]);
  });

  it('leaves out a conference the user removed, and counts a conference with nothing as zeros', async () => {
    const db = await library();
    await db.conferences.put({ ...harbour, removedAt: stamp } as Conference);
    await db.conferences.add({ ...kubecon, id: 'empty-2020', name: 'Empty', startDate: '2020-01-01' });
    const entries = await listLibrary(db);
    expect(entries.map((entry) => [entry.conference.id, entry.talks, entry.notes, entry.openActions])).toEqual([
      ['kubecon-eu-2022', 3, 2, 2],
      ['empty-2020', 0, 0, 0],
    ]);
    expect((await shownConferences(db)).map((conference) => conference.id)).toEqual(['empty-2020', 'kubecon-eu-2022']);
  });
});

describe('conferenceContents', () => {
  it('says a recap conference has recap talks and booths, and lists its recaps not removed', async () => {
    const db = await library();
    await db.recaps.bulkAdd([
      recap('import-b', 'kubecon-eu-2022', { importedAt: '2024-02-01T00:00:00.000Z' }),
      recap('import-a', 'kubecon-eu-2022'),
      recap('import-gone', 'kubecon-eu-2022', { removedAt: stamp }),
      recap('import-other', undefined),
    ]);
    expect(await conferenceContents('kubecon-eu-2022', db)).toEqual({
      hasRecapItems: true,
      hasBooths: true,
      recaps: [
        { id: 'import-a', title: 'Recap import-a' },
        { id: 'import-b', title: 'Recap import-b' },
      ],
    });
  });

  it('says a schedule-only conference has neither recap talks nor booths', async () => {
    const db = await library();
    expect(await conferenceContents('harbour-2023', db)).toEqual({
      hasRecapItems: false,
      hasBooths: false,
      recaps: [],
    });
  });
});
