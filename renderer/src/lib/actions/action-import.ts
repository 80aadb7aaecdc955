// Importing action items from a Debrief action export (JSON): read and check the file, say what the
// import would do, then write it in one transaction. Merged by id, the newer `updatedAt` wins, so
// importing the same file twice changes nothing. A file that fails any check changes nothing.
import type { ActionItem } from '../../../../electron/common/user-records';
import { maxActionsJsonLength, parseActionsJson } from '../export/actions-json';
import { previewActionsImport, type ActionsImportPreview } from '../export/import-preview';
import type { DebriefDatabase } from '../db/database';

/** A file checked for import: its action items, or why it cannot be imported. */
export type ActionsFileReading = { ok: true; name: string; actions: ActionItem[] } | { ok: false; error: string };

/** How many incoming actions an import adds, changes and leaves alone. */
export interface ImportCounts {
  added: number;
  changed: number;
  unchanged: number;
}

/**
 * Decodes and checks a picked file. The error says which file and what is wrong, in words the
 * user can act on; every byte limit is checked before the file is decoded.
 */
export function readActionsFile(file: { name: string; bytes: Uint8Array }): ActionsFileReading {
  const refuse = (why: string): ActionsFileReading => ({
    ok: false,
    error: `${file.name} cannot be imported: ${why}. Nothing was changed.`,
  });
  // UTF-8 takes at least one byte per character, so a file this large is over the limit either way.
  if (file.bytes.byteLength > maxActionsJsonLength * 4) {
    return refuse(`the file is ${(file.bytes.byteLength / 1048576).toFixed(1)} MB, far too large for an action export`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
  } catch {
    return refuse('it is not UTF-8 text');
  }
  const reading = parseActionsJson(text);
  return reading.ok ? { ok: true, name: file.name, actions: reading.actions } : refuse(reading.error);
}

/** The counts of a preview. */
export function countImport(preview: ActionsImportPreview): ImportCounts {
  return { added: preview.added.length, changed: preview.updated.length, unchanged: preview.unchanged.length };
}

/** "2 will be added, 1 changed, 0 unchanged": what the user reads before choosing Import. */
export function describeImport(counts: ImportCounts): string {
  return `${counts.added} will be added, ${counts.changed} changed, ${counts.unchanged} unchanged`;
}

/** What importing `incoming` would do to the database now; reads only. */
export async function previewActionsFile(
  database: DebriefDatabase,
  incoming: readonly ActionItem[],
): Promise<ImportCounts> {
  const existing = await database.actions.bulkGet(incoming.map((action) => action.id));
  return countImport(previewActionsImport(present(existing), incoming));
}

/**
 * Writes the import in one `rw` transaction: the comparison is made again inside it, so an edit
 * made since the preview is respected, and a failure leaves every action as it was.
 */
export async function importActions(database: DebriefDatabase, incoming: readonly ActionItem[]): Promise<ImportCounts> {
  return database.transaction('rw', database.actions, async () => {
    const existing = await database.actions.bulkGet(incoming.map((action) => action.id));
    const preview = previewActionsImport(present(existing), incoming);
    await database.actions.bulkPut([...preview.added, ...preview.updated]);
    return countImport(preview);
  });
}

function present(records: (ActionItem | undefined)[]): ActionItem[] {
  return records.filter((record): record is ActionItem => record !== undefined);
}
