// Reads what a trip report or a notes-app export of one conference is made from, in one pass.
import type { RecapItem } from '../../../../electron/common/domain';
import { db, type DebriefDatabase, type StoredItem } from '../db/database';
import { listLayersOn } from '../recaps/recap-layer-queries';
import type { RecapNote, TripReportData } from './trip-report-data';

/** The conference's items not removed, with the user's marks, notes, highlights and action items on them. */
export async function loadTripReportData(
  conferenceId: string,
  database: DebriefDatabase = db,
  exportedAt: Date = new Date(),
): Promise<TripReportData> {
  const conference = await database.conferences.get(conferenceId);
  if (!conference) throw new Error(`There is no conference with id ${conferenceId} in your library.`);
  const stored = await database.items.where('conferenceId').equals(conferenceId).toArray();
  const items = stored
    .filter((item) => item.removed === 0)
    .sort(inListOrder)
    .map(withoutStorage);
  const ids = items.map((item) => item.id);
  const [states, annotations, actions, recapNotes] = await Promise.all([
    database.itemStates.bulkGet(ids),
    database.annotations.where('itemId').anyOf(ids).toArray(),
    database.actions.where('itemId').anyOf(ids).toArray(),
    recapNotesOn(database, ids),
  ]);
  return {
    conference,
    items,
    states: states.filter((state) => state !== undefined),
    annotations: annotations.filter((annotation) => !annotation.deletedAt).sort(byCreation),
    actions: actions.filter((action) => !action.deletedAt).sort(byCreation),
    recapNotes,
    exportedAt,
  };
}

/** The text of the user's recaps (not removed) on these items, by recap title. */
async function recapNotesOn(database: DebriefDatabase, itemIds: string[]): Promise<RecapNote[]> {
  const layers = await listLayersOn(database, itemIds);
  return layers
    .filter(({ layer }) => layer.body.trim() !== '')
    .map(({ layer, recapTitle, recapAuthor }) => ({
      id: layer.id,
      itemId: layer.itemId,
      recapTitle,
      ...(recapAuthor ? { author: recapAuthor } : {}),
      body: layer.body,
    }));
}

/** Day by day as the user lived it: the day, then the recap's order or the session's start, then the title. */
function inListOrder(a: StoredItem, b: StoredItem): number {
  return (
    (a.day ?? Number.MAX_SAFE_INTEGER) - (b.day ?? Number.MAX_SAFE_INTEGER) ||
    (a.session?.startsAt ?? '').localeCompare(b.session?.startsAt ?? '') ||
    (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER) ||
    a.title.localeCompare(b.title)
  );
}

function byCreation(a: { createdAt: string }, b: { createdAt: string }): number {
  return a.createdAt.localeCompare(b.createdAt);
}

/** The item as content describes it, without the database's bookkeeping. */
function withoutStorage({ removed, ...item }: StoredItem): RecapItem {
  void removed;
  return item;
}
