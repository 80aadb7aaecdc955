// What this device writes into the team folder: its own folder, its device file and its log's
// segments, each atomically (a temp file sync tools skip, then a rename), so a teammate's sync
// tool never picks up half a file under its real name.
import { mkdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomically } from '../atomic-file';
import { deviceFileName, deviceFileText } from './device-file';
import { describeFileError, describeUnreachable } from './folder-choice';

/** Writes this device's device file, only when it is missing or says something else (rewriting it would sync it for nothing). */
export async function writeDeviceFile(teamFolder: string, device: string, name: string): Promise<void> {
  const path = join(await ownFolder(teamFolder, device), deviceFileName);
  const text = deviceFileText(device, name);
  if ((await readFile(path, 'utf8').catch(() => undefined)) === text) return;
  await writeFile(path, text);
}

/** Writes segment `segment` of this device's log whole. */
export async function writeSegmentFile(
  teamFolder: string,
  device: string,
  segment: number,
  text: string,
): Promise<void> {
  await writeFile(join(await ownFolder(teamFolder, device), `${segment}.jsonl`), text);
}

/** This device's folder, made if it is not there; a team folder that is gone is refused, never made. */
async function ownFolder(teamFolder: string, device: string): Promise<string> {
  try {
    if (!(await stat(teamFolder)).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
  } catch (error) {
    // Making it here could make it on the local disk, under a network share that is not mounted.
    throw new Error(describeUnreachable(teamFolder, error, 'is the drive or network share connected?'), {
      cause: error,
    });
  }
  const folder = join(teamFolder, device);
  await mkdir(folder).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST')
      throw new Error(`Could not make the folder ${folder}: ${describeFileError(error)}.`, { cause: error });
  });
  return folder;
}

async function writeFile(path: string, text: string): Promise<void> {
  try {
    await writeFileAtomically(path, text);
  } catch (error) {
    throw new Error(`Could not write ${path}: ${describeFileError(error)}.`, { cause: error });
  }
}
