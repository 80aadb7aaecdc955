// What main knows of the team folder between scans, and what changed when: every change gets the
// next version number, so a renderer that says which version it has gets only what is newer.
import {
  teamReadPageLength,
  type TeamFolderProblem,
  type TeamFolderRead,
  type Teammate,
} from '../../common/ipc-contract';
import type { FileContent, FolderScan, Fingerprint, ScannedFile } from './folder-scan';

interface Entry {
  kind: ScannedFile['kind'];
  fingerprint: Fingerprint;
  content: FileContent;
  /** The version at which the content was last different. */
  version: number;
}

/** Removed segments remembered for renderers that are behind; one further behind than this starts over. */
export const maxTombstones = 1_000;

/** The part of an answer that depends on the renderer's version. */
export type FolderChanges = Pick<TeamFolderRead, 'version' | 'reset' | 'files' | 'removed' | 'more'>;

/** The files of one team folder, by path, with the version each last changed at. */
export class FolderCache {
  /** Goes up by one at each scan that changed anything. */
  version = 0;
  /** A renderer behind this version is from before the folder changed (or was left): it starts over. */
  private startedAt = 0;
  /** Removals older than this are forgotten: a renderer behind it starts over. */
  private forgottenUpTo = 0;
  private readonly entries = new Map<string, Entry>();
  /** Removed segments and the version they went at, oldest first. */
  private readonly tombstones = new Map<string, number>();
  private problemsOfScan: TeamFolderProblem[] = [];

  /** The fingerprint of what is known at `path`, to skip reading it again. */
  fingerprintOf(path: string): Fingerprint | undefined {
    return this.entries.get(path)?.fingerprint;
  }

  /** Forgets everything (another folder, or none): the next answer to any renderer starts over. */
  clear(): void {
    this.entries.clear();
    this.tombstones.clear();
    this.problemsOfScan = [];
    this.version += 1;
    this.startedAt = this.version;
  }

  /**
   * Takes in what a scan found; returns whether anything changed. An unreachable folder changes
   * nothing: a share that is offline does not mean everyone's logs were deleted.
   */
  record(scan: FolderScan): boolean {
    if (!scan.reachable) return false;
    const next = this.version + 1;
    let changed = false;
    for (const [path, file] of scan.files) {
      const entry = this.entries.get(path);
      if (!file.content) {
        if (entry) entry.fingerprint = file.fingerprint;
        continue;
      }
      if (entry && entry.kind === file.kind && sameContent(entry.content, file.content)) {
        entry.fingerprint = file.fingerprint; // touched, not changed: nothing to send
        continue;
      }
      this.entries.set(path, { kind: file.kind, fingerprint: file.fingerprint, content: file.content, version: next });
      this.tombstones.delete(path);
      changed = true;
    }
    const unlisted = new Set(scan.unlisted);
    for (const [path, entry] of this.entries) {
      if (scan.files.has(path) || unlisted.has(path.split('/')[0]!)) continue;
      this.entries.delete(path);
      if ('text' in entry.content) this.tombstones.set(path, next);
      changed = true;
    }
    for (const [path, version] of this.tombstones) {
      if (this.tombstones.size <= maxTombstones) break;
      this.tombstones.delete(path);
      this.forgottenUpTo = version;
    }
    const problems = [...scan.problems].sort(byPath);
    if (JSON.stringify(problems) !== JSON.stringify(this.problemsOfScan)) {
      this.problemsOfScan = problems;
      changed = true;
    }
    if (changed) this.version = next;
    return changed;
  }

  /** Whether a renderer at version `since` has to start over rather than be told what changed. */
  mustStartOver(since: number): boolean {
    return since === 0 || since < this.startedAt || since < this.forgottenUpTo || since > this.version;
  }

  /**
   * The segments new or changed since `since` and the ones removed; every segment when it must
   * start over. An answer holds segments up to about `pageLength` characters (one at least), so
   * no single message holds the page up however big the folder is: `more` says to ask again with
   * `after` set to the last segment's name, and such a continuation never resets or lists
   * removals (the first page did).
   */
  changesSince(since: number, after?: string, pageLength = teamReadPageLength): FolderChanges {
    const startsOver = this.mustStartOver(since);
    const files: FolderChanges['files'] = [];
    const names = [...this.entries.keys()].filter((name) => after === undefined || name > after).sort(compare);
    let length = 0;
    let more = false;
    for (const name of names) {
      const entry = this.entries.get(name)!;
      if (!('text' in entry.content) || !(startsOver || entry.version > since)) continue;
      if (files.length > 0 && length + entry.content.text.length > pageLength) {
        more = true;
        break;
      }
      files.push({ name, text: entry.content.text });
      length += entry.content.text.length;
    }
    const first = after === undefined;
    const removed =
      startsOver || !first ? [] : [...this.tombstones].filter(([, version]) => version > since).map(([path]) => path);
    return { version: this.version, reset: startsOver && first, files, removed: removed.sort(), more };
  }

  /** The devices whose device file could be read, by name. */
  teammates(): Teammate[] {
    const teammates: Teammate[] = [];
    for (const entry of this.entries.values()) if ('teammate' in entry.content) teammates.push(entry.content.teammate);
    return teammates.sort((a, b) => a.name.localeCompare(b.name) || compare(a.device, b.device));
  }

  /** Every file that was refused or could not be read, and why, by path. */
  problems(): TeamFolderProblem[] {
    const problems = [...this.problemsOfScan];
    for (const [path, entry] of this.entries) {
      if ('problem' in entry.content) problems.push({ path, message: entry.content.problem });
    }
    return problems.sort(byPath);
  }
}

function sameContent(a: FileContent, b: FileContent): boolean {
  if ('text' in a && 'text' in b) return a.text === b.text;
  return JSON.stringify(a) === JSON.stringify(b);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byPath(a: TeamFolderProblem, b: TeamFolderProblem): number {
  return compare(a.path, b.path) || compare(a.message, b.message);
}
