// The team merge's worker: holds every segment read from the team folder, parsed once, and merges
// them with this device's own log off the page, so a folder of 50,000 changes never stalls typing.
import { TeamReplica, type ReplicaMerge, type ReplicaUpdate } from '../../../../electron/common/team-sync/replica';
import type { MergeRequest, MergeResponse } from './merge-protocol';

const scope = self as unknown as {
  postMessage(message: MergeResponse): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<MergeRequest>) => void): void;
};

let replica: TeamReplica | undefined;

scope.addEventListener('message', ({ data }) => {
  try {
    if (!replica || replica.device !== data.device) replica = new TeamReplica(data.device);
    replica.update(data.update satisfies ReplicaUpdate);
    const result: ReplicaMerge = replica.merge();
    scope.postMessage({ id: data.id, ok: true, result });
  } catch (error) {
    scope.postMessage({ id: data.id, ok: false, message: (error as Error).message });
  }
});
