// The page's side of the search worker. Each caller (the search box, the quick switcher) has its
// own lane with at most one query in the worker and one waiting: a query typed while another
// runs replaces the waiting one, so fast typing never builds a queue of stale searches.
import type { SearchRequest } from './search-index';
import type { SearchOutcome } from './results';
import type { ReadyDetail, WorkerRequest, WorkerResponse } from './worker-protocol';

/** Something that runs the worker's side: a real Worker, or a fake in tests. */
export interface WorkerPort {
  postMessage(message: WorkerRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerResponse>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
}

/** What the client tells its owner about the index. */
export interface ClientEvents {
  ready(detail: ReadyDetail): void;
  failed(message: string): void;
  updated(): void;
  /** The index was saved, holding `documents` documents. */
  saved(ms: number, documents: number): void;
  preloaded(at: number, found: boolean): void;
}

interface Waiting {
  query: string;
  request: SearchRequest;
  resolve: (outcome: SearchOutcome | null) => void;
  reject: (error: Error) => void;
}

interface Lane {
  running: boolean;
  waiting?: Waiting;
}

/** Starts the search worker from its own file, as the CSP requires. */
export function startSearchWorker(): WorkerPort {
  return new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module', name: 'debrief-search' });
}

/** Talks to the search worker. */
export class SearchClient {
  #port: WorkerPort;
  #nextId = 1;
  #inFlight = new Map<number, Waiting & { lane: Lane }>();
  #lanes = new Map<string, Lane>();

  constructor(port: WorkerPort, events: ClientEvents) {
    this.#port = port;
    port.addEventListener('message', (event) => {
      const message = event.data;
      switch (message.type) {
        case 'ready':
          return events.ready(message.detail);
        case 'failed':
          return events.failed(message.message);
        case 'updated':
          return events.updated();
        case 'saved':
          return events.saved(message.ms, message.documents);
        case 'preloaded':
          return events.preloaded(message.at, message.found);
        case 'results':
        case 'search-failed': {
          const job = this.#inFlight.get(message.id);
          if (!job) return;
          this.#inFlight.delete(message.id);
          if (message.type === 'results') job.resolve(message.outcome);
          else job.reject(new Error(`Search failed: ${message.message}`));
          job.lane.running = false;
          this.#drain(job.lane);
        }
      }
    });
    port.addEventListener('error', (event) => events.failed(event.message || 'The search worker stopped.'));
  }

  /** Asks the worker to start reading the saved index, before the content is known to be current. */
  prepare(): void {
    this.#port.postMessage({ type: 'prepare' });
  }

  /** Asks the worker to load or build the index for the content now in the database. */
  open(): void {
    this.#port.postMessage({ type: 'open' });
  }

  /**
   * Runs a query in a lane. Resolves with the outcome, or with null when a newer query of the
   * same lane replaced it before it ran.
   */
  search(lane: string, query: string, request: SearchRequest = {}): Promise<SearchOutcome | null> {
    const state = this.#lanes.get(lane) ?? { running: false };
    this.#lanes.set(lane, state);
    return new Promise((resolve, reject) => {
      state.waiting?.resolve(null);
      state.waiting = { query, request, resolve, reject };
      this.#drain(state);
    });
  }

  #drain(lane: Lane): void {
    if (lane.running || !lane.waiting) return;
    const job = lane.waiting;
    lane.waiting = undefined;
    lane.running = true;
    const id = this.#nextId++;
    this.#inFlight.set(id, { ...job, lane });
    this.#port.postMessage({ type: 'search', id, query: job.query, request: job.request });
  }
}
