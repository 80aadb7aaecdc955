// The team folder as the handlers see it: joining and leaving, what this device is, reading what
// teammates wrote (waiting for it when there is nothing new) and writing this device's segments.
// Nothing here touches the disk before it is asked to, and nothing keeps a process alive.
import {
  joinTeamFolderRequest,
  type JoinTeamFolderRequest,
  type OpenedFile,
  type ReadTeamFolderRequest,
  type SharedImport,
  type ShareTeamImportRequest,
  type TeamFolderRead,
  type TeamFolderStatus,
  type WriteTeamSegmentRequest,
} from '../../common/ipc-contract';
import { describeSchemaError } from '../../common/user-record-schemas';
import { loadConfig, removeConfig, saveConfig, type TeamFolderConfig } from './config-file';
import { loadDeviceId } from './device-id-file';
import { FolderCache } from './folder-cache';
import { checkTeamFolder } from './folder-choice';
import { watchingOf } from './network-share';
import { writeDeviceFile, writeSegmentFile } from './own-folder';
import { listSharedImports, readSharedImport, shareImport } from './shared-imports';
import { TeamFolderSession } from './session';

/** A read that finds the last scan older than this scans first: the watcher may have missed something. */
export const staleScanMs = 5_000;

/** Where the team folder's settings live, and how it reports what goes wrong. */
export interface TeamFolderOptions {
  /** The app's data folder: `team-folder.json` and `device-id` go here. */
  userDataDir: string;
  /** Where problems that have no caller to tell go (a damaged settings file). */
  log?: (message: string) => void;
  /** DEBRIEF_TEAM_FOLDER_POLL=1 polls the folder. */
  env?: NodeJS.ProcessEnv;
  rescanEveryMs?: number;
}

/** This profile's sharing through a team folder. */
export class TeamFolder {
  private readonly cache = new FolderCache();
  private session: TeamFolderSession | undefined;
  private started: Promise<void> | undefined;
  private device: Promise<string> | undefined;
  /** Joins, leaves and the start run one at a time, in the order they were asked for. */
  private queue: Promise<unknown> = Promise.resolve();
  private readonly waiting = new Set<() => void>();
  private closed = false;
  private readonly log: (message: string) => void;

  constructor(private readonly options: TeamFolderOptions) {
    this.log = options.log ?? ((message) => console.warn(`Debrief: ${message}`));
  }

  /** Whether and where this profile shares. */
  async status(): Promise<TeamFolderStatus> {
    await this.start();
    return this.statusNow();
  }

  /** Starts sharing through `request.folder` (switching from another one), as `request.name`. */
  join(request: JoinTeamFolderRequest): Promise<TeamFolderStatus> {
    return this.exclusive(async () => {
      if (this.closed) throw new Error('Debrief is closing: the team folder cannot be joined now.');
      const parsed = joinTeamFolderRequest.safeParse(request);
      if (!parsed.success) throw new Error(`Cannot join the team folder: ${describeSchemaError(parsed.error)}`);
      // Checked before anything is written, here or there.
      const folder = await checkTeamFolder(parsed.data.folder, this.options.userDataDir);
      const config = { folder, name: parsed.data.name };
      const device = await this.deviceId();
      // Written first: a folder this device cannot write to is not joined, and the one shared before stays.
      await writeDeviceFile(folder, device, config.name);
      await saveConfig(this.options.userDataDir, config);
      if (this.session?.folder === folder) {
        this.session.name = config.name;
        await this.session.scan(); // its device file changed
      } else await this.shareThrough(config, device);
      this.wake();
      return this.statusNow();
    });
  }

  /** Stops sharing and watching. Nothing is deleted, here or in the folder; the device id stays. */
  leave(): Promise<TeamFolderStatus> {
    return this.exclusive(async () => {
      await this.stop();
      await removeConfig(this.options.userDataDir);
      return this.statusNow();
    });
  }

  /**
   * The segments new or changed since `request.since`. When there is nothing new, waits up to
   * `request.waitMs` for the watcher or a scan to find something, then answers either way.
   */
  async read(request: ReadTeamFolderRequest): Promise<TeamFolderRead> {
    await this.start();
    const session = this.session;
    // The next page of an answer comes at once: what the first page said still holds.
    if (!session || request.after !== undefined) return this.answer(request.since, request.after);
    const deadline = Date.now() + request.waitMs;
    // A renderer starting over gets the folder as it is now, and so does one after a quiet spell
    // (the watcher may have missed something); a hung network share must not hold the answer
    // past what the renderer agreed to wait, though.
    const startsOver = this.cache.mustStartOver(request.since);
    if (startsOver || Date.now() - session.lastScanAt > staleScanMs) {
      await within(session.scan(), Math.max(request.waitMs, 1_000));
    }
    const nothingNew = !startsOver && this.cache.version === request.since;
    if (nothingNew && this.session === session) await this.waitForChange(deadline - Date.now());
    return this.answer(request.since);
  }

  /** Writes one segment of this device's log. */
  /** Shares a recap or schedule file the user imported. */
  async shareImport(request: ShareTeamImportRequest): Promise<void> {
    await this.start();
    if (!this.session) throw new Error('Not sharing with a team: join a team folder first.');
    await shareImport(this.session.folder, this.session.device, request.name, request.bytes);
  }

  /** The recaps and schedules teammates shared; none when not sharing. */
  async listImports(): Promise<SharedImport[]> {
    await this.start();
    return this.session ? listSharedImports(this.session.folder, this.session.device) : [];
  }

  /** One shared import's bytes. */
  async readImport(path: string): Promise<OpenedFile> {
    await this.start();
    if (!this.session) throw new Error('Not sharing with a team: join a team folder first.');
    return readSharedImport(this.session.folder, path);
  }

  async writeSegment(request: WriteTeamSegmentRequest): Promise<void> {
    await this.start();
    if (!this.session) throw new Error('Not sharing with a team: join a team folder first.');
    await writeSegmentFile(this.session.folder, this.session.device, request.segment, request.text);
  }

  /** Stops watching for good and answers the reads that wait: for the end of the app or a test. */
  async close(): Promise<void> {
    this.closed = true;
    await this.exclusive(() => this.stop());
  }

  /** Takes up the folder joined before, the first time anything is asked. */
  private start(): Promise<void> {
    return (this.started ??= this.exclusive(async () => {
      const config = await loadConfig(this.options.userDataDir, this.log);
      if (config && !this.closed && !this.session) await this.shareThrough(config, await this.deviceId());
    }));
  }

  private async shareThrough(config: TeamFolderConfig, device: string): Promise<void> {
    await this.stop();
    const session = new TeamFolderSession({
      ...config,
      device,
      watching: await watchingOf(config.folder, this.options.env),
      cache: this.cache,
      onChange: () => this.wake(),
      log: this.log,
      rescanEveryMs: this.options.rescanEveryMs,
    });
    this.session = session;
    await session.scan();
  }

  /** Ends the session, if any: whatever a renderer holds of the folder is to be forgotten, and the next answer says so. */
  private async stop(): Promise<void> {
    const session = this.session;
    this.session = undefined;
    await session?.close();
    this.cache.clear();
    this.wake();
  }

  private deviceId(): Promise<string> {
    return (this.device ??= loadDeviceId(this.options.userDataDir, this.log).catch((error: unknown) => {
      this.device = undefined; // tried again next time (a full disk, say)
      throw error;
    }));
  }

  private async statusNow(): Promise<TeamFolderStatus> {
    const session = this.session;
    if (!session) return { joined: false, device: await this.deviceId() };
    return {
      joined: true,
      device: session.device,
      folder: session.folder,
      name: session.name,
      reachable: session.reachable,
      ...(session.problem === undefined ? {} : { problem: session.problem }),
      watching: session.watching,
    };
  }

  private async answer(since: number, after?: string): Promise<TeamFolderRead> {
    const status = await this.statusNow();
    if (!this.session) {
      return {
        version: this.cache.version,
        reset: true,
        files: [],
        removed: [],
        more: false,
        teammates: [],
        problems: [],
        status,
      };
    }
    return {
      ...this.cache.changesSince(since, after),
      teammates: this.cache.teammates(),
      problems: this.cache.problems(),
      status,
    };
  }

  private waitForChange(ms: number): Promise<void> {
    if (ms <= 0) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiting.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      timer.unref();
      this.waiting.add(done);
    });
  }

  /** Answers every read that waits. */
  private wake(): void {
    for (const done of [...this.waiting]) done();
  }

  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const result = this.queue.then(task);
    this.queue = result.catch(() => undefined);
    return result;
  }
}

/** Waits for `promise`, but no longer than `ms`. */
async function within(promise: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([promise, new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}
