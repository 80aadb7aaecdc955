// Reading a schedule file off the page: a large schedule (FOSDEM's is 2 MB, 700+ sessions) is
// parsed and matched against the recap in a worker, so the window stays responsive meanwhile.
import type { RecapItem } from '../../../../electron/common/domain';
import type { SessionMatch } from '../../../../electron/common/schedule-import/match-sessions';
import type { ScheduleRead } from '../../../../electron/common/schedule-import/schedule';

/** What the page asks the worker: the file, the zone for times without one, and the recap's items to link. */
export interface ScheduleReadRequest {
  name: string;
  bytes: Uint8Array;
  floatingTimeZone?: string;
  recapItems: RecapItem[];
}

/** What the worker answers: the file as read and the recap talks it would link, or why it failed. */
export type ScheduleReadResponse =
  { type: 'read'; read: ScheduleRead; matches: SessionMatch[] } | { type: 'failed'; message: string };

/** Reads a schedule file in a worker of its own, which ends when the answer is in. */
export function readScheduleOffPage(request: ScheduleReadRequest): Promise<ScheduleReadResponse> {
  const worker = new Worker(new URL('./schedule-worker.ts', import.meta.url), {
    type: 'module',
    name: 'debrief-schedule-reader',
  });
  return new Promise((resolve) => {
    worker.addEventListener('message', (event: MessageEvent<ScheduleReadResponse>) => {
      resolve(event.data);
      // Ended in a task of its own: tearing down a worker that held a large file is work too.
      setTimeout(() => worker.terminate(), 0);
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      resolve({ type: 'failed', message: event.message || 'the schedule reader stopped unexpectedly' });
    });
    worker.postMessage(request);
  });
}
