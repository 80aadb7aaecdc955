// Saves a recap the user reviewed: the recap becomes a source, each talk a layer attached to the
// item it links to, or to an item of its own when nothing else has the talk. A re-import of the
// same files updates it in place and keeps every link decision the user made. One transaction:
// a save that fails halfway changes nothing.
import type { Conference } from '../../../../electron/common/domain';
import type { RecapSource } from '../../../../electron/common/library-records';
import type { RecapReading } from '../../../../electron/common/recap-import/recap-reading';
import type { DebriefDatabase } from '../db/database';
import { recapConference, recapRecords, recapSourceOf, uniqueId } from './recap-records';

/** What the user chose for one talk's link in the review: an item (proposed or confirmed), or none. */
export type PlannedLink =
  { itemId: string; reason: string; confidence: number; status: 'suggested' | 'confirmed' } | { status: 'unlinked' };

/** The conference a recap is saved under: one the library has, or a new one the recap brings. */
export type PlannedConference = { kind: 'existing'; conferenceId: string } | { kind: 'new'; conference: Conference };

/** A reviewed recap: what the reader found, plus the user's title, conference and links (by layer id). */
export interface RecapImportPlan {
  reading: RecapReading;
  title: string;
  conference: PlannedConference;
  /** By `RecapTalk.layerId`. A talk without an entry takes the reader's link as a suggestion, if any. */
  links: Record<string, PlannedLink>;
}

/** What saving did, for the sentence the UI says. */
export interface RecapSaveOutcome {
  recap: RecapSource;
  /** Talks new to the recap, and talks it had that this import updated. */
  added: number;
  updated: number;
  /** Talks the recap had that this import no longer has: kept, marked removed, user records untouched. */
  removed: number;
  /** Talks attached to an item the library had (the rest got an item of their own). */
  linked: number;
  /** Links the user had confirmed or undone that this import left as they were. */
  keptUserLinks: number;
}

/** The recap an import of these files lands on: one not removed that was read from any of the same files. */
export function recapOfFiles(recaps: readonly RecapSource[], files: readonly string[]): RecapSource | undefined {
  const wanted = new Set(files);
  return recaps.find((recap) => !recap.removedAt && recap.files.some((file) => wanted.has(file)));
}

async function recapIdFor(database: DebriefDatabase, reading: RecapReading): Promise<string> {
  const recaps = await database.recaps.toArray();
  const same = recapOfFiles(recaps, reading.files);
  return same?.id ?? uniqueId(`recap:${reading.key}`, new Set(recaps.map((recap) => recap.id)));
}

/** Saves a reviewed recap, in one read-write transaction. */
export async function saveRecapImport(
  database: DebriefDatabase,
  plan: RecapImportPlan,
  now = new Date(),
): Promise<RecapSaveOutcome> {
  const stamp = now.toISOString();
  return database.transaction(
    'rw',
    [database.conferences, database.items, database.recaps, database.recapLayers],
    async () => {
      const recapId = await recapIdFor(database, plan.reading);
      let conferenceId: string;
      if (plan.conference.kind === 'existing') {
        conferenceId = plan.conference.conferenceId;
        if (!(await database.conferences.get(conferenceId))) throw new Error(`No conference ${conferenceId}.`);
      } else {
        const taken = new Set((await database.conferences.toCollection().primaryKeys()) as string[]);
        const conference = recapConference(plan.conference.conference, recapId, plan.reading.talks, taken);
        await database.conferences.add(conference);
        conferenceId = conference.id;
      }

      const previous = await database.recaps.get(recapId);
      const previousLayers = await database.recapLayers.where('recapId').equals(recapId).toArray();
      const wanted = new Set<string>();
      for (const link of Object.values(plan.links)) if (link.status !== 'unlinked') wanted.add(link.itemId);
      for (const talk of plan.reading.talks) if (talk.link) wanted.add(talk.link.itemId);
      for (const layer of previousLayers) if (layer.link) wanted.add(layer.link.itemId);
      const targets = await database.items.bulkGet([...wanted]);
      const linkable = new Set(targets.flatMap((item) => (item && item.removed === 0 ? [item.id] : [])));

      const records = recapRecords(plan, recapId, conferenceId, previousLayers, linkable, stamp);
      await database.items.bulkPut(records.items);
      if (records.retiredItemIds.length > 0)
        await database.items.where('id').anyOf(records.retiredItemIds).modify({ removed: 1 });
      await database.recapLayers.bulkPut(records.layers);
      const recap = recapSourceOf(plan, recapId, conferenceId, previous, stamp);
      await database.recaps.put(recap);
      const { added, updated, removed, linked, keptUserLinks } = records;
      return { recap, added, updated, removed, linked, keptUserLinks };
    },
  );
}

const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** Says a save's outcome in one sentence. */
export function describeRecapSave(outcome: RecapSaveOutcome): string {
  const parts = [`${count(outcome.added, 'talk')} added`];
  if (outcome.updated > 0) parts.push(`${outcome.updated} updated`);
  parts.push(`${outcome.linked} linked to talks you had`);
  if (outcome.removed > 0) parts.push(`${outcome.removed} no longer in the recap (kept, marked removed)`);
  const kept =
    outcome.keptUserLinks > 0 ? ` Your ${count(outcome.keptUserLinks, 'link decision')} stayed as you left them.` : '';
  return `Saved “${outcome.recap.title}”: ${parts.join(', ')}.${kept}`;
}
