// Version 4's upgrade: every recap a version 3 database holds (an `ImportedRecap`, split into
// sections) becomes a recap source with one layer per section, each attached to the one talk it
// names or to an item of its own. Nothing the user had is lost: their notes, highlights, actions
// and marks are not touched, and every section's text lives on as a layer.
import type { Transaction } from 'dexie';
import type { Conference, ItemKind } from '../../../../electron/common/domain';
import type { RecapLayer, RecapSource, StoredItem } from '../../../../electron/common/library-records';
import type { ImportedRecap } from '../../../../electron/common/recap-import/imported-recap';
import { planOfImportedRecap } from '../recaps/legacy-recap';
import { recapConference, recapRecords, recapSourceOf, uniqueId } from '../recaps/recap-records';

type V3Recap = ImportedRecap & { importedAt?: string };

/** Converts the version 3 recaps in `transaction` to sources, layers and items. */
export async function upgradeRecapsToLibrary(transaction: Transaction): Promise<void> {
  const old = (await transaction.table('recaps').toArray()) as V3Recap[];
  if (old.length === 0) return;
  const conferences = (await transaction.table('conferences').toArray()) as Conference[];
  const conferenceIds = new Set(conferences.map((conference) => conference.id));
  const linkedIds = [
    ...new Set(old.flatMap((recap) => (recap.sections ?? []).flatMap((section) => section.linkedItemIds ?? []))),
  ];
  const linkedItems = (await transaction.table('items').bulkGet(linkedIds)) as (StoredItem | undefined)[];
  const kinds = new Map<string, ItemKind>();
  const linkable = new Set<string>();
  for (const item of linkedItems) {
    if (!item) continue;
    kinds.set(item.id, item.kind);
    if (item.removed === 0) linkable.add(item.id);
  }

  const sources: RecapSource[] = [];
  const layers: RecapLayer[] = [];
  const items: StoredItem[] = [];
  const newConferences: Conference[] = [];
  const takenRecapIds = new Set<string>();
  for (const recap of old) {
    const stamp = recap.importedAt ?? new Date().toISOString();
    // A recap whose conference is gone or was never found goes under the first conference.
    let conferenceId =
      recap.conferenceId && conferenceIds.has(recap.conferenceId) ? recap.conferenceId : conferences[0]?.id;
    const plan = planOfImportedRecap(recap, [], (id) => kinds.get(id), conferenceId ?? '');
    const recapId = uniqueId(`recap:${plan.reading.key}`, takenRecapIds);
    takenRecapIds.add(recapId);
    if (conferenceId === undefined) {
      // No conference at all (a database never seeded): the recap brings one, as a new import would.
      const conference = recapConference(emptyConference(recap.title), recapId, plan.reading.talks, conferenceIds);
      conferenceIds.add(conference.id);
      newConferences.push(conference);
      conferenceId = conference.id;
    }
    const records = recapRecords(plan, recapId, conferenceId, [], linkable, stamp);
    layers.push(...records.layers);
    items.push(...records.items);
    sources.push(recapSourceOf(plan, recapId, conferenceId, undefined, stamp));
  }
  await transaction.table('conferences').bulkAdd(newConferences);
  await transaction.table('recaps').clear();
  await transaction.table('recaps').bulkAdd(sources);
  await transaction.table('recapLayers').bulkAdd(layers);
  await transaction.table('items').bulkPut(items);
}

function emptyConference(name: string): Conference {
  const id =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'my-conference';
  return { id, name, location: '', startDate: '', endDate: '', timezone: 'UTC', days: [], body: '', source: '' };
}
