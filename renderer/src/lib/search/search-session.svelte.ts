// The search the UI sees: whether the index is ready, the query in the box and its results, and
// recent searches. One instance; components stay presentational.
//
// The worker builds, saves and loads the index and answers queries. A small index (most recaps)
// is also loaded into the page once saved, and then answers queries here, synchronously: the
// round trip to the worker is cheap, but its answer lands after the frame that echoes the
// keystroke, so results would paint one frame late. A large index stays in the worker only —
// loading it here would be a long task, and its heavier queries belong off the page anyway.
import { db, type DebriefDatabase } from '../db/database';
import { localToday } from './filters';
import { boxResultLimit, type SearchOutcome } from './results';
import { SearchClient, startSearchWorker, type WorkerPort } from './search-client';
import type { SearchIndex, SearchRequest } from './search-index';
import type { ReadyDetail } from './worker-protocol';

/**
 * Indexes of up to this many documents are also searched in the page. Loading one this size
 * takes well under the 50 ms a main-thread task may take (~10 µs a document), and its slowest
 * queries a few milliseconds.
 */
export const pageIndexLimit = 3000;

/**
 * A change to more of the user's records than this at once (a team folder's merge, an import of
 * action items) is not taken into the page's copy, which would take it in one long task: the
 * worker answers instead, and the page loads the index again once the worker has saved it.
 */
export const pageSyncLimit = 300;

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
  /** Resolves once search is ready or has failed: work that can wait until the user can search waits for it. */
  readonly settled: Promise<void>;
  #settle: () => void = () => {};

  #client: SearchClient | undefined;
  #opened = false;
  #database: DebriefDatabase;
  /** The page's copy of a small index, once loaded. */
  #pageIndex: SearchIndex | undefined;

  constructor(database: DebriefDatabase = db) {
    this.#database = database;
    this.settled = new Promise((resolve) => (this.#settle = resolve));
  }

  /** `database` is where the page's copy of a small index is read from. */
  /** Whether queries are answered in the page (a small index), rather than by the worker. */
  get answersInPage(): boolean {
    return this.#pageIndex !== undefined;
  }

  #prepared = false;

  /** Starts the worker and has it read the saved index while the app loads the content. Once. */
  prepare(port?: WorkerPort): void {
    if (this.#prepared) return;
    this.#prepared = true;
    performance.mark('debrief:search-prepare');
    this.#connect(port).prepare();
  }

  /** Opens the index. Call once the content is seeded; later calls do nothing. */
  start(port?: WorkerPort): void {
    const client = this.#connect(port);
    if (this.#opened) return;
    this.#opened = true;
    performance.mark('debrief:search-open');
    client.open();
    void this.#loadRecent();
  }

  #connect(port?: WorkerPort): SearchClient {
    if (this.#client) return this.#client;
    this.status = 'preparing';
    this.#client = new SearchClient(port ?? startSearchWorker(), {
      ready: (detail) => {
        this.ready = detail;
        this.status = 'ready';
        this.#settle();
        // For `npm run bench` and the performance panel: when search became usable, and how.
        performance.mark('debrief:search-ready', { detail });
        if (detail.source === 'saved' && detail.documents <= pageIndexLimit) void this.#loadPageIndex();
      },
      failed: (message) => {
        this.failure = message;
        this.status = 'failed';
        this.#settle();
      },
      updated: () => {
        // The page's copy takes the same edits through its own liveQuery, and says so itself.
        if (!this.#pageIndex) this.revision++;
      },
      saved: (ms, documents) => {
        performance.mark('debrief:search-saved', { detail: { ms, documents } });
        if (!this.#pageIndex && documents <= pageIndexLimit) void this.#loadPageIndex();
      },
      preloaded: (at, found) => {
        // Dated when the worker finished, on this page's clock.
        performance.mark('debrief:search-preloaded', { startTime: at - performance.timeOrigin, detail: { found } });
      },
    });
    return this.#client;
  }

  /** Loads the saved index into the page and keeps it current; on any failure the worker goes on answering. */
  async #loadPageIndex(): Promise<void> {
    try {
      // Loaded on demand: the index code (MiniSearch, the codec, record checks) stays out of the
      // app's first script, which every start must compile before anything shows.
      const { keepIndexCurrent, loadSavedIndex, syncFromDatabase } = await import('./index-store');
      const saved = await loadSavedIndex(this.#database);
      if (!saved.index || this.#pageIndex) return;
      const index = saved.index;
      await syncFromDatabase(this.#database, index);
      keepIndexCurrent(
        this.#database,
        index,
        (changes) => {
          if (changes.added + changes.updated + changes.removed > 0) this.revision++;
        },
        (error) => console.error('Debrief search (page copy):', error),
        (records) => {
          const changes = index.countUserRecordChanges(records.annotations, records.actions);
          if (changes <= pageSyncLimit && index.documentCount + changes <= pageIndexLimit) return true;
          // Too big to take in here within a frame: the worker, which takes it in too, answers from now on.
          if (this.#pageIndex === index) {
            this.#pageIndex = undefined;
            this.revision++;
          }
          return false;
        },
      );
      index.warmUp();
      this.#pageIndex = index;
      performance.mark('debrief:search-in-page', { detail: { documents: index.documentCount } });
    } catch (error) {
      console.error('Debrief search: the page copy of the index could not be loaded; the worker answers.', error);
    }
  }

  async #search(lane: string, query: string, request: SearchRequest): Promise<SearchOutcome | null> {
    if (this.#pageIndex) return this.#pageIndex.search(query, request);
    return this.#client ? this.#client.search(lane, query, request) : null;
  }

  /** Runs the box's query. Resolves with its outcome, or null when a newer query replaced it. */
  async run(query: string): Promise<SearchOutcome | null> {
    this.query = query;
    if (!this.#client || !query.trim()) {
      this.outcome = null;
      return null;
    }
    const outcome = await this.#search('box', query, { today: localToday(), limit: boxResultLimit });
    // Only the latest query's answer is shown, even if an older one arrives late.
    if (outcome && outcome.query === this.query) this.outcome = outcome;
    return outcome;
  }

  /** Searches item titles for the quick switcher; an empty query lists items in recap order. */
  async titles(query: string): Promise<SearchOutcome | null> {
    return this.#search('titles', query, { scope: 'titles', limit: 50 });
  }

  /** Remembers a query the user acted on. */
  async remember(query: string): Promise<void> {
    this.recent = withRecent(this.recent, query);
    await this.#database.meta.put({ key: recentSearchesKey, value: [...this.recent] });
  }

  /** Forgets every recent search. */
  async forgetRecent(): Promise<void> {
    this.recent = [];
    await this.#database.meta.delete(recentSearchesKey);
  }

  async #loadRecent(): Promise<void> {
    const record = await this.#database.meta.get(recentSearchesKey);
    const value = record?.value;
    if (Array.isArray(value))
      this.recent = value.filter((q): q is string => typeof q === 'string').slice(0, recentSearchesKept);
  }
}

/** The app's search. */
export const search = new SearchSession();
