// Sharing through the team folder, as the app sees it: main watches the folder and answers what
// changed; this merges it off the page, applies it, and sends the user's own edits out. It runs
// one step at a time, and every step works without the folder: changes wait in this device's log
// until the folder is back.
import Dexie from 'dexie';
import type { DebriefApi, TeamFolderRead, TeamFolderStatus, Teammate } from '../../../../electron/common/ipc-contract';
import { changesPerTeamSegment } from '../../../../electron/common/ipc-contract';
import type { Conflict } from '../../../../electron/common/team-sync/merge';
import type { ReplicaUpdate } from '../../../../electron/common/team-sync/replica';
import { describeSegmentProblem } from '../../../../electron/common/team-sync/segments';
import type { DebriefDatabase } from '../db/database';
import { workerMerger, type TeamMerger } from './merge-client';
import { isoNow, teamLogStateKey, type TeamLogState } from './team-records';
import { loadLogState, syncStep } from './team-transaction';

/** How long one read of the folder waits for news before asking again. */
const pollWaitMs = 20_000;
/**
 * An edit goes out this long after the last one of a burst, not on each: long enough that a note
 * written and then marked private is never written to the folder in between.
 */
const sendDelayMs = 2_500;
/** After a failed read (main gone, folder gone), the next try waits this long. */
const retryDelayMs = 3_000;

/** A file the user imported, to share as it was. */
export interface SharedFile {
  name: string;
  bytes?: Uint8Array;
  file?: Blob;
}

/** The team folder for the app: its status, teammates, conflicts and problems, kept current. */
export class TeamSync {
  status = $state<TeamFolderStatus | undefined>(undefined);
  teammates = $state<Teammate[]>([]);
  conflicts = $state<Conflict[]>([]);
  /** What could not be read or written, each with where. */
  problems = $state<string[]>([]);
  /** Merged records that cannot be shown yet, because the change that made them has not synced. */
  waitingCount = $state(0);
  /** When the folder's changes were last merged here. */
  lastMergedAt = $state<string | undefined>(undefined);
  /** How many changes the last merge held, from every device. */
  changeCount = $state(0);

  #database: DebriefDatabase | undefined;
  #api: DebriefApi | undefined;
  #merger: TeamMerger;
  #queue: Promise<unknown> = Promise.resolve();
  #since = 0;
  #ownSentThrough = 0;
  #folderProblems: string[] = [];
  #segmentProblems: string[] = [];
  #writeProblem = '';
  #sendTimer: ReturnType<typeof setTimeout> | undefined;
  #generation = 0;

  constructor(merger: TeamMerger = workerMerger()) {
    this.#merger = merger;
  }

  /** This device's id. */
  get device(): string | undefined {
    return this.status?.device;
  }

  /** Whether this profile shares through a team folder. */
  get joined(): boolean {
    return this.status?.joined === true;
  }

  /** How many people share the folder, the user included. */
  get size(): number {
    const devices = [...this.teammates.map((teammate) => teammate.device), this.device];
    return devices.filter((device, index) => devices.indexOf(device) === index).length;
  }

  /** The teammates other than the user (main lists this device's own folder too). */
  get others(): Teammate[] {
    return this.teammates.filter((teammate) => teammate.device !== this.device);
  }

  /** Everyone's names in the team, the user's first: what an action item's owner can be. */
  get people(): string[] {
    const own = this.status?.joined ? [this.status.name] : [];
    const others = this.others.map((teammate) => teammate.name);
    const names = [...own, ...others];
    return names.filter((name, index) => names.indexOf(name) === index);
  }

  /** The name a device's records show: the teammate's, "you" for this device's own. */
  nameOf(device: string): string {
    if (device === this.status?.device) return this.status.joined ? this.status.name : 'you';
    return this.teammates.find((teammate) => teammate.device === device)?.name ?? device;
  }

  /** Starts sharing if this profile has joined a team folder; the app works the same either way. */
  async start(database: DebriefDatabase, api: DebriefApi): Promise<void> {
    this.#database = database;
    this.#api = api;
    Dexie.on('storagemutated', (parts) => {
      if (!this.joined) return;
      const touched = Object.keys(parts).some((part) => /\/(annotations|actions|itemStates)\//.test(part));
      if (touched) this.#sendSoon();
    });
    this.status = await api.getTeamFolder();
    if (this.joined) this.#startReading();
  }

  /** Joins a team folder under a name: everything shared so far goes out, and the team's comes in. */
  async join(folder: string, name: string): Promise<void> {
    this.status = await this.#api!.joinTeamFolder({ folder, name });
    this.#since = 0;
    this.#startReading();
  }

  /** Stops sharing. Everything stays here, and the folder keeps what was written to it. */
  async leave(): Promise<void> {
    this.status = await this.#api!.leaveTeamFolder();
    this.#generation += 1;
    this.#since = 0;
    this.conflicts = [];
    this.#segmentProblems = [];
    this.#folderProblems = [];
    this.#writeProblem = '';
    this.#showProblems();
  }

  /**
   * Shares the recap or schedule files the user just imported, so teammates can import them too.
   * Not joined, it does nothing; a file that cannot be shared is said in the Team view.
   */
  async shareImported(files: readonly SharedFile[]): Promise<void> {
    if (!this.joined) return;
    for (const file of files) {
      try {
        const bytes = file.bytes ?? new Uint8Array(await file.file!.arrayBuffer());
        await this.#api!.shareTeamImport({ name: file.name, bytes });
      } catch (error) {
        this.#writeProblem = `${file.name} was imported here but not shared: ${(error as Error).message}`;
        this.#showProblems();
      }
    }
  }

  /** Runs one sync step now and waits for it: what tests and "Sync now" use. */
  syncNow(): Promise<void> {
    return this.#enqueue(() => this.#mergeFolder());
  }

  #startReading(): void {
    // A loop started before (another folder) ends at its next answer: only the newest one reads.
    const generation = ++this.#generation;
    let first = true;
    void (async () => {
      while (this.joined && generation === this.#generation) {
        let read: TeamFolderRead;
        try {
          // The first read answers at once; after it, each waits for news (an empty folder stays at version 0).
          read = await this.#api!.readTeamFolder({ since: this.#since, waitMs: first ? 0 : pollWaitMs });
          first = false;
        } catch (error) {
          this.#folderProblems = [`The team folder could not be read: ${(error as Error).message}`];
          this.#showProblems();
          await new Promise((resolve) => setTimeout(resolve, retryDelayMs));
          continue;
        }
        if (generation !== this.#generation) break;
        this.status = read.status;
        if (!read.status.joined) break;
        const news = read.version !== this.#since || read.files.length > 0 || read.removed.length > 0;
        this.#since = read.version;
        this.teammates = read.teammates;
        this.#folderProblems = read.problems.map((problem) => `${problem.path}: ${problem.message}`);
        if (!read.status.reachable && read.status.problem) this.#folderProblems.unshift(read.status.problem);
        this.#showProblems();
        if (news || this.lastMergedAt === undefined) {
          await this.#enqueue(() => this.#mergeFolder({ reset: read.reset, files: read.files, removed: read.removed }));
        }
      }
    })();
  }

  #sendSoon(): void {
    clearTimeout(this.#sendTimer);
    this.#sendTimer = setTimeout(() => void this.#enqueue(() => this.#sendOwn()), sendDelayMs);
  }

  #enqueue(step: () => Promise<void>): Promise<void> {
    const run = this.#queue.then(step, step);
    this.#queue = run.catch((error: unknown) => {
      this.#writeProblem = (error as Error).message;
      this.#showProblems();
    });
    return run;
  }

  /** The user's edits as changes, written to the folder; merged in with the next read. */
  async #sendOwn(): Promise<void> {
    if (!this.joined || !this.device) return;
    const step = await syncStep(this.#database!, this.device);
    await this.#writeOwnLog(step.state);
    // Merging what was just sent shows a conflict it made at once, not only with the next news.
    if (step.made.length > 0) await this.#mergeFolder();
  }

  async #mergeFolder(folderUpdate: ReplicaUpdate = {}): Promise<void> {
    if (!this.joined || !this.device) return;
    const database = this.#database!;
    const device = this.device;
    const ownChanges = (await database.teamLog.where('seq').above(this.#ownSentThrough).toArray()).map(
      (entry) => entry.change,
    );
    let result;
    try {
      result = await this.#merger.merge(device, { ...folderUpdate, ownChanges });
    } catch (error) {
      // The worker's copy is lost: the next read sends everything again.
      this.#since = 0;
      this.#ownSentThrough = 0;
      throw error;
    }
    for (const change of ownChanges) this.#ownSentThrough = Math.max(this.#ownSentThrough, change.seq);
    const step = await syncStep(database, device, result);
    this.conflicts = result.merged.conflicts;
    this.waitingCount = step.waiting.length;
    this.changeCount = result.changeCount;
    this.lastMergedAt = isoNow();
    this.#segmentProblems = result.problems.map(describeSegmentProblem);
    this.#showProblems();
    await this.#writeOwnLog(step.state);
    // Edits made while this merge ran were left as they are, and the team's changes to those
    // records with them: one more merge, with those edits in it, applies the rest.
    if (step.made.length > 0) void this.#enqueue(() => this.#mergeFolder());
  }

  /** Writes the segments of this device's log the folder does not have yet. */
  async #writeOwnLog(state: TeamLogState): Promise<void> {
    const status = this.status;
    if (!status?.joined) return;
    const database = this.#database!;
    // Joined to another folder than the log was written to: it all goes there too.
    const writtenThrough = state.folder === status.folder ? state.writtenThrough : 0;
    if (writtenThrough >= state.seq) return;
    const first = Math.floor(writtenThrough / changesPerTeamSegment) + 1;
    const last = Math.ceil(state.seq / changesPerTeamSegment);
    try {
      for (let segment = first; segment <= last; segment++) {
        const entries = await database.teamLog
          .where('seq')
          .between((segment - 1) * changesPerTeamSegment + 1, segment * changesPerTeamSegment, true, true)
          .toArray();
        const text = entries.map((entry) => `${JSON.stringify(entry.change)}\n`).join('');
        await this.#api!.writeTeamSegment({ segment, text });
      }
      this.#writeProblem = '';
    } catch (error) {
      this.#writeProblem = `Your latest changes wait here until the team folder can be written: ${(error as Error).message}`;
      this.#showProblems();
      return;
    }
    await database.transaction('rw', database.meta, async () => {
      const current = await loadLogState(database, state.device);
      const next: TeamLogState = { ...current, folder: status.folder, writtenThrough: state.seq };
      await database.meta.put({ key: teamLogStateKey, value: next });
    });
    this.#showProblems();
  }

  #showProblems(): void {
    this.problems = [
      ...this.#folderProblems,
      ...(this.#writeProblem ? [this.#writeProblem] : []),
      ...this.#segmentProblems,
    ];
  }
}

/** The app's team folder. */
export const team = new TeamSync();
