// Removing a conference a schedule or recap brought, and undoing it. Bundled conferences come with
// the app and cannot be removed. The conference is marked removed, never erased: its items and
// recaps are marked removed too, and the user's notes and actions on them go to the Trash.
import { isUserConference } from '../../../../electron/common/library-records';
import type { DebriefDatabase } from '../db/database';
import { removeRecapIn, undoRemoveRecapIn, type RecapRemoval } from '../recaps/remove-recap';
import { retireItems, unretireItems, type RetiredRecords } from '../recaps/retire-items';

/** What removing a conference did, for undo. */
export interface ConferenceRemoval extends RetiredRecords {
  conferenceId: string;
  /** Its recaps that were removed with it. */
  recaps: RecapRemoval[];
}

function removalTables(database: DebriefDatabase) {
  return [
    database.conferences,
    database.recaps,
    database.recapLayers,
    database.items,
    database.annotations,
    database.actions,
  ];
}

/** Removes a conference the user's imports brought, with its items and recaps. Refuses a bundled one. */
export function removeConference(
  database: DebriefDatabase,
  conferenceId: string,
  now = new Date(),
): Promise<ConferenceRemoval> {
  const stamp = now.toISOString();
  return database.transaction('rw', removalTables(database), async () => {
    const conference = await database.conferences.get(conferenceId);
    if (!conference) throw new Error(`No conference ${conferenceId}.`);
    if (!isUserConference(conference)) throw new Error(`${conference.name} comes with Debrief and cannot be removed.`);
    if (conference.removedAt) throw new Error(`${conference.name} was already removed.`);
    await database.conferences.update(conferenceId, { removedAt: stamp });
    const recaps = (await database.recaps.where('conferenceId').equals(conferenceId).toArray()).filter(
      (recap) => !recap.removedAt,
    );
    const recapRemovals: RecapRemoval[] = [];
    for (const recap of recaps) recapRemovals.push(await removeRecapIn(database, recap.id, stamp));
    const itemIds = (await database.items.where('conferenceId').equals(conferenceId).primaryKeys()) as string[];
    const retired = await retireItems(database, itemIds, [], [], stamp);
    return { ...retired, conferenceId, recaps: recapRemovals };
  });
}

/** Puts back exactly what `removeConference` did. */
export function undoRemoveConference(
  database: DebriefDatabase,
  conferenceId: string,
  removal: ConferenceRemoval,
): Promise<void> {
  if (removal.conferenceId !== conferenceId)
    return Promise.reject(new Error(`That removal is of ${removal.conferenceId}.`));
  return database.transaction('rw', removalTables(database), async () => {
    const conference = await database.conferences.get(conferenceId);
    if (conference?.removedAt === removal.removedAt) {
      const { removedAt: _removedAt, ...restored } = conference;
      await database.conferences.put(restored);
    }
    await unretireItems(database, removal);
    for (const recap of removal.recaps) await undoRemoveRecapIn(database, recap);
  });
}
