// The recaps and schedules people imported, shared as the files they were: each device copies its
// own into `<device>/imports/`, and a teammate imports one through the same review as any file,
// so whatever it holds is checked as carefully as a file picked from the disk.
import { constants } from 'node:fs';
import { lstat, mkdir, open, readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { OpenedFile, SharedImport } from '../../common/ipc-contract';
import { maxSharedImportBytes } from '../../common/ipc-contract';
import { isDeviceId } from '../../common/team-sync/device-id';
import { isSyncToolTempFile } from '../../common/team-sync/sync-tool-files';
import { writeFileAtomically } from '../atomic-file';
import { describeFileError } from './folder-choice';

/** The folder in each device's folder that holds its shared imports. */
export const importsFolderName = 'imports';

const importedName = /^[^/\\]{1,200}\.(md|markdown|txt|ics|json|xml)$/i;

/**
 * Copies `bytes` into this device's imports as `name`. The same file shared again changes
 * nothing; a different file under a name already taken gets "name (2).ext".
 */
export async function shareImport(teamFolder: string, device: string, name: string, bytes: Uint8Array): Promise<void> {
  if (!importedName.test(name)) throw new Error(`${name} is not a recap or schedule file: not shared.`);
  const folder = join(teamFolder, device, importsFolderName);
  await mkdir(folder, { recursive: true });
  const extension = extname(name);
  const stem = name.slice(0, name.length - extension.length);
  for (let copy = 1; ; copy++) {
    const path = join(folder, copy === 1 ? name : `${stem} (${copy})${extension}`);
    const existing = await readFile(path).catch(() => undefined);
    if (existing && Buffer.compare(existing, Buffer.from(bytes)) === 0) return;
    if (existing) continue;
    await writeFileAtomically(path, bytes);
    return;
  }
}

/** Every teammate's shared imports, newest first; files that are links, temp files or too large are passed over. */
export async function listSharedImports(teamFolder: string, ownDevice: string): Promise<SharedImport[]> {
  const shared: SharedImport[] = [];
  const devices = await readdir(teamFolder, { withFileTypes: true }).catch(() => []);
  for (const device of devices) {
    if (!device.isDirectory() || !isDeviceId(device.name) || device.name === ownDevice) continue;
    const folder = join(teamFolder, device.name, importsFolderName);
    const files = await readdir(folder, { withFileTypes: true }).catch(() => []);
    for (const file of files) {
      const path = `${device.name}/${importsFolderName}/${file.name}`;
      if (!file.isFile() || !importedName.test(file.name) || isSyncToolTempFile(path)) continue;
      const info = await lstat(join(folder, file.name)).catch(() => undefined);
      if (!info?.isFile() || info.size > maxSharedImportBytes) continue;
      shared.push({
        path,
        device: device.name,
        name: file.name,
        bytes: info.size,
        modifiedAt: info.mtime.toISOString(),
      });
    }
  }
  return shared.sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt) || a.path.localeCompare(b.path));
}

/** One shared import's bytes; the path must be one listSharedImports gives, and is never followed out of the folder. */
export async function readSharedImport(teamFolder: string, path: string): Promise<OpenedFile> {
  const [device, folder, name, ...rest] = path.split('/');
  if (
    rest.length > 0 ||
    !device ||
    !isDeviceId(device) ||
    folder !== importsFolderName ||
    !name ||
    !importedName.test(name) ||
    name === '.' ||
    name === '..'
  ) {
    throw new Error(`${path} is not a shared recap or schedule in the team folder.`);
  }
  let handle;
  try {
    handle = await open(join(teamFolder, device, folder, name), constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  } catch (error) {
    throw new Error(`${path} could not be read: ${describeFileError(error)}.`, { cause: error });
  }
  try {
    const info = await handle.stat();
    if (info.size > maxSharedImportBytes) throw new Error(`${path} is larger than 64 MB: not read.`);
    return { name, bytes: new Uint8Array(await handle.readFile()) };
  } finally {
    await handle.close();
  }
}
