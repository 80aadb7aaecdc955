// The questions the recap views ask the database, in one place.
import type { Conference } from '../../../electron/common/domain';
import { db, type StoredItem } from './db/database';
import { shownConferences } from './library/library-queries';

/** Which slice of a conference the list shows. */
export type Section = { kind: 'all' } | { kind: 'day'; day: number } | { kind: 'booths' };

/** Every conference the user has not removed, in id order. */
export function listConferences(): Promise<Conference[]> {
  return shownConferences(db);
}

/** The items of a section, in the order the author lived them; removed items only when the user kept records on them. */
export async function listSectionItems(conferenceId: string, section: Section): Promise<StoredItem[]> {
  const all = await db.items.where('conferenceId').equals(conferenceId).toArray();
  const covered = await sessionsWithRecapNotes(all);
  const inSection = all.filter((item) => {
    // Sessions of an imported schedule have their own agenda: hundreds of them would bury the
    // recap. Those the user's recaps wrote about are talks they saw, listed with the others.
    if (item.kind === 'session' && !covered.has(item.id)) return false;
    if (section.kind === 'booths') return item.kind === 'booth';
    if (section.kind === 'day') return item.day === section.day && item.kind !== 'booth';
    return true;
  });
  const removedIds = inSection.filter((item) => item.removed === 1).map((item) => item.id);
  const keptRemoved = new Set<string>();
  if (removedIds.length > 0) {
    const [notes, actions, states] = await Promise.all([
      db.annotations.where('itemId').anyOf(removedIds).toArray(),
      db.actions.where('itemId').anyOf(removedIds).toArray(),
      db.itemStates.where('itemId').anyOf(removedIds).toArray(),
    ]);
    for (const record of [...notes, ...actions, ...states]) keptRemoved.add(record.itemId);
  }
  return inSection.filter((item) => item.removed === 0 || keptRemoved.has(item.id)).sort(byRecapOrder);
}

/** The ids of the sessions among `items` that a recap the user imported has notes on. */
async function sessionsWithRecapNotes(items: readonly StoredItem[]): Promise<Set<string>> {
  const sessionIds = items.filter((item) => item.kind === 'session').map((item) => item.id);
  if (sessionIds.length === 0) return new Set();
  const layers = await db.recapLayers.where('itemId').anyOf(sessionIds).toArray();
  const live = layers.filter((layer) => layer.removed === 0 && !layer.ownItem);
  const recaps = await db.recaps.bulkGet([...new Set(live.map((layer) => layer.recapId))]);
  const shown = new Set(recaps.flatMap((recap) => (recap && !recap.removedAt ? [recap.id] : [])));
  return new Set(live.filter((layer) => shown.has(layer.recapId)).map((layer) => layer.itemId));
}

/** Sorts by day, then the author's order, then title. Booths (no day) come last. */
export function byRecapOrder(a: StoredItem, b: StoredItem): number {
  const dayA = a.day ?? Number.MAX_SAFE_INTEGER;
  const dayB = b.day ?? Number.MAX_SAFE_INTEGER;
  if (dayA !== dayB) return dayA - dayB;
  const orderA = a.order ?? Number.MAX_SAFE_INTEGER;
  const orderB = b.order ?? Number.MAX_SAFE_INTEGER;
  if (orderA !== orderB) return orderA - orderB;
  return a.title.localeCompare(b.title);
}

/** Human words for an item kind (kept in domain.ts, which reports and search share). */
export { kindLabels } from '../../../electron/common/domain';
