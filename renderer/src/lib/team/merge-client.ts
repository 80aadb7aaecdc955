// The page's side of the team merge's worker: one merge at a time, answered in order.
import type { ReplicaMerge, ReplicaUpdate } from '../../../../electron/common/team-sync/replica';
import type { MergeRequest, MergeResponse } from './merge-protocol';

/** Merges the team folder off the page. */
export interface TeamMerger {
  merge(device: string, update: ReplicaUpdate): Promise<ReplicaMerge>;
}

/** A merger backed by its own worker, started on the first merge. */
export function workerMerger(): TeamMerger {
  let worker: Worker | undefined;
  let nextId = 1;
  const waiting = new Map<number, { resolve: (result: ReplicaMerge) => void; reject: (error: Error) => void }>();
  const start = (): Worker => {
    const started = new Worker(new URL('./merge-worker.ts', import.meta.url), { type: 'module', name: 'debrief-team' });
    started.addEventListener('message', ({ data }: MessageEvent<MergeResponse>) => {
      const caller = waiting.get(data.id);
      waiting.delete(data.id);
      if (data.ok) caller?.resolve(data.result);
      else caller?.reject(new Error(`The team folder could not be merged: ${data.message}`));
    });
    started.addEventListener('error', (event) => {
      // The worker's copy of the folder is gone with it: the next merge starts a new one from scratch.
      worker = undefined;
      for (const caller of waiting.values()) caller.reject(new Error(event.message || 'the team merge stopped'));
      waiting.clear();
    });
    return started;
  };
  return {
    merge(device, update) {
      worker ??= start();
      const id = nextId++;
      const request: MergeRequest = { id, device, update };
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker!.postMessage(request);
      });
    },
  };
}
