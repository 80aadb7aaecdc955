// The messages between the page and the team worker. The worker answers them one at a time, in
// the order they were sent.
import type { ReplicaUpdate } from '../../../../electron/common/team-sync/replica';
import type { TeamStepResult } from './team-steps';

/** Take in part of the folder; merge it all and apply it; or send the user's edits. */
export type TeamWorkerRequest =
  | { id: number; device: string; kind: 'take'; update: ReplicaUpdate }
  | { id: number; device: string; kind: 'merge'; update: ReplicaUpdate; folder: string }
  | { id: number; device: string; kind: 'send'; folder: string };

/** What the step did (nothing for a take), or why it failed. */
export type TeamWorkerResponse =
  { id: number; ok: true; result?: TeamStepResult } | { id: number; ok: false; message: string };
