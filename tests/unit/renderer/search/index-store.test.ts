// The index in IndexedDB: built once and saved under the content hash and options version,
// loaded on the next start, rebuilt when either changes or the saved copy is unreadable, and
// kept current with annotation and action edits through liveQuery.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { DebriefDatabase } from '../../../../renderer/src/lib/db/database';
import { seedContent } from '../../../../renderer/src/lib/db/seed-content';
import { indexOptionsVersion } from '../../../../renderer/src/lib/search/index-options';
import {
  keepIndexCurrent,
  loadSavedIndex,
  openSearchIndex,
  saveSearchIndex,
  savedIndexKey,
  savedIndexKeyPrefix,
} from '../../../../renderer/src/lib/search/index-store';
import type { SyncChanges } from '../../../../renderer/src/lib/search/search-index';
import { conference, items, note } from '../../../fixtures/search/recap-corpus';

let database: DebriefDatabase;

async function seeded(hash = 'v1', recapItems = items): Promise<DebriefDatabase> {
  database = new DebriefDatabase(`search-${Math.random()}`);
  await seedContent(database, { hash, conferences: [conference], items: recapItems, problems: [] });
  return database;
}

const titles = (outcome: { hits: { titleText: string }[] }) => outcome.hits.map((hit) => hit.titleText);

afterEach(async () => {
  database?.close();
  if (database) await database.delete();
});

describe('openSearchIndex', () => {
  it('builds on the first start and loads the saved index on the next, finding the same', async () => {
    await seeded();
    const first = await openSearchIndex(database);
    expect(first.source).toBe('built');
    await saveSearchIndex(database, first.contentHash, first.index);
    expect(
      (await database.meta.toCollection().primaryKeys()).filter((k) => String(k).startsWith(savedIndexKeyPrefix)),
    ).toEqual([
      `search-index:v${indexOptionsVersion}:v1`,
      `search-index:v${indexOptionsVersion}:v1:documents:0`,
      `search-index:v${indexOptionsVersion}:v1:postings:0`,
      `search-index:v${indexOptionsVersion}:v1:tree`,
    ]);

    const second = await openSearchIndex(database);
    expect(second.source).toBe('saved');
    expect(second.phases).toHaveProperty('parseMs');
    expect(titles(second.index.search('backstge'))).toEqual(titles(first.index.search('backstge')));
    expect(titles(second.index.search('backstge'))).toEqual(['Backstage: Restoring Order To Your Chaos']);
  });

  it('takes records written since the index was saved', async () => {
    await seeded();
    const first = await openSearchIndex(database);
    await saveSearchIndex(database, first.contentHash, first.index);
    await database.annotations.put(note);
    await database.itemStates.put({ itemId: 'kubecon-eu-2022/keptn', starred: true, updatedAt: note.updatedAt });
    const second = await openSearchIndex(database);
    expect(second.source).toBe('saved');
    expect(titles(second.index.search('zeppelin'))).toEqual([
      'Ask the platform team about a zeppelin-sized service catalog.',
    ]);
    expect(titles(second.index.search('is:starred'))).toEqual(['Keptn']);
  });

  it('rebuilds when the content changed, and the new save replaces the old', async () => {
    await seeded('v1');
    const first = await openSearchIndex(database);
    await saveSearchIndex(database, first.contentHash, first.index);
    const renamed = items.map((item) => (item.slug === 'keptn' ? { ...item, title: 'Keptn, renamed' } : item));
    await seedContent(database, { hash: 'v2', conferences: [conference], items: renamed, problems: [] });

    const second = await openSearchIndex(database);
    expect(second.source).toBe('built');
    expect(second.contentHash).toBe('v2');
    expect(titles(second.index.search('keptn'))).toEqual(['Keptn, renamed']);
    await saveSearchIndex(database, second.contentHash, second.index);
    const saved = (await database.meta.toCollection().primaryKeys())
      .map(String)
      .filter((k) => k.startsWith(savedIndexKeyPrefix));
    expect(saved.every((k) => k.startsWith(savedIndexKey('v2')))).toBe(true);
    expect(saved).toHaveLength(4);
  });

  it('rebuilds, saying why, when the saved index is from other options or has lost a part', async () => {
    await seeded();
    await database.meta.put({ key: savedIndexKey('v1'), value: { optionsVersion: indexOptionsVersion - 1 } });
    const opened = await openSearchIndex(database);
    expect(opened.source).toBe('built');
    expect(opened.rebuildReason).toMatch(/options version \d+, this Debrief uses \d+: rebuild it/);
    expect(titles(opened.index.search('karpentr'))).toEqual(['Karpenter']);

    await saveSearchIndex(database, 'v1', opened.index);
    await database.meta.delete(`${savedIndexKey('v1')}:postings:0`);
    const again = await openSearchIndex(database);
    expect(again).toMatchObject({
      source: 'built',
      rebuildReason: 'The saved search index is damaged (a postings part is missing): rebuild it.',
    });
  });

  it('uses an index read ahead only if the content is still the one it was read for', async () => {
    await seeded('v1');
    const first = await openSearchIndex(database);
    await saveSearchIndex(database, first.contentHash, first.index);
    const preloaded = await loadSavedIndex(database);
    expect(preloaded).toMatchObject({ contentHash: 'v1' });

    expect((await openSearchIndex(database, preloaded)).index).toBe(preloaded.index);
    await seedContent(database, { hash: 'v2', conferences: [conference], items, problems: [] });
    const afterUpdate = await openSearchIndex(database, preloaded);
    expect(afterUpdate.index).not.toBe(preloaded.index);
    expect(afterUpdate).toMatchObject({ source: 'built', contentHash: 'v2' });
  });
});

describe('saveSearchIndex', () => {
  it('does not stamp an index with a hash the content no longer has', async () => {
    await seeded('v1');
    const first = await openSearchIndex(database);
    await seedContent(database, { hash: 'v2', conferences: [conference], items, problems: [] });
    await saveSearchIndex(database, 'v1', first.index);
    expect(await database.meta.get(savedIndexKey('v1'))).toBeUndefined();
  });
});

describe('keepIndexCurrent', () => {
  it('adds, updates and removes annotations and actions as they are written', async () => {
    await seeded();
    const { index } = await openSearchIndex(database);
    const changes: SyncChanges[] = [];
    const errors: unknown[] = [];
    const stop = keepIndexCurrent(
      database,
      index,
      (change) => changes.push(change),
      (error) => errors.push(error),
    );
    const settled = async (count: number) => {
      await expect.poll(() => changes.length).toBeGreaterThanOrEqual(count);
    };
    try {
      await settled(1);
      await database.annotations.put(note);
      await settled(2);
      expect(titles(index.search('zeppelin'))).toEqual([
        'Ask the platform team about a zeppelin-sized service catalog.',
      ]);

      await database.annotations.put({ ...note, body: 'A blimp', updatedAt: '2030-01-01T00:00:00.000Z' });
      await settled(3);
      expect(titles(index.search('zeppelin'))).toEqual([]);
      expect(titles(index.search('blimp'))).toEqual(['A blimp']);

      await database.annotations.update(note.id, { deletedAt: '2030-01-02T00:00:00.000Z' });
      await settled(4);
      expect(titles(index.search('blimp'))).toEqual([]);
      expect(changes.slice(1)).toEqual([
        { added: 1, updated: 0, removed: 0 },
        { added: 0, updated: 1, removed: 0 },
        { added: 0, updated: 0, removed: 1 },
      ]);
      expect(errors).toEqual([]);
    } finally {
      stop();
    }
  });

  it('indexes the sessions of an imported schedule, follows a re-import, and keeps them through a save', async () => {
    await seeded();
    const { index, contentHash } = await openSearchIndex(database);
    const changes: SyncChanges[] = [];
    const stop = keepIndexCurrent(
      database,
      index,
      (change) => changes.push(change),
      (error) => {
        throw error;
      },
    );
    const session = (title: string, removed: 0 | 1 = 0) => ({
      id: `${conference.id}/session-s1`,
      conferenceId: conference.id,
      slug: 'session-s1',
      kind: 'session' as const,
      title,
      speakers: [{ name: 'Ana Ribeiro' }],
      tags: [],
      links: {},
      takeaways: [],
      body: 'Tracing with lanterns.',
      source: 'sched.ics',
      removed,
      session: { scheduleId: 'schedule:x:ics', key: 's1', startsAt: '', endsAt: '', links: [] },
    });
    const schedule = (updatedAt: string) => ({
      id: 'schedule:x:ics',
      conferenceId: conference.id,
      title: 'X',
      format: 'ics' as const,
      file: 'sched.ics',
      sessionCount: 1,
      skipped: [],
      importedAt: updatedAt,
      updatedAt,
    });
    try {
      await expect.poll(() => changes.length).toBeGreaterThanOrEqual(1);
      await database.transaction('rw', database.items, database.schedules, async () => {
        await database.items.put(session('Lighthouse Keepers'));
        await database.schedules.put(schedule('2030-01-01T00:00:00.000Z'));
      });
      await expect.poll(() => titles(index.search('lighthouse'))).toEqual(['Lighthouse Keepers']);
      // A note on the session carries its title; a re-import that renames the session renames it there too.
      await database.annotations.put({ ...note, itemId: `${conference.id}/session-s1`, body: 'lantern spans' });
      await expect.poll(() => index.search('lantern spans').hits[0]?.itemTitle).toBe('Lighthouse Keepers');
      await database.transaction('rw', database.items, database.schedules, async () => {
        await database.items.put(session('Lighthouse Keepers, Revisited'));
        await database.schedules.put(schedule('2030-02-01T00:00:00.000Z'));
      });
      await expect
        .poll(() => index.search('lantern spans').hits.find((hit) => hit.kind === 'note')?.itemTitle)
        .toBe('Lighthouse Keepers, Revisited');

      await saveSearchIndex(database, contentHash, index);
      const reopened = await openSearchIndex(database);
      expect(reopened.source).toBe('saved');
      expect(titles(reopened.index.search('lighthouse'))[0]).toBe('Lighthouse Keepers, Revisited');

      await database.items.delete(`${conference.id}/session-s1`);
      await expect.poll(() => titles(index.search('lighthouse')).includes('Lighthouse Keepers, Revisited')).toBe(false);
    } finally {
      stop();
    }
  });
});
