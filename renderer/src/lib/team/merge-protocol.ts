// The messages between the page and the team merge's worker.
import type { ReplicaMerge, ReplicaUpdate } from '../../../../electron/common/team-sync/replica';

/** Take in what changed, then merge. */
export interface MergeRequest {
  id: number;
  device: string;
  update: ReplicaUpdate;
}

/** The merge, or why it failed. */
export type MergeResponse = { id: number; ok: true; result: ReplicaMerge } | { id: number; ok: false; message: string };
