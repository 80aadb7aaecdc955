// Sharing through one team folder: the watcher, and the scans that keep the cache up to date.
// Events start a scan; a scan every 30 seconds catches whatever the events missed (a network
// share's, or a watcher that stopped); a folder that cannot be reached is looked at again by the
// same scans, and watched again when it is back.
import type { FolderCache } from './folder-cache';
import { scanTeamFolder } from './folder-scan';
import { watchFolder, type FolderWatcher } from './folder-watcher';
import type { Watching } from './network-share';

/** How often the whole folder is scanned whatever the watcher says. */
export const rescanEveryMs = 30_000;
/** Events often come in bursts (a sync tool writing a temp file, then renaming it): one scan for a burst. */
const settleMs = 50;

/** What a session needs. */
export interface SessionOptions {
  folder: string;
  device: string;
  name: string;
  watching: Watching;
  cache: FolderCache;
  /** Something the renderer is told changed: the cache, or whether the folder can be reached. */
  onChange: () => void;
  log: (message: string) => void;
  rescanEveryMs?: number;
}

/** One team folder being shared. */
export class TeamFolderSession {
  readonly folder: string;
  readonly device: string;
  name: string;
  watching: Watching;
  /** Whether the last scan could read the folder, and why not. */
  reachable = true;
  problem: string | undefined;
  /** When the last scan finished (Date.now()), 0 before the first. */
  lastScanAt = 0;
  private watcher: FolderWatcher | undefined;
  private readonly rescans: NodeJS.Timeout;
  private settling: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private rerun: Promise<void> | undefined;
  private closed = false;

  constructor(private readonly options: SessionOptions) {
    this.folder = options.folder;
    this.device = options.device;
    this.name = options.name;
    this.watching = options.watching;
    this.rescans = setInterval(() => void this.scan(), options.rescanEveryMs ?? rescanEveryMs);
    this.rescans.unref();
  }

  /** Scans the folder, once at a time: a scan asked for while one runs runs once after it. */
  scan(): Promise<void> {
    if (this.running) {
      return (this.rerun ??= this.running.then(() => {
        this.rerun = undefined;
        return this.scan();
      }));
    }
    this.running = this.scanOnce()
      .catch((error: unknown) => this.options.log(`Scanning the team folder ${this.folder} failed: ${String(error)}`))
      .finally(() => (this.running = undefined));
    return this.running;
  }

  /** Stops watching and scanning; a scan still running is not taken in. */
  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.rescans);
    clearTimeout(this.settling);
    await this.stopWatching();
  }

  private async scanOnce(): Promise<void> {
    const { cache } = this.options;
    const found = await scanTeamFolder(this.folder, this.device, (path) => cache.fingerprintOf(path));
    if (this.closed) return;
    this.lastScanAt = Date.now();
    const wasReachable = this.reachable;
    const hadProblem = this.problem;
    this.reachable = found.reachable;
    this.problem = found.reachable ? undefined : found.problem;
    const changed = cache.record(found);
    if (this.reachable && !this.watcher) this.startWatching();
    // Watches on a folder that went away watch nothing once it is back: they are made again then.
    if (!this.reachable) await this.stopWatching();
    if (wasReachable && !this.reachable) this.options.log(this.problem!);
    if (changed || wasReachable !== this.reachable || hadProblem !== this.problem) this.options.onChange();
  }

  private startWatching(): void {
    this.watcher = watchFolder(this.folder, this.watching, {
      // At most one scan per settleMs however many events come: a steady stream cannot put it off.
      changed: () => {
        this.settling ??= setTimeout(() => {
          this.settling = undefined;
          void this.scan();
        }, settleMs);
      },
      failed: (error) => void this.watcherFailed(error),
    });
  }

  private async stopWatching(): Promise<void> {
    const watcher = this.watcher;
    this.watcher = undefined;
    await watcher?.close();
  }

  /** Out of watches or file handles: polling needs neither, so the folder is polled from then on. */
  private async watcherFailed(error: Error): Promise<void> {
    const code = (error as NodeJS.ErrnoException).code;
    if (this.closed || this.watching === 'polling' || (code !== 'ENOSPC' && code !== 'EMFILE')) {
      this.options.log(`Watching the team folder ${this.folder}: ${error.message}`);
      return;
    }
    this.options.log(`Watching the team folder ${this.folder} ran out of watches (${code}): polling it instead`);
    this.watching = 'polling';
    await this.stopWatching();
    if (!this.closed) this.startWatching();
    this.options.onChange();
  }
}
