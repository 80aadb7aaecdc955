// One look at the team folder: which segments and device files are there, each with what tells
// one version of a file from another, and the text of those that changed since the last look.
// A file counts as changed when its size, modification time, change time or inode differ at all,
// not only when it is newer: sync tools keep the modification time of the device that wrote it,
// so a file can arrive looking older than the one it replaces.
import { constants, type Dirent } from 'node:fs';
import { lstat, open, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { maxTeamSegmentLength, type TeamFolderProblem, type Teammate } from '../../common/ipc-contract';
import { isDeviceId } from '../../common/team-sync/device-id';
import { segmentDevice } from '../../common/team-sync/segments';
import { isSyncToolTempFile, nameBeforeConflict } from '../../common/team-sync/sync-tool-files';
import { deviceFileName, maxDeviceFileBytes, readDeviceFile } from './device-file';
import { describeFileError, describeUnreachable } from './folder-choice';

/** What tells one version of a file from another without reading it. */
export interface Fingerprint {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

/** What a file holds: a segment's text, a device file's teammate, or why it was not read. */
export type FileContent = { text: string } | { teammate: Teammate } | { problem: string };

/** A file the scan found. */
export interface ScannedFile {
  kind: 'segment' | 'device';
  fingerprint: Fingerprint;
  /** Undefined when the fingerprint is the one the scan was given: the file was not read again. */
  content?: FileContent;
}

/** What a scan found. */
export type FolderScan =
  | {
      reachable: true;
      /** By path in the team folder ("alice-laptop/3.jsonl"). */
      files: Map<string, ScannedFile>;
      /** Device folders that could not be listed this time: what was known of them still stands. */
      unlisted: string[];
      /** Things refused or unreadable that are not files the scan could name a content for. */
      problems: TeamFolderProblem[];
    }
  | { reachable: false; problem: string };

/** Files read at once: enough to hide a network share's latency, few enough to leave file handles. */
const readsAtOnce = 8;

/**
 * Scans `folder`. This device's own plain segments are left out (the renderer keeps its own log),
 * but sync tools' conflict copies of them are not: they may hold changes the log lacks.
 */
export async function scanTeamFolder(
  folder: string,
  ownDevice: string,
  known: (path: string) => Fingerprint | undefined,
): Promise<FolderScan> {
  let devices: Dirent[];
  try {
    devices = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    return {
      reachable: false,
      problem: describeUnreachable(folder, error, 'is the drive or network share connected?'),
    };
  }
  const files = new Map<string, ScannedFile>();
  const unlisted: string[] = [];
  const problems: TeamFolderProblem[] = [];
  const toRead: { path: string; kind: ScannedFile['kind'] }[] = [];
  await Promise.all(
    devices
      // Dot folders (.stfolder, .stversions, .git) and anything else that is not a device's folder.
      .filter((entry) => isDeviceId(entry.name))
      .map(async (entry) => {
        if (entry.isSymbolicLink()) {
          problems.push({ path: entry.name, message: 'is a symbolic link: not followed' });
          return;
        }
        if (!entry.isDirectory()) return;
        let entries: Dirent[];
        try {
          entries = await readdir(join(folder, entry.name), { withFileTypes: true });
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'ENOENT') return; // removed while we looked
          unlisted.push(entry.name);
          problems.push({ path: entry.name, message: `could not be read: ${describeFileError(error)}` });
          return;
        }
        await Promise.all(
          entries.map(async (file) => {
            const path = `${entry.name}/${file.name}`;
            const kind = kindOf(path, entry.name, file.name, ownDevice);
            if (!kind) return;
            if (file.isSymbolicLink()) {
              problems.push({ path, message: 'is a symbolic link: not followed' });
              return;
            }
            if (!file.isFile()) return;
            const fingerprint = await lstat(join(folder, path)).then(fingerprintOf, () => undefined);
            if (!fingerprint) return; // removed while we looked
            files.set(path, { kind, fingerprint });
            if (!sameFingerprint(fingerprint, known(path))) toRead.push({ path, kind });
          }),
        );
      }),
  );
  for (let start = 0; start < toRead.length; start += readsAtOnce) {
    await Promise.all(
      toRead.slice(start, start + readsAtOnce).map(async ({ path, kind }) => {
        const read = await readTeamFile(join(folder, path), kind);
        if (read) files.set(path, { kind, fingerprint: read.fingerprint, content: contentOf(path, kind, read) });
        else files.delete(path); // removed between the listing and the read
      }),
    );
  }
  return { reachable: true, files, unlisted, problems };
}

/** Whether two fingerprints are of the same version of a file. */
export function sameFingerprint(a: Fingerprint | undefined, b: Fingerprint | undefined): boolean {
  return (
    a !== undefined &&
    b !== undefined &&
    a.size === b.size &&
    a.mtimeMs === b.mtimeMs &&
    a.ctimeMs === b.ctimeMs &&
    a.ino === b.ino
  );
}

/** What `<device>/<file>` is to the team folder, or undefined when it is to be left alone. */
function kindOf(path: string, device: string, file: string, ownDevice: string): ScannedFile['kind'] | undefined {
  // Half-downloaded files and sync tools' own: the whole file arrives under its real name later.
  if (isSyncToolTempFile(path)) return undefined;
  if (file === deviceFileName) return 'device';
  if (segmentDevice(path) !== device) return undefined;
  if (device === ownDevice && nameBeforeConflict(file) === undefined) return undefined;
  return 'segment';
}

type ReadResult = { fingerprint: Fingerprint } & ({ text: string } | { problem: string });

/** A fingerprint no file has: what could not be read is read again at the next scan. */
const unread: Fingerprint = { size: -1, mtimeMs: -1, ctimeMs: -1, ino: -1 };

/** Reads one file without following a link, refusing one over its kind's limit before reading it. */
async function readTeamFile(path: string, kind: ScannedFile['kind']): Promise<ReadResult | undefined> {
  const limit = kind === 'segment' ? maxTeamSegmentLength : maxDeviceFileBytes;
  const tooLarge = (bytes: number) =>
    `is ${formatBytes(bytes)}, more than the ${formatBytes(limit)} a ${kind === 'segment' ? 'segment' : 'device file'} may be: not read`;
  let handle;
  try {
    // O_NOFOLLOW: a file swapped for a link since the listing is refused, not followed (Windows has none).
    handle = await open(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    const problem =
      code === 'ELOOP' ? 'is a symbolic link: not followed' : `could not be read: ${describeFileError(error)}`;
    return { fingerprint: unread, problem };
  }
  try {
    const info = await handle.stat();
    const fingerprint = fingerprintOf(info);
    if (info.size > limit) return { fingerprint, problem: tooLarge(info.size) };
    const text = await handle.readFile('utf8');
    // It grew while it was read: reported now, read again when it changes.
    if (text.length > limit) return { fingerprint, problem: tooLarge(Buffer.byteLength(text)) };
    return { fingerprint, text };
  } catch (error) {
    return { fingerprint: unread, problem: `could not be read: ${describeFileError(error)}` };
  } finally {
    await handle.close();
  }
}

function contentOf(path: string, kind: ScannedFile['kind'], read: ReadResult): FileContent {
  if ('problem' in read) return { problem: read.problem };
  if (kind === 'device') return readDeviceFile(path.split('/')[0]!, read.text);
  return { text: read.text };
}

function fingerprintOf(info: Fingerprint): Fingerprint {
  return { size: info.size, mtimeMs: info.mtimeMs, ctimeMs: info.ctimeMs, ino: info.ino };
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`
    : `${Math.ceil(bytes / 1024)} KB`;
}
