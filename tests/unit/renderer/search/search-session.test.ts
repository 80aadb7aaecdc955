// The page's search state: a small index is loaded into the page and answers there, without the
// worker; a large one stays in the worker. Recent searches are kept in the database.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { DebriefDatabase } from '../../../../renderer/src/lib/db/database';
import { seedContent } from '../../../../renderer/src/lib/db/seed-content';
import { openSearchIndex, saveSearchIndex } from '../../../../renderer/src/lib/search/index-store';
import type { SearchOutcome } from '../../../../renderer/src/lib/search/results';
import type { WorkerPort } from '../../../../renderer/src/lib/search/search-client';
import {
  pageIndexLimit,
  pageSyncLimit,
  recentSearchesKey,
  SearchSession,
} from '../../../../renderer/src/lib/search/search-session.svelte';
import type { WorkerRequest, WorkerResponse } from '../../../../renderer/src/lib/search/worker-protocol';
import { conference, items, note } from '../../../fixtures/search/recap-corpus';

class FakeWorker implements WorkerPort {
  readonly sent: WorkerRequest[] = [];
  #listeners: ((event: MessageEvent<WorkerResponse>) => void)[] = [];
  postMessage(message: WorkerRequest): void {
    this.sent.push(message);
  }
  addEventListener(type: string, listener: (event: never) => void): void {
    if (type === 'message') this.#listeners.push(listener as (event: MessageEvent<WorkerResponse>) => void);
  }
  answer(message: WorkerResponse): void {
    for (const listener of this.#listeners) listener({ data: message } as MessageEvent<WorkerResponse>);
  }
}

let database: DebriefDatabase;

async function savedRecap(): Promise<DebriefDatabase> {
  database = new DebriefDatabase(`session-${Math.random()}`);
  await seedContent(database, { hash: 'v1', conferences: [conference], items, problems: [] });
  const opened = await openSearchIndex(database);
  await saveSearchIndex(database, 'v1', opened.index);
  return database;
}

const ready = (documents: number): WorkerResponse => ({
  type: 'ready',
  detail: { source: 'saved', documents, ms: 1, phases: {} },
});

afterEach(async () => {
  database?.close();
  if (database) await database.delete();
});

describe('SearchSession', () => {
  it('loads a small index into the page and answers there, keeping it current', async () => {
    const session = new SearchSession(await savedRecap());
    const worker = new FakeWorker();
    session.start(worker);
    expect(worker.sent).toEqual([{ type: 'open' }]);
    worker.answer(ready(items.length));
    await expect.poll(() => session.answersInPage).toBe(true);

    const outcome = (await session.run('karpentr')) as SearchOutcome;
    expect(outcome.hits.map((hit) => hit.titleText)).toEqual(['Karpenter']);
    expect(session.outcome).toBe(outcome);
    expect((await session.titles('backst'))?.hits.map((hit) => hit.titleText)).toEqual([
      'Backstage: Restoring Order To Your Chaos',
    ]);
    expect(worker.sent.filter((message) => message.type === 'search')).toEqual([]);

    const revision = session.revision;
    await database.annotations.put(note);
    await expect.poll(() => session.revision).toBeGreaterThan(revision);
    expect((await session.run('zeppelin'))?.total).toBe(1);
  });

  it('hands a change to many records at once to the worker, and takes the index back once it is saved', async () => {
    const session = new SearchSession(await savedRecap());
    const worker = new FakeWorker();
    session.start(worker);
    worker.answer(ready(items.length));
    await expect.poll(() => session.answersInPage).toBe(true);

    // A team folder's merge: more notes at once than the page takes in within a frame.
    const many = Array.from({ length: pageSyncLimit + 1 }, (_, n) => ({ ...note, id: `merged-${n}` }));
    const revision = session.revision;
    await database.annotations.bulkPut(many);
    await expect.poll(() => session.answersInPage).toBe(false);
    expect(session.revision).toBeGreaterThan(revision);
    void session.run('zeppelin');
    expect(worker.sent.filter((message) => message.type === 'search')).toHaveLength(1);

    // Saved too big for the page, it stays with the worker; saved small enough, the page loads it again.
    worker.answer({ type: 'saved', ms: 1, documents: pageIndexLimit + 1 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(session.answersInPage).toBe(false);
    worker.answer({ type: 'saved', ms: 1, documents: items.length + many.length });
    await expect.poll(() => session.answersInPage).toBe(true);
    expect((await session.run('zeppelin'))?.total).toBe(many.length);
  });

  it('leaves a large index in the worker', async () => {
    const session = new SearchSession(await savedRecap());
    const worker = new FakeWorker();
    session.start(worker);
    worker.answer(ready(pageIndexLimit + 1));
    const answer = session.run('karpentr');
    const sent = worker.sent.find((message) => message.type === 'search');
    expect(sent).toMatchObject({ type: 'search', query: 'karpentr' });
    const outcome: SearchOutcome = { query: 'karpentr', hits: [], total: 0, filters: [], hints: [], tookMs: 0 };
    worker.answer({ type: 'results', id: (sent as { id: number }).id, outcome });
    await expect(answer).resolves.toEqual(outcome);
    expect(session.answersInPage).toBe(false);
  });

  it('shows no results for a blank query, and keeps recent searches', async () => {
    const session = new SearchSession(await savedRecap());
    session.start(new FakeWorker());
    expect(await session.run('   ')).toBeNull();
    expect(session.outcome).toBeNull();
    await session.remember('karpenter');
    await session.remember(' backstage ');
    expect(session.recent).toEqual(['backstage', 'karpenter']);
    expect((await database.meta.get(recentSearchesKey))?.value).toEqual(['backstage', 'karpenter']);
    await session.forgetRecent();
    expect(await database.meta.get(recentSearchesKey)).toBeUndefined();
  });
});
