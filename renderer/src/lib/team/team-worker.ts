// The team worker: holds every segment read from the team folder, parsed once, merges them with
// this device's own log and applies the merge to IndexedDB, all off the page (team-steps.ts).
import { db } from '../db/database';
import { TeamSteps } from './team-steps';
import type { TeamWorkerRequest, TeamWorkerResponse } from './team-worker-protocol';

const scope = self as unknown as {
  postMessage(message: TeamWorkerResponse): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<TeamWorkerRequest>) => void): void;
};

// As the page does: never open a database a newer Debrief upgraded (see DebriefDatabase.openChecked).
let databaseOpen: Promise<void> | undefined;
let steps: TeamSteps | undefined;
// One request at a time: a merge waits on IndexedDB, and what comes next must not change the replica under it.
let queue: Promise<void> = Promise.resolve();

async function answer(request: TeamWorkerRequest): Promise<TeamWorkerResponse> {
  try {
    await (databaseOpen ??= db.openChecked());
    if (!steps || steps.device !== request.device) steps = new TeamSteps(db, request.device);
    if (request.kind === 'take') {
      steps.take(request.update);
      return { id: request.id, ok: true };
    }
    const result =
      request.kind === 'merge' ? await steps.merge(request.update, request.folder) : await steps.send(request.folder);
    return { id: request.id, ok: true, result };
  } catch (error) {
    return { id: request.id, ok: false, message: (error as Error).message };
  }
}

scope.addEventListener('message', ({ data }) => {
  queue = queue.then(async () => scope.postMessage(await answer(data)));
});
