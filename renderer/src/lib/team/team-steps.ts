// This device's side of the team folder, as the team worker runs it: the replica of the folder
// (every segment parsed once), which of the device's own changes it holds, and each sync step
// against the database. All of it runs off the page, so merging a folder of 50,000 changes and
// applying it to IndexedDB never holds up typing; the page hands over what main read and writes
// out the segments this returns.
import { changesPerTeamSegment } from '../../../../electron/common/ipc-contract';
import type { Conflict } from '../../../../electron/common/team-sync/merge';
import { TeamReplica, type ReplicaUpdate } from '../../../../electron/common/team-sync/replica';
import type { SegmentProblem } from '../../../../electron/common/team-sync/segments';
import type { DebriefDatabase } from '../db/database';
import type { TeamLogState } from './team-records';
import { syncStep } from './team-transaction';

/** What the page needs of a merge: what to show in the Team view. */
export interface TeamMergeSummary {
  conflicts: Conflict[];
  /** Merged records that cannot be shown yet, because the change that made them has not synced. */
  waiting: number;
  /** How many distinct changes the merge held, from every device. */
  changeCount: number;
  problems: SegmentProblem[];
  /** Where the step's time went, ms: merging what the replica holds, then applying it in one transaction. */
  phases: { mergeMs: number; applyMs: number };
}

/** One segment of this device's log, as its file in the folder holds it. */
export interface SegmentToWrite {
  /** 1 for changes 1 to 1,000, 2 for 1,001 to 2,000… */
  segment: number;
  text: string;
}

/** What a step did, and what is left for the page to write. */
export interface TeamStepResult {
  /** Changes the step added to this device's log. */
  made: number;
  /** Present when the step merged the folder. */
  merge?: TeamMergeSummary;
  /** The segments of the log the folder does not have yet, in order. */
  unwritten: SegmentToWrite[];
  /** The log's last change: the folder has everything through it once `unwritten` is written. */
  seq: number;
}

/** One device's sync steps against its database. */
export class TeamSteps {
  #replica: TeamReplica;
  /** The highest seq of this device's own changes the replica holds. */
  #ownHeld = 0;

  constructor(
    readonly database: DebriefDatabase,
    readonly device: string,
  ) {
    this.#replica = new TeamReplica(device);
  }

  /** Takes in part of what main read, without merging: a long answer comes in several pages. */
  take(update: ReplicaUpdate): void {
    this.#replica.update(update);
  }

  /**
   * Takes in `update`, merges everything held with this device's own log and applies it; the
   * user's edits since the last step go out first, in the same transaction. `folder` is where the
   * log is to be written.
   */
  async merge(update: ReplicaUpdate, folder: string): Promise<TeamStepResult> {
    try {
      const own = await this.database.teamLog.where('seq').above(this.#ownHeld).toArray();
      this.#replica.update({ ...update, ownChanges: own.map((entry) => entry.change) });
      for (const entry of own) this.#ownHeld = Math.max(this.#ownHeld, entry.seq);
      const started = performance.now();
      const merged = this.#replica.merge();
      const mergedAt = performance.now();
      const step = await syncStep(this.database, this.device, merged);
      const phases = { mergeMs: Math.round(mergedAt - started), applyMs: Math.round(performance.now() - mergedAt) };
      return {
        made: step.made.length,
        merge: {
          conflicts: merged.merged.conflicts,
          waiting: step.waiting.length,
          changeCount: merged.changeCount,
          problems: merged.problems,
          phases,
        },
        ...(await this.#unwritten(step.state, folder)),
      };
    } catch (error) {
      // What the replica holds may be half taken in: the page reads the whole folder again.
      this.#replica = new TeamReplica(this.device);
      this.#ownHeld = 0;
      throw error;
    }
  }

  /** The user's edits since the last step as changes of this device's log, without merging. */
  async send(folder: string): Promise<TeamStepResult> {
    const step = await syncStep(this.database, this.device);
    return { made: step.made.length, ...(await this.#unwritten(step.state, folder)) };
  }

  /** The segments of the log not yet written to `folder` (joined to another, it all goes there too). */
  async #unwritten(state: TeamLogState, folder: string): Promise<Pick<TeamStepResult, 'unwritten' | 'seq'>> {
    const writtenThrough = state.folder === folder ? state.writtenThrough : 0;
    const unwritten: SegmentToWrite[] = [];
    if (writtenThrough < state.seq) {
      const first = Math.floor(writtenThrough / changesPerTeamSegment) + 1;
      const last = Math.ceil(state.seq / changesPerTeamSegment);
      for (let segment = first; segment <= last; segment++) {
        const entries = await this.database.teamLog
          .where('seq')
          .between((segment - 1) * changesPerTeamSegment + 1, segment * changesPerTeamSegment, true, true)
          .toArray();
        unwritten.push({ segment, text: entries.map((entry) => `${JSON.stringify(entry.change)}\n`).join('') });
      }
    }
    return { unwritten, seq: state.seq };
  }
}
