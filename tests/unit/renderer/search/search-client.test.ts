// The page's side of the worker: one query per lane in flight, the newest waiting one replacing
// older ones, answers routed to their lane, and worker events passed on.
import { describe, expect, it } from 'vitest';
import type { SearchOutcome } from '../../../../renderer/src/lib/search/results';
import { SearchClient, type WorkerPort } from '../../../../renderer/src/lib/search/search-client';
import type { WorkerRequest, WorkerResponse } from '../../../../renderer/src/lib/search/worker-protocol';

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
  searches(): Extract<WorkerRequest, { type: 'search' }>[] {
    return this.sent.filter((m): m is Extract<WorkerRequest, { type: 'search' }> => m.type === 'search');
  }
}

const outcome = (query: string): SearchOutcome => ({ query, hits: [], total: 0, filters: [], hints: [], tookMs: 0 });

function client(worker: FakeWorker, events: string[] = []) {
  return new SearchClient(worker, {
    ready: (detail) => events.push(`ready:${detail.source}`),
    failed: (message) => events.push(`failed:${message}`),
    updated: () => events.push('updated'),
    saved: () => events.push('saved'),
    preloaded: (_at, found) => events.push(`preloaded:${found}`),
  });
}

describe('SearchClient', () => {
  it('sends one query per lane at a time; the newest waiting query replaces older ones', async () => {
    const worker = new FakeWorker();
    const search = client(worker);
    const first = search.search('box', 'k');
    const second = search.search('box', 'ku');
    const third = search.search('box', 'kub');
    expect(worker.searches().map((m) => m.query)).toEqual(['k']);
    await expect(second).resolves.toBeNull();

    worker.answer({ type: 'results', id: worker.searches()[0]!.id, outcome: outcome('k') });
    await expect(first).resolves.toEqual(outcome('k'));
    expect(worker.searches().map((m) => m.query)).toEqual(['k', 'kub']);
    worker.answer({ type: 'results', id: worker.searches()[1]!.id, outcome: outcome('kub') });
    await expect(third).resolves.toEqual(outcome('kub'));
  });

  it('keeps lanes apart', async () => {
    const worker = new FakeWorker();
    const search = client(worker);
    const box = search.search('box', 'a');
    const titles = search.search('titles', 'b', { scope: 'titles' });
    expect(worker.searches().map((m) => [m.query, m.request.scope])).toEqual([
      ['a', undefined],
      ['b', 'titles'],
    ]);
    worker.answer({ type: 'results', id: worker.searches()[1]!.id, outcome: outcome('b') });
    worker.answer({ type: 'results', id: worker.searches()[0]!.id, outcome: outcome('a') });
    await expect(box).resolves.toEqual(outcome('a'));
    await expect(titles).resolves.toEqual(outcome('b'));
  });

  it('rejects a failed search with the worker message, and the lane goes on', async () => {
    const worker = new FakeWorker();
    const search = client(worker);
    const failing = search.search('box', 'x');
    const next = search.search('box', 'y');
    worker.answer({ type: 'search-failed', id: worker.searches()[0]!.id, message: 'index gone' });
    await expect(failing).rejects.toThrow('Search failed: index gone');
    worker.answer({ type: 'results', id: worker.searches()[1]!.id, outcome: outcome('y') });
    await expect(next).resolves.toEqual(outcome('y'));
  });

  it('passes on prepare and open, and the worker events', () => {
    const worker = new FakeWorker();
    const events: string[] = [];
    const search = client(worker, events);
    search.prepare();
    search.open();
    expect(worker.sent).toEqual([{ type: 'prepare' }, { type: 'open' }]);
    worker.answer({ type: 'ready', detail: { source: 'saved', documents: 3, ms: 1, phases: {} } });
    worker.answer({ type: 'updated', added: 1, updated: 0, removed: 0 });
    worker.answer({ type: 'saved', ms: 2, documents: 3 });
    worker.answer({ type: 'preloaded', at: 5, found: true });
    worker.answer({ type: 'failed', message: 'no database' });
    expect(events).toEqual(['ready:saved', 'updated', 'saved', 'preloaded:true', 'failed:no database']);
  });
});
