// The page's side of the team worker, started on the first request.
import type { ReplicaUpdate } from '../../../../electron/common/team-sync/replica';
import type { TeamStepResult } from './team-steps';
import type { TeamWorkerRequest, TeamWorkerResponse } from './team-worker-protocol';

/** Sync steps run off the page. */
export interface TeamStepRunner {
  /** Hands over part of the folder; the merge that follows takes it in. */
  take(device: string, update: ReplicaUpdate): Promise<void>;
  /** Merges the folder with this device's log and applies it; the user's edits go out first. */
  merge(device: string, update: ReplicaUpdate, folder: string): Promise<TeamStepResult>;
  /** The user's edits as changes of this device's log. */
  send(device: string, folder: string): Promise<TeamStepResult>;
}

type Request = TeamWorkerRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

/** A runner backed by its own worker. */
export function teamWorker(): TeamStepRunner {
  let worker: Worker | undefined;
  let nextId = 1;
  const waiting = new Map<number, { resolve: (result?: TeamStepResult) => void; reject: (error: Error) => void }>();
  const start = (): Worker => {
    const started = new Worker(new URL('./team-worker.ts', import.meta.url), { type: 'module', name: 'debrief-team' });
    started.addEventListener('message', ({ data }: MessageEvent<TeamWorkerResponse>) => {
      const caller = waiting.get(data.id);
      waiting.delete(data.id);
      if (data.ok) caller?.resolve(data.result);
      else caller?.reject(new Error(`The team folder could not be merged: ${data.message}`));
    });
    started.addEventListener('error', (event) => {
      // The worker's copy of the folder is gone with it: the next request starts a new one from scratch.
      worker = undefined;
      for (const caller of waiting.values()) caller.reject(new Error(event.message || 'the team merge stopped'));
      waiting.clear();
    });
    return started;
  };
  const send = (request: Request) => {
    worker ??= start();
    const id = nextId++;
    return new Promise<TeamStepResult | undefined>((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      worker!.postMessage({ ...request, id } as TeamWorkerRequest);
    });
  };
  const stepResult = async (request: Request): Promise<TeamStepResult> => {
    const result = await send(request);
    if (!result) throw new Error('The team worker answered a step without its result');
    return result;
  };
  return {
    take: async (device, update) => void (await send({ device, kind: 'take', update })),
    merge: (device, update, folder) => stepResult({ device, kind: 'merge', update, folder }),
    send: (device, folder) => stepResult({ device, kind: 'send', folder }),
  };
}
