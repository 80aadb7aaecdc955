// Whether a folder may be the team folder: it must exist (Debrief never creates it, since a
// folder that is missing is most often a drive or share that is not connected), and it must not
// overlap Debrief's own data folder, so that the database never ends up in a synced folder.
import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** The folder as it will be saved (absolute, normalised); throws an error the user can act on. */
export async function checkTeamFolder(folder: string, userDataDir: string): Promise<string> {
  if (!isAbsolute(folder)) {
    throw new Error(`The team folder must be given as a full path (such as /home/alice/Team), not "${folder}".`);
  }
  const normalised = resolve(folder);
  let info;
  try {
    info = await stat(normalised);
  } catch (error) {
    throw new Error(describeUnreachable(normalised, error, 'create it or choose another.'), { cause: error });
  }
  if (!info.isDirectory()) throw new Error(`The team folder ${normalised} is a file, not a folder: choose a folder.`);
  const real = await realpath(normalised);
  const dataDir = await realPathOf(resolve(userDataDir));
  if (isWithin(real, dataDir)) {
    throw new Error(
      `The team folder ${normalised} is inside Debrief's own data folder (${dataDir}): choose a folder outside it.`,
    );
  }
  if (isWithin(dataDir, real)) {
    throw new Error(
      `The team folder ${normalised} holds Debrief's own data folder (${dataDir}), which must never be synced: choose a folder that does not.`,
    );
  }
  return normalised;
}

/** What is wrong with a folder that could not be opened, in words; `whenMissing` says what to do if it is not there. */
export function describeUnreachable(folder: string, error: unknown, whenMissing: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `The team folder ${folder} does not exist: ${whenMissing}`;
  if (code === 'ENOTDIR') return `The team folder ${folder} is not a folder.`;
  return `The team folder ${folder} cannot be opened: ${describeFileError(error)}.`;
}

/** A file-system error in words, without the path (the caller names the file). */
export function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EIO' || code === 'ETIMEDOUT' || code === 'EHOSTDOWN' || code === 'ESTALE') {
    return `the drive or network share did not answer (${code})`;
  }
  return code ?? (error instanceof Error ? error.message : String(error));
}

/** Whether `path` is `folder` or inside it. Case is ignored where the file system usually ignores it. */
function isWithin(path: string, folder: string): boolean {
  const fold = (text: string) =>
    process.platform === 'win32' || process.platform === 'darwin' ? text.toLowerCase() : text;
  const between = relative(fold(folder), fold(path));
  return between === '' || (between !== '..' && !between.startsWith(`..${sep}`) && !isAbsolute(between));
}

/** The real path of `path`, which may not exist yet (a profile's data folder before its first start). */
async function realPathOf(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(await realPathOf(parent), basename(path));
  }
}
