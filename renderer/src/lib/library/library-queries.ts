// The questions the library asks the database: which conferences the user has, what each holds
// (talks, their notes, their open actions), and what the sidebar needs to show only the parts a
// conference really has.
import type { Conference } from '../../../../electron/common/domain';
import { db, type DebriefDatabase } from '../db/database';

/** A conference as the library lists it, with what the user has on it. */
export interface LibraryEntry {
  conference: Conference;
  /** Items the latest content still has, schedule sessions included. */
  talks: number;
  /** Notes and highlights not deleted, on its items. */
  notes: number;
  /** Action items open or in progress, not deleted, on its items. */
  openActions: number;
}

/** What a conference holds, for the sidebar: which parts to offer. */
export interface ConferenceContents {
  /** Whether it has talks of a recap (not only schedule sessions): the list then speaks of "the recap". */
  hasRecapItems: boolean;
  hasBooths: boolean;
  /** Recaps the user imported for it, not removed, oldest first. */
  recaps: { id: string; title: string }[];
}

/** A record that the user may have removed (conferences and recaps may carry `removedAt`). */
type MaybeRemoved = { removedAt?: unknown };

/** Whether the user removed the conference (or recap): removed ones are left out of every list. */
export function isRemoved(record: object): boolean {
  return Boolean((record as MaybeRemoved).removedAt);
}

/** Every conference not removed, in id order (stable, so the sidebar's fallback does not jump). */
export async function shownConferences(database: DebriefDatabase = db): Promise<Conference[]> {
  const all = await database.conferences.orderBy('id').toArray();
  return all.filter((conference) => !isRemoved(conference));
}

/** The library: every conference not removed with its counts, the latest first. */
export async function listLibrary(database: DebriefDatabase = db): Promise<LibraryEntry[]> {
  const conferences = await shownConferences(database);
  // Which conference each item belongs to, from the index alone (keys, not whole items).
  const conferenceOf = new Map<string, string>();
  const talks = new Map<string, number>();
  await Promise.all(
    conferences.map(async (conference) => {
      const ids = await database.items.where('conferenceId').equals(conference.id).primaryKeys();
      for (const id of ids) conferenceOf.set(id, conference.id);
    }),
  );
  const [removedIds, annotations, actions] = await Promise.all([
    database.items.where('removed').equals(1).primaryKeys(),
    database.annotations.toArray(),
    database.actions.toArray(),
  ]);
  const removed = new Set(removedIds);
  for (const [id, conferenceId] of conferenceOf) {
    if (!removed.has(id)) talks.set(conferenceId, (talks.get(conferenceId) ?? 0) + 1);
  }
  const notes = countBy(annotations, (note) => !note.deletedAt, conferenceOf);
  const openActions = countBy(
    actions,
    (action) => !action.deletedAt && (action.status === 'open' || action.status === 'in progress'),
    conferenceOf,
  );
  return conferences
    .map((conference) => ({
      conference,
      talks: talks.get(conference.id) ?? 0,
      notes: notes.get(conference.id) ?? 0,
      openActions: openActions.get(conference.id) ?? 0,
    }))
    .sort(byLatest);
}

function countBy<T extends { itemId: string }>(
  records: readonly T[],
  counts: (record: T) => boolean,
  conferenceOf: ReadonlyMap<string, string>,
): Map<string, number> {
  const result = new Map<string, number>();
  for (const record of records) {
    const conferenceId = conferenceOf.get(record.itemId);
    if (conferenceId && counts(record)) result.set(conferenceId, (result.get(conferenceId) ?? 0) + 1);
  }
  return result;
}

/** Latest conference first; same dates by name. */
function byLatest(a: LibraryEntry, b: LibraryEntry): number {
  return (
    b.conference.startDate.localeCompare(a.conference.startDate) || a.conference.name.localeCompare(b.conference.name)
  );
}

/** What a conference holds, for the sidebar: recap talks, booths, and the recaps imported for it. */
export async function conferenceContents(
  conferenceId: string,
  database: DebriefDatabase = db,
): Promise<ConferenceContents> {
  const [items, recaps] = await Promise.all([
    database.items.where('conferenceId').equals(conferenceId).toArray(),
    database.recaps.where('conferenceId').equals(conferenceId).toArray(),
  ]);
  const kept = items.filter((item) => item.removed === 0);
  return {
    hasRecapItems: kept.some((item) => item.kind !== 'session'),
    hasBooths: kept.some((item) => item.kind === 'booth'),
    recaps: recaps
      .filter((recap) => !isRemoved(recap))
      .sort((a, b) => a.importedAt.localeCompare(b.importedAt))
      .map((recap) => ({ id: recap.id, title: recap.title })),
  };
}
