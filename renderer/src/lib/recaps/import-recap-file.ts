// The first import path: one recap file read by the section importer, saved under today's model
// (a recap source with a layer per section; see legacy-recap.ts). The app now reads recaps with
// the talk reader and saves them with saveRecapImport; this stays for callers not yet switched.
import type { ContentProblem } from '../../../../electron/common/domain';
import type { RecapSource } from '../../../../electron/common/library-records';
import { importRecap } from '../../../../electron/common/recap-import/import-recap';
import type { DebriefDatabase } from '../db/database';
import { planOfImportedRecap } from './legacy-recap';
import { saveRecapImport, type PlannedConference, type RecapSaveOutcome } from './save-recap-import';

/** The recap file types the open dialog and drop zone accept. */
export const recapFileFilters = [{ name: 'Recap (Markdown or text)', extensions: ['md', 'markdown', 'txt'] }];

/** What an import did: the saved recap (absent when the file could not be read), whether it was there already, and the problems. */
export interface RecapImportOutcome {
  recap?: RecapSource;
  /** True when every talk of the file was already in the recap: nothing was added. */
  alreadyImported: boolean;
  saved?: RecapSaveOutcome;
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
  const kinds = new Map(knownItems.map((item) => [item.id, item.kind]));
  // The conference the linked items belong to, else the first one; none at all: the recap brings one.
  const named = recap.conferenceId ? await database.conferences.get(recap.conferenceId) : undefined;
  const conferenceId = named?.id ?? (await database.conferences.toCollection().first())?.id;
  const plan = planOfImportedRecap(recap, problems, (id) => kinds.get(id), conferenceId ?? '');
  const conference: PlannedConference = conferenceId
    ? { kind: 'existing', conferenceId }
    : {
        kind: 'new',
        conference: {
          id: plan.reading.key,
          name: recap.title,
          location: '',
          startDate: '',
          endDate: '',
          timezone: 'UTC',
          days: [],
          body: '',
          source: '',
        },
      };
  const saved = await saveRecapImport(database, { ...plan, conference }, now);
  return { recap: saved.recap, alreadyImported: saved.added === 0, saved, problems };
}

/** Says an import's outcome in one sentence. */
export function describeRecapImport(name: string, outcome: RecapImportOutcome): string {
  if (!outcome.recap || !outcome.saved) {
    const reason = outcome.problems.map((p) => (p.line ? `line ${p.line}: ${p.message}` : p.message)).join('; ');
    return `${name} could not be imported: ${reason}. Nothing was changed.`;
  }
  if (outcome.alreadyImported)
    return `${name} was already imported as “${outcome.recap.title}”; it was updated in place, nothing was duplicated.`;
  const { added, updated, linked } = outcome.saved;
  const skipped = outcome.problems.length > 0 ? ` ${outcome.problems.length} part(s) were skipped.` : '';
  return `Imported “${outcome.recap.title}”: ${added + updated} sections, ${linked} linked to talks you had.${skipped}`;
}
