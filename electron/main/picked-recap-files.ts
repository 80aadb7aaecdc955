// Reads the recap files a user picked: several files, or a folder walked for its recap files (an
// Obsidian or Logseq vault, a folder of notes). Every file is read with the open dialog's checks;
// one that cannot be read, is too large or is not a recap is returned with the reason instead of
// its bytes, so the review can list it as skipped without failing the rest.
import { lstat, readdir } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import { isRecapFile, maxNoteFolderDepth, notARecapFile, skippedNoteFolders } from '../common/imported-files';
import type { PickedRecapFile, PickedRecapFiles } from '../common/ipc-contract';
import { readPickedFile } from './picked-file';

/** How many entries a folder walk looks at before it stops, so a picked home folder cannot hang the app. */
export const maxFolderEntries = 5000;

/** Reads picked files by path; names are bare file names. */
export async function readPickedRecapFiles(paths: readonly string[], maxBytes: number): Promise<PickedRecapFiles> {
  const files: PickedRecapFile[] = [];
  for (const path of paths) files.push(await readOne(path, basename(path), maxBytes));
  return { files };
}

/** Walks a picked folder for recap files; paths are relative to the folder's parent (`notes/day-1.md`). */
export async function readPickedRecapFolder(folder: string, maxBytes: number): Promise<PickedRecapFiles> {
  const name = basename(folder);
  const files: PickedRecapFile[] = [];
  let seen = 0;
  const walk = async (dir: string, depth: number): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (++seen > maxFolderEntries) return;
      const full = join(dir, entry.name);
      const path = [name, ...relative(folder, full).split(sep)].join('/');
      if (entry.name.startsWith('.') || skippedNoteFolders.has(entry.name)) continue;
      if (entry.isDirectory()) {
        if (depth < maxNoteFolderDepth) await walk(full, depth + 1);
        else files.push({ path, problem: `a folder more than ${maxNoteFolderDepth} levels deep: not read` });
      } else if (!isRecapFile(entry.name)) {
        files.push({ path, problem: notARecapFile });
      } else if (entry.isSymbolicLink() && (await lstat(full)).isSymbolicLink()) {
        // A link inside a folder was not picked by the user: it could lead anywhere on the disk.
        files.push({ path, problem: 'a link to another file: skipped (pick the file itself to import it)' });
      } else {
        files.push(await readOne(full, path, maxBytes));
      }
    }
  };
  await walk(folder, 1);
  if (seen > maxFolderEntries) {
    files.push({
      path: name,
      problem: `the folder has more than ${maxFolderEntries} entries: only the first were read`,
    });
  }
  return { folder: name, files };
}

async function readOne(full: string, path: string, maxBytes: number): Promise<PickedRecapFile> {
  try {
    const { bytes } = await readPickedFile(full, maxBytes);
    return { path, bytes };
  } catch (error) {
    // readPickedFile says "<name> could not be opened: <why>"; the review shows the path beside it.
    return { path, problem: (error as Error).message.replace(/^.*? could not be opened: /, '') };
  }
}
