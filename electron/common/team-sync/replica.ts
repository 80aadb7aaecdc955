// Everything a device has read of the team folder, kept between merges: each segment parsed once
// (a folder of 50 segments where one grew re-reads one), plus the device's own log, which it keeps
// itself and so merges even while the folder is out of reach.
import type { Change } from './change';
import { decodeStamp, type Stamp } from './hybrid-clock';
import { mergeChanges, type Merged } from './merge';
import { parseSegment, segmentDevice, type SegmentFile, type SegmentProblem } from './segments';
import { seenSoFar } from './seen-so-far';
import { isSyncToolTempFile } from './sync-tool-files';

/** What changed in the folder, and in the device's own log, since the replica was last told. */
export interface ReplicaUpdate {
  /** Forget every segment held: `files` is all there is. */
  reset?: boolean;
  files?: SegmentFile[];
  removed?: string[];
  /** The device's own changes not sent before. */
  ownChanges?: Change[];
}

/** A merge of all the replica holds. */
export interface ReplicaMerge {
  merged: Merged;
  /** By segment, then line. */
  problems: SegmentProblem[];
  /** What the device's next change says it has seen of each other device. */
  seen: Record<string, number>;
  /** The latest stamp read from another device: the device's clock moves past it. */
  latestStamp?: Stamp;
  /** How many distinct changes were merged. */
  changeCount: number;
}

/** The team folder as one device has read it. */
export class TeamReplica {
  readonly #segments = new Map<string, { changes: Change[]; problems: SegmentProblem[] }>();
  readonly #own = new Map<number, Change>();

  constructor(readonly device: string) {}

  /** Takes in what changed; a segment read again replaces what was held of it. */
  update(update: ReplicaUpdate): void {
    if (update.reset) this.#segments.clear();
    for (const name of update.removed ?? []) this.#segments.delete(name);
    for (const file of update.files ?? []) {
      if (isSyncToolTempFile(file.name) || segmentDevice(file.name) === undefined) continue;
      this.#segments.set(file.name, parseSegment(file));
    }
    for (const change of update.ownChanges ?? []) this.#own.set(change.seq, change);
  }

  /** Merges every change held. */
  merge(): ReplicaMerge {
    const changes: Change[] = [...this.#own.values()];
    const problems: SegmentProblem[] = [];
    let latest: string | undefined;
    for (const segment of this.#segments.values()) {
      for (const change of segment.changes) {
        changes.push(change);
        if (change.device !== this.device && (latest === undefined || change.stamp > latest)) latest = change.stamp;
      }
      problems.push(...segment.problems);
    }
    const merged = mergeChanges(changes);
    problems.sort((a, b) => (a.segment < b.segment ? -1 : a.segment > b.segment ? 1 : a.line - b.line));
    return {
      merged,
      problems,
      seen: seenSoFar(changes, this.device),
      ...(latest ? { latestStamp: decodeStamp(latest)! } : {}),
      changeCount: new Set(changes.map((change) => change.id)).size,
    };
  }
}
