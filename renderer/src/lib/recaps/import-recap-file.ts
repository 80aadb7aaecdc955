// Imports a recap file the user picked or dropped: read against the items the app knows, then
// saved under ids taken from its text, so importing the same file again changes nothing.
import type { ContentProblem } from '../../../../electron/common/domain';
import { importRecap } from '../../../../electron/common/recap-import/import-recap';
import type { DebriefDatabase, StoredRecap } from '../db/database';

/** The recap file types the open dialog and drop zone accept. */
export const recapFileFilters = [{ name: 'Recap (Markdown or text)', extensions: ['md', 'markdown', 'txt'] }];

/** What an import did: the saved recap (absent when the file could not be read), whether it was new, and the problems. */
export interface RecapImportOutcome {
  recap?: StoredRecap;
  alreadyImported: boolean;
  problems: ContentProblem[];
}

/** Reads a recap file and stores it; a file that cannot be read changes nothing. */
export async function importRecapFile(
  database: DebriefDatabase,
  name: string,
  bytes: Uint8Array,
  now = new Date(),
): Promise<RecapImportOutcome> {
  const knownItems = await database.items.where('removed').equals(0).toArray();
  const { recap, problems } = await importRecap(name, bytes, knownItems);
  if (!recap) return { alreadyImported: false, problems };
  return database.transaction('rw', database.recaps, async () => {
    const existing = await database.recaps.get(recap.id);
    if (existing) return { recap: existing, alreadyImported: true, problems };
    const stored: StoredRecap = { ...recap, importedAt: now.toISOString() };
    await database.recaps.add(stored);
    return { recap: stored, alreadyImported: false, problems };
  });
}

/** Says an import's outcome in one sentence. */
export function describeRecapImport(name: string, outcome: RecapImportOutcome): string {
  if (!outcome.recap) {
    const reason = outcome.problems.map((p) => (p.line ? `line ${p.line}: ${p.message}` : p.message)).join('; ');
    return `${name} could not be imported: ${reason}. Nothing was changed.`;
  }
  if (outcome.alreadyImported)
    return `${name} was already imported as “${outcome.recap.title}”; nothing was duplicated.`;
  const linked = new Set(outcome.recap.sections.flatMap((s) => s.linkedItemIds)).size;
  const skipped = outcome.problems.length > 0 ? ` ${outcome.problems.length} part(s) were skipped.` : '';
  return `Imported “${outcome.recap.title}”: ${outcome.recap.sections.length} sections, ${linked} talks and booths linked.${skipped}`;
}
