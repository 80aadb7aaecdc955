// Writes a notes-app export into the folder the user picked: reads the Markdown files already there
// (Debrief's own may have been moved into subfolders), lets the plan decide, then writes each new or
// changed file atomically. The folder is the user's vault, so nothing is deleted, links are never
// followed, a new file never replaces one that appeared meanwhile, and a file of Debrief's that
// changed between the read and the write is left as it is.
import { createHash } from 'node:crypto';
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { extensionOf, maxNoteFolderDepth, skippedNoteFolders } from '../common/imported-files';
import { maxNotesFileLength, type NotesFolderExport, type NotesFolderFile } from '../common/ipc-contract';
import { planNotesFolder, type FolderNote, type HashText } from '../common/notes-folder-plan';
import { writeFileAtomically } from './atomic-file';
import { readPickedFile } from './picked-file';

/** How many entries the walk looks at before it stops: a vault is big, but a picked home folder must not hang the app. */
export const maxExportFolderEntries = 50_000;

/** Largest file that can be one Debrief wrote: its text at 3 UTF-8 bytes a character, and the stamp. */
const maxDebriefFileBytes = 3 * maxNotesFileLength + 1024;

/** The stamp's hash: SHA-256 of the text's UTF-8, first 16 hex digits (plenty to tell an edit). */
export const hashNoteText: HashText = (text) => createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);

/** Why a file of the export was not written, in the summary's words. */
function notWritten(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EEXIST') return 'a file of this name appeared while Debrief was exporting: not written';
  if (code === 'EACCES' || code === 'EPERM') return 'Debrief is not allowed to write it: not written';
  return `could not be written (${code ?? (error as Error).message}): not written`;
}

/** Writes `files` into `folder` (created if missing) and says what it did. */
export async function exportNotesFolder(folder: string, files: readonly NotesFolderFile[]): Promise<NotesFolderExport> {
  await mkdir(folder, { recursive: true });
  const takenNames = await readdir(folder);
  const plan = planNotesFolder({ notes: await readDebriefCandidates(folder), takenNames }, files, hashNoteText);
  // The plan's created and updated lists, as far as the writes succeed; a write that fails is left alone.
  const { unchanged, leftAlone } = plan.summary;
  const result: NotesFolderExport = { folder, created: [], updated: [], unchanged, leftAlone: [...leftAlone] };
  for (const write of plan.writes) {
    const path = join(folder, ...write.path.split('/'));
    try {
      // Obsidian may save the file while the export runs: what is there now must be what the plan saw.
      const now = write.replacing === undefined ? undefined : await readNote(path).catch(() => null);
      if (now !== write.replacing) {
        result.leftAlone.push({ file: write.path, reason: 'changed while Debrief was exporting: left as it is' });
        continue;
      }
      await writeFileAtomically(path, write.text, { replace: write.replacing !== undefined });
      (write.replacing === undefined ? result.created : result.updated).push(write.path);
    } catch (error) {
      result.leftAlone.push({ file: write.path, reason: notWritten(error) });
    }
  }
  return result;
}

/**
 * The Markdown files under the folder that could be Debrief's (front matter naming a `debrief-id`),
 * by path relative to it. Hidden folders and the notes tools' own are skipped, links are not
 * followed, files too large to be Debrief's or not UTF-8 are passed over.
 */
async function readDebriefCandidates(folder: string): Promise<FolderNote[]> {
  const notes: FolderNote[] = [];
  let seen = 0;
  const walk = async (dir: string, relative: string, depth: number): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (++seen > maxExportFolderEntries) return;
      if (entry.name.startsWith('.') || skippedNoteFolders.has(entry.name)) continue;
      const path = relative ? `${relative}/${entry.name}` : entry.name;
      // Dirent types come from lstat: a link is neither a folder nor a file here, so it is never followed.
      if (entry.isDirectory()) {
        if (depth < maxNoteFolderDepth) await walk(join(dir, entry.name), path, depth + 1);
      } else if (entry.isFile() && extensionOf(entry.name) === 'md') {
        const text = await readNote(join(dir, entry.name)).catch(() => undefined);
        if (text?.startsWith('---') && text.includes('debrief-id')) notes.push({ path, text });
      }
    }
  };
  await walk(folder, '', 1);
  return notes;
}

/** A file's text; throws when it is not a regular file, too large to be Debrief's, or not UTF-8. */
async function readNote(path: string): Promise<string> {
  const { bytes } = await readPickedFile(path, maxDebriefFileBytes);
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}
