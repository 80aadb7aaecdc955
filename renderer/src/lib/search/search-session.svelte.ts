// The search the UI sees: whether the index is ready, the query in the box and its results, and
// recent searches. One instance; components stay presentational.
import { db } from '../db/database';
import { localToday } from './filters';
import type { SearchOutcome } from './results';
import { SearchClient, startSearchWorker, type WorkerPort } from './search-client';
import type { ReadyDetail } from './worker-protocol';

/** The `meta` key recent searches are kept under. */
export const recentSearchesKey = 'search.recentQueries';

/** How many recent searches are kept. */
export const recentSearchesKept = 8;

/** Puts a query first in a recent-searches list, without duplicates, keeping at most `recentSearchesKept`. */
export function withRecent(recent: readonly string[], query: string): string[] {
  const trimmed = query.trim();
  if (!trimmed) return [...recent];
  return [trimmed, ...recent.filter((other) => other !== trimmed)].slice(0, recentSearchesKept);
}

/** Search state shared by the search box, the quick switcher and the match highlighter. */
export class SearchSession {
  status = $state<'idle' | 'preparing' | 'ready' | 'failed'>('idle');
  failure = $state('');
  ready = $state<ReadyDetail | undefined>(undefined);
  query = $state('');
  outcome = $state<SearchOutcome | null>(null);
  recent = $state<string[]>([]);
  /** Counts user-record edits the index took in; results are refreshed when it changes. */
  revision = $state(0);

  #client: SearchClient | undefined;

  /** Starts the worker and opens the index. Call once the content is seeded; later calls do nothing. */
  start(port: WorkerPort = startSearchWorker()): void {
    if (this.#client) return;
    this.status = 'preparing';
    this.#client = new SearchClient(port, {
      ready: (detail) => {
        this.ready = detail;
        this.status = 'ready';
        // For `npm run bench` and the performance panel: when search became usable, and how.
        performance.mark('debrief:search-ready', { detail });
      },
      failed: (message) => {
        this.failure = message;
        this.status = 'failed';
      },
      updated: () => {
        this.revision++;
      },
      saved: (ms) => {
        performance.mark('debrief:search-saved', { detail: { ms } });
      },
    });
    this.#client.open();
    void this.#loadRecent();
  }

  /** Runs the box's query. Resolves with its outcome, or null when a newer query replaced it. */
  async run(query: string): Promise<SearchOutcome | null> {
    this.query = query;
    if (!this.#client || !query.trim()) {
      this.outcome = null;
      return null;
    }
    const outcome = await this.#client.search('box', query, { today: localToday(), limit: 50 });
    // Only the latest query's answer is shown, even if an older one arrives late.
    if (outcome && outcome.query === this.query) this.outcome = outcome;
    return outcome;
  }

  /** Searches item titles for the quick switcher; an empty query lists items in recap order. */
  async titles(query: string): Promise<SearchOutcome | null> {
    if (!this.#client) return null;
    return this.#client.search('titles', query, { scope: 'titles', limit: 50 });
  }

  /** Remembers a query the user acted on. */
  async remember(query: string): Promise<void> {
    this.recent = withRecent(this.recent, query);
    await db.meta.put({ key: recentSearchesKey, value: [...this.recent] });
  }

  /** Forgets every recent search. */
  async forgetRecent(): Promise<void> {
    this.recent = [];
    await db.meta.delete(recentSearchesKey);
  }

  async #loadRecent(): Promise<void> {
    const record = await db.meta.get(recentSearchesKey);
    const value = record?.value;
    if (Array.isArray(value))
      this.recent = value.filter((q): q is string => typeof q === 'string').slice(0, recentSearchesKept);
  }
}

/** The app's search. */
export const search = new SearchSession();
