// The records a recap import becomes, worked out without touching the database: each talk's layer,
// the items made for talks nothing else has, and which of those items retire. Both the save and the
// version 4 upgrade use it, so a recap imported under the old model ends exactly like a new import.
import type { Conference } from '../../../../electron/common/domain';
import type { RecapLayer, RecapSource, StoredItem } from '../../../../electron/common/library-records';
import type { RecapTalk } from '../../../../electron/common/recap-import/recap-reading';
import type { PlannedLink, RecapImportPlan } from './save-recap-import';

/** The id of the item made for a talk only this recap covers: `recap-talk/<layer id>`. */
export function recapTalkItemId(layerId: string): string {
  return `recap-talk/${layerId}`;
}

/** A layer id's last part, the heading's slug, which becomes its own item's slug. */
export function headingSlugOf(layerId: string): string {
  return layerId.slice(layerId.lastIndexOf('/') + 1);
}

/** The item made for a talk only this recap covers: its text is the body, so highlights and search work as on bundled talks. */
export function recapTalkItem(talk: RecapTalk, recapId: string, conferenceId: string): StoredItem {
  return {
    id: recapTalkItemId(talk.layerId),
    conferenceId,
    slug: headingSlugOf(talk.layerId),
    kind: talk.kind,
    title: talk.title,
    ...(talk.day !== undefined ? { day: talk.day } : {}),
    ...(talk.date !== undefined ? { date: talk.date } : {}),
    speakers: talk.speakers,
    tags: talk.tags,
    links: talk.url ? { schedule: talk.url } : {},
    takeaways: [],
    body: talk.body,
    source: recapId,
    recapId,
    removed: 0,
  };
}

/** What the records of one import are, and how they differ from what the recap had. */
export interface RecapRecords {
  layers: RecapLayer[];
  /** Own items to put (new or updated). */
  items: StoredItem[];
  /** Own items that no longer carry their layer (vanished talk, or now linked elsewhere): marked removed. */
  retiredItemIds: string[];
  added: number;
  updated: number;
  removed: number;
  linked: number;
  keptUserLinks: number;
}

/** A user's decision on a link: anything but a suggestion. */
function isDecision(link: { status: string } | undefined): boolean {
  return link !== undefined && link.status !== 'suggested';
}

/** The link a layer gets: the user's earlier decision stays unless this review decided again. */
function chooseLink(
  talk: RecapTalk,
  planned: PlannedLink | undefined,
  previous: RecapLayer | undefined,
): { link: RecapLayer['link']; kept: boolean } {
  if (previous?.link && isDecision(previous.link) && !isDecision(planned)) return { link: previous.link, kept: true };
  const proposal = planned ?? (talk.link ? { ...talk.link, status: 'suggested' as const } : undefined);
  if (!proposal) return { link: undefined, kept: false };
  if (proposal.status === 'unlinked') {
    // Remember which item the user undid, so the review can offer it again.
    const undone = previous?.link?.itemId ?? talk.link?.itemId;
    return {
      link: undone ? { itemId: undone, confidence: 0, reason: 'unlinked by you', status: 'unlinked' } : undefined,
      kept: false,
    };
  }
  const { itemId, confidence, reason, status } = proposal;
  return { link: { itemId, confidence, reason, status }, kept: false };
}

/**
 * Works out every layer and own item of `plan` for the recap `recapId`, given the layers it had
 * and the items a link may point at (`linkable`: existing, not removed).
 */
export function recapRecords(
  plan: RecapImportPlan,
  recapId: string,
  conferenceId: string,
  previousLayers: readonly RecapLayer[],
  linkable: ReadonlySet<string>,
  stamp: string,
): RecapRecords {
  const previousById = new Map(previousLayers.map((layer) => [layer.id, layer]));
  const records: RecapRecords = {
    layers: [],
    items: [],
    retiredItemIds: [],
    added: 0,
    updated: 0,
    removed: 0,
    linked: 0,
    keptUserLinks: 0,
  };
  const incoming = new Set<string>();
  for (const talk of plan.reading.talks) {
    incoming.add(talk.layerId);
    const previous = previousById.get(talk.layerId);
    if (previous) records.updated += 1;
    else records.added += 1;
    const { link, kept } = chooseLink(talk, plan.links[talk.layerId], previous);
    if (kept) records.keptUserLinks += 1;
    const attached = link && link.status !== 'unlinked' && linkable.has(link.itemId) ? link.itemId : undefined;
    if (attached) {
      records.linked += 1;
      if (previous?.ownItem) records.retiredItemIds.push(recapTalkItemId(talk.layerId));
    } else records.items.push(recapTalkItem(talk, recapId, conferenceId));
    records.layers.push({
      id: talk.layerId,
      recapId,
      itemId: attached ?? recapTalkItemId(talk.layerId),
      ownItem: !attached,
      heading: talk.title,
      file: talk.file,
      line: talk.line,
      body: talk.body,
      ...(link ? { link } : {}),
      removed: 0,
      updatedAt: stamp,
    });
  }
  for (const layer of previousLayers) {
    if (incoming.has(layer.id)) continue;
    if (layer.removed === 0) {
      records.removed += 1;
      records.layers.push({ ...layer, removed: 1, updatedAt: stamp });
    }
    if (layer.ownItem) records.retiredItemIds.push(layer.itemId);
  }
  return records;
}

/** The recap's own record after an import; a re-import keeps when it was first imported and who wrote it. */
export function recapSourceOf(
  plan: RecapImportPlan,
  recapId: string,
  conferenceId: string,
  previous: RecapSource | undefined,
  stamp: string,
): RecapSource {
  const { reading } = plan;
  return {
    id: recapId,
    title: plan.title,
    ...((reading.author ?? previous?.author) !== undefined ? { author: reading.author ?? previous?.author } : {}),
    conferenceId,
    files: reading.files,
    intro: reading.intro,
    skipped: reading.skipped,
    notes: reading.notes,
    importedAt: previous?.importedAt ?? stamp,
    updatedAt: stamp,
  };
}

/** `base`, or `base-2`, `base-3`… when taken. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  return id;
}

/**
 * The conference a recap brings: its id made unique, its source the recap's id (so it counts as
 * the user's, not bundled), and its days taken from the talks' dates when it names none.
 */
export function recapConference(
  proposed: Conference,
  recapId: string,
  talks: readonly RecapTalk[],
  taken: ReadonlySet<string>,
): Conference {
  const dates = [...new Set(talks.flatMap((talk) => (talk.date ? [talk.date] : [])))].sort();
  const days =
    proposed.days.length > 0
      ? proposed.days
      : dates.map((date, index) => ({ number: index + 1, date, label: `Day ${index + 1}` }));
  return {
    ...proposed,
    id: uniqueId(proposed.id, taken),
    startDate: proposed.startDate || dates[0] || '',
    endDate: proposed.endDate || dates.at(-1) || '',
    days,
    source: recapId,
  };
}
