// The search worker: owns the index, so building, loading, saving and searching never block the
// page. Loaded as a module worker from its own file (the CSP allows `worker-src 'self'`, no eval).
import { db } from '../db/database';
import {
  keepIndexCurrent,
  loadSavedIndex,
  openSearchIndex,
  saveSearchIndex,
  type OpenedIndex,
  type SavedIndex,
} from './index-store';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';

/** How long after the last edit of a note or action the index is saved again. */
const saveDelayMs = 3000;

// The renderer is type-checked against the DOM library; this is the part of the worker scope used here.
const scope = self as unknown as {
  postMessage(message: WorkerResponse): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
};

// As the page does: never open a database a newer Debrief upgraded (see DebriefDatabase.openChecked).
let databaseOpen: Promise<void> | undefined;
const openDatabase = () => (databaseOpen ??= db.openChecked());

let preloading: Promise<SavedIndex | undefined> | undefined;
let opening: Promise<OpenedIndex> | undefined;
let saveTimer: ReturnType<typeof setTimeout> | undefined;

async function open(): Promise<OpenedIndex> {
  const started = performance.now();
  await openDatabase();
  const opened = await openSearchIndex(db, await preloading);
  keepIndexCurrent(
    db,
    opened.index,
    (changes) => {
      if (changes.added + changes.updated + changes.removed === 0) return;
      scope.postMessage({ type: 'updated', ...changes });
      clearTimeout(saveTimer);
      saveTimer = setTimeout(() => void save(opened), saveDelayMs);
    },
    report,
  );
  scope.postMessage({
    type: 'ready',
    detail: {
      source: opened.source,
      documents: opened.index.documentCount,
      ms: performance.now() - started,
      phases: opened.phases,
      rebuildReason: opened.rebuildReason,
    },
  });
  if (opened.source === 'built') void save(opened);
  else opened.index.warmUp();
  return opened;
}

async function save(opened: OpenedIndex): Promise<void> {
  const started = performance.now();
  try {
    await saveSearchIndex(db, opened.contentHash, opened.index);
    scope.postMessage({ type: 'saved', ms: performance.now() - started, documents: opened.index.documentCount });
  } catch (error) {
    report(error);
  }
}

function report(error: unknown): void {
  console.error('Debrief search:', error);
}

scope.addEventListener('message', (event) => {
  const message = event.data;
  if (message.type === 'prepare') {
    // Read the saved index while the page loads the content; `open` checks it is still current.
    // The worker's clock starts when the page created it: its first steps are timed from there.
    const bootMs = performance.now();
    preloading ??= openDatabase()
      .then(() => {
        const databaseMs = performance.now() - bootMs;
        return loadSavedIndex(db).then((saved) => ({ ...saved, phases: { bootMs, databaseMs, ...saved.phases } }));
      })
      .then((saved) => {
        scope.postMessage({ type: 'preloaded', at: performance.timeOrigin + performance.now(), found: !!saved.index });
        return saved;
      })
      .catch((error: unknown) => {
        report(error);
        return undefined;
      });
    return;
  }
  if (message.type === 'open') {
    opening ??= open();
    opening.catch((error: unknown) => {
      scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    });
    return;
  }
  if (message.type === 'search') {
    opening ??= open();
    void opening
      .then(({ index }) => {
        scope.postMessage({ type: 'results', id: message.id, outcome: index.search(message.query, message.request) });
      })
      .catch((error: unknown) => {
        scope.postMessage({
          type: 'search-failed',
          id: message.id,
          message: error instanceof Error ? error.message : String(error),
        });
      });
  }
});
