// Choosing files to import, wherever the app runs. In the desktop app main shows its open dialog
// and reads the files; in the Chromium shell there is no such dialog, so the page's own file
// chooser (`<input type=file>`, `webkitdirectory` for a folder) does the same job. Dropped
// folders are walked here too. Every path ends in the same shape: ChosenRecapFiles. Files chosen
// in the page are handed on unread: the recap reader's worker reads them, off the main thread.
import {
  importedExtensions,
  isRecapFile,
  maxNoteFolderDepth,
  notARecapFile,
  skippedNoteFolders,
} from '../../../../electron/common/imported-files';
import type { OpenedFile, OpenFileRequest, PickedRecapFile } from '../../../../electron/common/ipc-contract';
import { mainProcess } from '../bridge';

/** Largest file read for an import, as main's open dialog allows. */
export const maxPickedFileBytes = 64 * 1024 * 1024;

/** A recap file to import: read by main (`bytes`), chosen in the page and not read yet (`file`), or refused (`problem`). */
export interface ChosenRecapFile extends PickedRecapFile {
  file?: Blob;
}

/** The recap files to import, and the folder's name when they are a folder. */
export interface ChosenRecapFiles {
  folder?: string;
  files: ChosenRecapFile[];
}

let openDialogs: Promise<boolean> | undefined;

/** Whether main shows open dialogs here (asked once; the Chromium shell has none). */
export function hasOpenDialogs(): Promise<boolean> {
  openDialogs ??= mainProcess()
    .getAppInfo()
    .then((info) => info.openDialogs)
    .catch(() => false);
  return openDialogs;
}

/** One file through main's dialog or the page's chooser; null when the user cancelled. */
export async function pickOneFile(request: OpenFileRequest): Promise<OpenedFile | null> {
  if (await hasOpenDialogs()) return mainProcess().openFile(request);
  const accept = request.filters.flatMap((filter) => filter.extensions.map((extension) => `.${extension}`));
  const [file] = await chooseInPage({ accept, multiple: false, folder: false });
  if (!file) return null;
  if (file.size > maxPickedFileBytes) {
    throw new Error(`${file.name} is ${(file.size / 1048576).toFixed(1)} MB; files over 64 MB cannot be opened`);
  }
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/** Recap files (several at once) or a recap folder, through main's dialog or the page's chooser. */
export async function pickRecapFiles(folder: boolean): Promise<ChosenRecapFiles | null> {
  const title = folder ? 'Import a folder of recap notes' : 'Import recap files';
  if (await hasOpenDialogs()) return mainProcess().openRecapFiles({ title, folder });
  const accept = importedExtensions.recap.map((extension) => `.${extension}`);
  const files = await chooseInPage({ accept, multiple: true, folder });
  if (files.length === 0) return null;
  const picked = files.map((file) => chosen(file, file.webkitRelativePath || file.name));
  const folderName = folder ? files[0]?.webkitRelativePath.split('/')[0] : undefined;
  return { ...(folderName ? { folder: folderName } : {}), files: picked };
}

/** Reads files dropped on the window, walking dropped folders; undefined when nothing droppable came. */
export async function readDroppedRecapFiles(transfer: DataTransfer): Promise<ChosenRecapFiles | undefined> {
  const entries = Array.from(transfer.items)
    .map((item) => item.webkitGetAsEntry?.())
    .filter((entry): entry is FileSystemEntry => Boolean(entry));
  const folder = entries.length === 1 && entries[0]!.isDirectory ? entries[0]!.name : undefined;
  const files: ChosenRecapFile[] = [];
  for (const entry of entries) await collect(entry, entry.name, files, 1);
  if (files.length === 0) return undefined;
  return { ...(folder ? { folder } : {}), files };
}

// Only the name is looked at here: a file's size may mean a disk look-up on the main thread, so the
// reader's worker checks it (and refuses files over 64 MB) before reading.
function chosen(file: File, path: string): ChosenRecapFile {
  if (!isRecapFile(file.name)) return { path, problem: notARecapFile };
  return { path, file };
}

// The same limits as main's folder walk, so a dropped home folder cannot hang the window.

async function collect(entry: FileSystemEntry, path: string, into: ChosenRecapFile[], depth: number): Promise<void> {
  if (into.length > 5000) return;
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    into.push(chosen(file, path));
    return;
  }
  if (entry.name.startsWith('.') || skippedNoteFolders.has(entry.name) || depth > maxNoteFolderDepth) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const children: FileSystemEntry[] = [];
  // readEntries hands back a batch at a time (100 in Chromium) until it returns none.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) break;
    children.push(...batch);
  }
  children.sort((a, b) => a.name.localeCompare(b.name));
  for (const child of children) await collect(child, `${path}/${child.name}`, into, depth + 1);
}

/** Opens the page's file chooser and resolves to what was chosen ([] when cancelled). */
function chooseInPage(options: { accept: string[]; multiple: boolean; folder: boolean }): Promise<File[]> {
  const input = document.createElement('input');
  input.type = 'file';
  input.multiple = options.multiple;
  if (options.folder) input.webkitdirectory = true;
  else input.accept = options.accept.join(',');
  input.hidden = true;
  document.body.append(input);
  return new Promise((resolve) => {
    const done = (files: File[]) => {
      input.remove();
      resolve(files);
    };
    input.addEventListener('change', () => done(Array.from(input.files ?? [])), { once: true });
    input.addEventListener('cancel', () => done([]), { once: true });
    input.click();
  });
}
