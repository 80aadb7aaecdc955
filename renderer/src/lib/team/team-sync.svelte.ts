// Sharing through the team folder, as the app sees it: main watches the folder and answers what
// changed; the team worker merges it and applies it off the page, and sends the user's own edits
// out. It runs one step at a time, and every step works without the folder: changes wait in this
// device's log until the folder is back.
import Dexie from 'dexie';
import type { DebriefApi, TeamFolderRead, TeamFolderStatus, Teammate } from '../../../../electron/common/ipc-contract';
import type { Conflict } from '../../../../electron/common/team-sync/merge';
import type { ReplicaUpdate } from '../../../../electron/common/team-sync/replica';
import { describeSegmentProblem } from '../../../../electron/common/team-sync/segments';
import type { DebriefDatabase } from '../db/database';
import { isoNow, teamLogStateKey, type TeamLogState } from './team-records';
import type { TeamStepResult } from './team-steps';
import { loadLogState } from './team-transaction';
import { teamWorker, type TeamStepRunner } from './team-worker-client';

/** How long one read of the folder waits for news before asking again. */
const pollWaitMs = 20_000;
/**
 * An edit goes out this long after the last one of a burst, not on each: long enough that a note
 * written and then marked private is never written to the folder in between.
 */
const sendDelayMs = 2_500;
/** At the start, the folder is read at the latest this long after the app asks, search ready or not. */
const startDelayMs = 5_000;
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
  #steps: TeamStepRunner;
  #queue: Promise<unknown> = Promise.resolve();
  #since = 0;
  #folderProblems: string[] = [];
  #segmentProblems: string[] = [];
  #writeProblem = '';
  #sendTimer: ReturnType<typeof setTimeout> | undefined;
  #generation = 0;

  constructor(steps: TeamStepRunner = teamWorker()) {
    this.#steps = steps;
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

  /**
   * Starts sharing if this profile has joined a team folder; the app works the same either way.
   * The folder is first read once `firstReadAfter` settles (the app passes search being ready),
   * or after startDelayMs at most: on a start, the user's search comes before teammates' news.
   */
  async start(database: DebriefDatabase, api: DebriefApi, firstReadAfter?: Promise<unknown>): Promise<void> {
    this.#database = database;
    this.#api = api;
    Dexie.on('storagemutated', (parts) => {
      if (!this.joined) return;
      const touched = Object.keys(parts).some((part) => /\/(annotations|actions|itemStates)\//.test(part));
      if (touched) this.#sendSoon();
    });
    this.status = await api.getTeamFolder();
    if (!this.joined) return;
    if (firstReadAfter) {
      await Promise.race([firstReadAfter, new Promise((resolve) => setTimeout(resolve, startDelayMs))]);
    }
    // Joined to a folder meanwhile (the Team view), the loop already reads.
    if (this.joined && this.#generation === 0) this.#startReading();
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
        const since = this.#since;
        try {
          // The first read answers at once; after it, each waits for news (an empty folder stays at version 0).
          read = await this.#readFolder(first ? 0 : pollWaitMs);
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
        const news = read.version !== since || read.files.length > 0 || read.removed.length > 0;
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

  /**
   * Reads what changed in the folder since the last read. A big answer comes in pages: every page
   * but the last is handed to the team worker as it arrives, and the next one asked for at once,
   * so the worker parses one while main answers the next and no one message holds the page up.
   * The last page is returned for the merge.
   */
  async #readFolder(waitMs: number): Promise<TeamFolderRead> {
    const since = this.#since;
    let read = await this.#api!.readTeamFolder({ since, waitMs });
    const version = read.version;
    const handedOver: Promise<void>[] = [];
    try {
      while (read.more) {
        const page = read;
        handedOver.push(this.#enqueue(() => this.#takeIn(page)));
        read = await this.#api!.readTeamFolder({ since, waitMs: 0, after: page.files.at(-1)!.name });
      }
    } catch (error) {
      // Pages taken in stay taken in (they are the folder's files); the next read asks from `since` again.
      void Promise.allSettled(handedOver);
      throw error;
    }
    try {
      await Promise.all(handedOver);
    } catch (error) {
      // The worker's copy is lost: the next read sends everything again.
      this.#since = 0;
      throw error;
    }
    // Anything that changed after the first page comes with the next read.
    this.#since = version;
    return { ...read, version };
  }

  async #takeIn(page: TeamFolderRead): Promise<void> {
    if (!this.device) return;
    await this.#steps.take(this.device, { reset: page.reset, files: page.files, removed: page.removed });
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
    const status = this.status;
    if (!status?.joined || !this.device) return;
    const step = await this.#steps.send(this.device, status.folder);
    await this.#writeOwnLog(step);
    // Merging what was just sent shows a conflict it made at once, not only with the next news.
    if (step.made > 0) await this.#mergeFolder();
  }

  async #mergeFolder(folderUpdate: ReplicaUpdate = {}): Promise<void> {
    const status = this.status;
    if (!status?.joined || !this.device) return;
    let step: TeamStepResult;
    try {
      step = await this.#steps.merge(this.device, folderUpdate, status.folder);
    } catch (error) {
      // The worker's copy is lost: the next read sends everything again.
      this.#since = 0;
      throw error;
    }
    const merge = step.merge!;
    this.conflicts = merge.conflicts;
    this.waitingCount = merge.waiting;
    this.changeCount = merge.changeCount;
    this.lastMergedAt = isoNow();
    this.#segmentProblems = merge.problems.map(describeSegmentProblem);
    this.#showProblems();
    await this.#writeOwnLog(step);
    // Edits made while this merge ran were left as they are, and the team's changes to those
    // records with them: one more merge, with those edits in it, applies the rest.
    if (step.made > 0) void this.#enqueue(() => this.#mergeFolder());
  }

  /** Writes the segments of this device's log the folder does not have yet. */
  async #writeOwnLog(step: TeamStepResult): Promise<void> {
    const status = this.status;
    if (!status?.joined || step.unwritten.length === 0) return;
    const database = this.#database!;
    try {
      for (const { segment, text } of step.unwritten) await this.#api!.writeTeamSegment({ segment, text });
      this.#writeProblem = '';
    } catch (error) {
      this.#writeProblem = `Your latest changes wait here until the team folder can be written: ${(error as Error).message}`;
      this.#showProblems();
      return;
    }
    await database.transaction('rw', database.meta, async () => {
      const current = await loadLogState(database, this.device!);
      const next: TeamLogState = { ...current, folder: status.folder, writtenThrough: step.seq };
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
