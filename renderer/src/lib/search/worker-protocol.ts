// The messages between the page and the search worker. Everything in them is structured-cloneable.
import type { SearchRequest } from './search-index';
import type { SearchOutcome } from './results';

/** Page → worker. */
export type WorkerRequest =
  /** Start reading the saved index now, while the page loads the content. */
  | { type: 'prepare' }
  /** Load the saved index (or build one) and keep it current. Sent once the content is seeded. */
  | { type: 'open' }
  | { type: 'search'; id: number; query: string; request: SearchRequest };

/** How the index came to be ready. */
export interface ReadyDetail {
  source: 'saved' | 'built';
  documents: number;
  /** From `open` to ready, in the worker. */
  ms: number;
  /** Milliseconds per step: reading, parsing, building, syncing user records. */
  phases: Record<string, number>;
  rebuildReason?: string;
}

/** Worker → page. */
export type WorkerResponse =
  | { type: 'ready'; detail: ReadyDetail }
  | { type: 'failed'; message: string }
  | { type: 'results'; id: number; outcome: SearchOutcome }
  | { type: 'search-failed'; id: number; message: string }
  /** The saved index was read ahead (`at`: when, as `performance.timeOrigin + performance.now()`). */
  | { type: 'preloaded'; at: number; found: boolean }
  /** The index was written to IndexedDB, for the next start. */
  | { type: 'saved'; ms: number; documents: number }
  /** The index took user-record edits (notes, actions, stars) into account. */
  | { type: 'updated'; added: number; updated: number; removed: number };
