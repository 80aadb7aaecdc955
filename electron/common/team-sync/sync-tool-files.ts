// Files that sync tools (Syncthing, Dropbox, Nextcloud, Google Drive, Resilio) and editors leave
// in a synced folder. A half-downloaded segment must be skipped without a word, since the whole
// file arrives under its real name a moment later; a conflict copy must be read, since it may hold
// changes the other copy lacks.

/** Folders that belong to a sync tool: what is inside is its bookkeeping or old versions, not ours. */
const toolFolders = [
  /^\.stfolder$/, // Syncthing's folder marker
  /^\.stversions$/, // Syncthing's old versions of files
  /^\.dropbox\.cache$/, // Dropbox's downloads in progress and deleted files
  /^\.tmp\.drive(download|upload)$/, // Google Drive's transfers in progress
  /^\.sync$/, // Resilio Sync's bookkeeping
];

/** Names of files a sync tool or editor writes while a file is on its way, or for itself. */
const toolFiles = [
  /^\.syncthing\..+\.tmp$/, // Syncthing downloading, on Linux and macOS
  /^~syncthing~.+\.tmp$/, // Syncthing downloading, on Windows
  /^\.stignore$/, // Syncthing's ignore list
  /^\.dropbox(\..+)?$/, // Dropbox's .dropbox, .dropbox.attr …
  /\.~[0-9a-z]+$/i, // Nextcloud and ownCloud downloading: "3.jsonl.~57d"
  /^\.?_?sync_[0-9a-f]+\.db(-wal|-shm|-journal)?$/i, // Nextcloud and ownCloud's sync database
  /^\.(owncloud|nextcloud)sync\.log$/i,
  /\.part$/i, // Nextcloud uploads in progress ("3.jsonl.ocTransferId123.part"), and many downloaders
  /\.(partial|crdownload|download|tmp|temp)$/i, // other half-written downloads and saves
  /\.!sync$/, // Resilio Sync downloading
  /^\.~lock\..*#$/, // LibreOffice's lock on a file it has open
  /^~\$/, // Microsoft Office's owner file beside an open document
  /\.sw[a-p]$/, // Vim's swap file
  /~$/, // editors' backup copy
];

/** Whether `path` (in the synced folder, "/" or "\" between folders) is a sync tool's or editor's own file. */
export function isSyncToolTempFile(path: string): boolean {
  const parts = path.split(/[\\/]/).filter((part) => part !== '');
  const name = parts.at(-1);
  if (name === undefined) return false;
  return (
    parts.slice(0, -1).some((folder) => toolFolders.some((pattern) => pattern.test(folder))) ||
    toolFiles.some((pattern) => pattern.test(name))
  );
}

/**
 * Marks sync tools add to a file's name when two devices changed it at once and they kept both:
 * Syncthing "3.sync-conflict-20240518-101500-ABCDEF7.jsonl", Dropbox "3 (Bob's conflicted copy
 * 2024-05-18).jsonl", Nextcloud "3 (conflicted copy 2024-05-18 101500).jsonl", older ownCloud
 * "3_conflict-20240518-101500.jsonl".
 */
const conflictMarks = [
  /\.sync-conflict-\d{8}-\d{6}(-[A-Z0-9]{7})?(?=\.[^.]*$|$)/,
  / \([^()]*conflicted copy[^()]*\)(?=\.[^.]*$|$)/i,
  /_conflict-\d{8}-\d{6}(?=\.[^.]*$|$)/,
];

/** The name of the file `name` is a sync tool's conflict copy of, or undefined when it is not one. */
export function nameBeforeConflict(name: string): string | undefined {
  for (const mark of conflictMarks) {
    if (mark.test(name)) return name.replace(mark, '');
  }
  return undefined;
}

/** Whether `name` is a copy a sync tool kept when two devices changed the same file at once. */
export function isSyncConflictCopy(name: string): boolean {
  return nameBeforeConflict(name) !== undefined;
}
