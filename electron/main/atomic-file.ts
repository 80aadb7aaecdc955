// Writes files so that a crash or full disk never leaves half a file where a good one was.
import { link, lstat, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** How a write treats a file already at the path. */
export interface AtomicWriteOptions {
  /**
   * False: the file must not exist yet, and one that appears meanwhile is never replaced (the
   * write fails with EEXIST). True (the default): an existing file is replaced whole.
   */
  replace?: boolean;
}

/** Writes text or bytes to a temporary file beside the target, flushes it to disk, then moves it to the target. */
export async function writeFileAtomically(
  path: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temporary, 'wx', 0o644);
  try {
    await (typeof data === 'string' ? handle.writeFile(data, 'utf8') : handle.writeFile(data));
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  await handle.close();
  try {
    if (options.replace === false) await moveWithoutReplacing(temporary, path);
    else await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

/**
 * Moves the temporary file to a path that must be free. A hard link fails with EEXIST if anything
 * took the path, with no moment in which a file there could be lost; where the file system has no
 * hard links (FAT, some network shares) the path is checked right before an ordinary rename.
 */
async function moveWithoutReplacing(temporary: string, path: string): Promise<void> {
  try {
    await link(temporary, path);
    // The file is in place; a temporary name that will not go away is only clutter.
    await unlink(temporary).catch(() => undefined);
    return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw error;
  }
  const existing = await lstat(path).catch(() => undefined);
  if (existing) throw Object.assign(new Error(`EEXIST: file already exists, ${path}`), { code: 'EEXIST' });
  await rename(temporary, path);
}
