// Reading the user's recap files off the page: a folder of a hundred notes is split into talks and
// matched against the whole library in a worker, so the window keeps answering meanwhile.
import type { Conference, RecapItem } from '../../../../electron/common/domain';
import type { RecapFileInput, RecapReading } from '../../../../electron/common/recap-import/recap-reading';

/** What the page asks the worker: the files, the folder they came from, and the library to link them to. */
export interface RecapReadRequest {
  files: RecapFileInput[];
  folder?: string;
  conferences: Conference[];
  items: RecapItem[];
}

/** What the worker answers: what the files hold, or why reading them failed. */
export type RecapReadResponse = { type: 'read'; reading: RecapReading } | { type: 'failed'; message: string };

/** Reads recap files in a worker of its own, which ends when the answer is in. */
export function readRecapsOffPage(request: RecapReadRequest): Promise<RecapReadResponse> {
  const worker = new Worker(new URL('./recap-worker.ts', import.meta.url), {
    type: 'module',
    name: 'debrief-recap-reader',
  });
  return new Promise((resolve) => {
    worker.addEventListener('message', (event: MessageEvent<RecapReadResponse>) => {
      worker.terminate();
      resolve(event.data);
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      resolve({ type: 'failed', message: event.message || 'the recap reader stopped unexpectedly' });
    });
    // The files' bytes move to the worker rather than being copied: a folder may hold megabytes.
    worker.postMessage(request, [...new Set(request.files.map((file) => file.bytes.buffer as ArrayBuffer))]);
  });
}
