// Reading the user's recap files off the page: a folder of a hundred notes is split into talks and
// matched against the whole library in a worker, so the window keeps answering meanwhile.
import type { Conference, RecapItem } from '../../../../electron/common/domain';
import type { RecapReading } from '../../../../electron/common/recap-import/recap-reading';

/** A file for the worker: its bytes, or the file chosen in the page for the worker to read. */
export interface RecapFileToRead {
  path: string;
  bytes?: Uint8Array;
  file?: Blob;
}

/** What the page asks the worker: the files, the folder they came from, and the library to link them to. */
export interface RecapReadRequest {
  files: RecapFileToRead[];
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
      resolve(event.data);
      // Ended in a task of its own: tearing down a worker that held megabytes is work too.
      setTimeout(() => worker.terminate(), 0);
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      resolve({ type: 'failed', message: event.message || 'the recap reader stopped unexpectedly' });
    });
    // The files' bytes move to the worker rather than being copied: a folder may hold megabytes.
    worker.postMessage(request, [
      ...new Set(request.files.flatMap((file) => (file.bytes ? [file.bytes.buffer as ArrayBuffer] : []))),
    ]);
  });
}
