// File-system events from the team folder through chokidar: the same on every OS, and polling
// where events cannot be trusted. Only what could be a device's file is watched; a sync tool's
// downloads in progress and bookkeeping are ignored, so they cause no scan at all.
import { watch } from 'chokidar';
import { relative } from 'node:path';
import { isDeviceId } from '../../common/team-sync/device-id';
import { isSyncToolTempFile } from '../../common/team-sync/sync-tool-files';
import type { Watching } from './network-share';

/** How often a polled folder is looked at: a teammate's change shows within about a second. */
export const pollIntervalMs = 1_000;

/** What the watcher tells its owner. */
export interface WatcherListener {
  /** Something in the folder may have changed. */
  changed(): void;
  /** The watcher failed (a watch limit reached, say); it may have stopped noticing changes. */
  failed(error: Error): void;
}

/** A running watcher. */
export interface FolderWatcher {
  close(): Promise<void>;
}

/** Watches `<folder>/<device>/<file>`, the only depth at which the team folder holds anything of ours. */
export function watchFolder(folder: string, watching: Watching, listener: WatcherListener): FolderWatcher {
  const watcher = watch(folder, {
    ignoreInitial: true,
    // The folder's own entries, and one level below them: the device folders' files.
    depth: 1,
    usePolling: watching === 'polling',
    interval: pollIntervalMs,
    binaryInterval: pollIntervalMs,
    followSymlinks: false,
    ignorePermissionErrors: true,
    // Never what keeps a process alive: the app, the shell or a test decides when it ends.
    persistent: false,
    ignored: (path, stats) => isIgnored(folder, path, stats?.isDirectory()),
  });
  watcher.on('all', () => listener.changed());
  // A watcher ready after the first scan: anything that arrived in between is found by one more.
  watcher.on('ready', () => listener.changed());
  watcher.on('error', (error) => listener.failed(error instanceof Error ? error : new Error(String(error))));
  return { close: () => watcher.close() };
}

/** Whether a path under the team folder is of no interest to the watcher. */
export function isIgnored(folder: string, path: string, isDirectory?: boolean): boolean {
  const inFolder = relative(folder, path).replaceAll('\\', '/');
  if (inFolder === '') return false;
  const parts = inFolder.split('/');
  if (parts.length > 2 || parts[0] === '..' || !isDeviceId(parts[0]!)) return true;
  if (parts.length === 2 && isDirectory === true) return true;
  return isSyncToolTempFile(inFolder);
}
