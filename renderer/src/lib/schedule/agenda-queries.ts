// The questions the agenda asks the database. The schedule is read once, with a handful of indexed
// reads whatever its size, and grouped in memory afterwards (agenda.ts). The user's marks are a
// second, separate read: a star written re-reads only the marks, not 1,000 sessions.
import { wellFormed } from '../../../../electron/common/damaged-records';
import type { ItemState } from '../../../../electron/common/user-records';
import type { DebriefDatabase, StoredItem } from '../db/database';
import { buildAgenda, type Agenda, type AgendaRecords, type RecapTalkRef, type SessionItem } from './agenda';

/** A conference's imported schedules in brief, for the sidebar. */
export interface ScheduleSummary {
  sessionCount: number;
}

/** How many sessions the conference's imported schedules hold, or undefined when it has none. */
export async function scheduleSummary(
  database: DebriefDatabase,
  conferenceId: string,
): Promise<ScheduleSummary | undefined> {
  const schedules = await database.schedules.where('conferenceId').equals(conferenceId).toArray();
  if (schedules.length === 0) return undefined;
  return { sessionCount: schedules.reduce((sum, schedule) => sum + schedule.sessionCount, 0) };
}

function isSession(item: StoredItem): item is SessionItem {
  return item.kind === 'session' && item.session !== undefined && typeof item.session.startsAt === 'string';
}

/** The ids among `ids` that have a live note, highlight or action item. */
async function idsWithWork(database: DebriefDatabase, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const [annotations, actions] = await Promise.all([
    database.annotations.where('itemId').anyOf(ids).toArray(),
    database.actions.where('itemId').anyOf(ids).toArray(),
  ]);
  const live = [...wellFormed('annotations', annotations), ...wellFormed('actions', actions)];
  return new Set(live.filter((record) => !record.deletedAt).map((record) => record.itemId));
}

/**
 * A conference's schedules and sessions, the recap talks linked to each session, and which dropped
 * sessions the user wrote on. Undefined when the conference is unknown.
 */
export async function loadAgendaRecords(
  database: DebriefDatabase,
  conferenceId: string,
): Promise<AgendaRecords | undefined> {
  const conference = await database.conferences.get(conferenceId);
  if (!conference) return undefined;
  const schedules = await database.schedules.where('conferenceId').equals(conferenceId).toArray();
  const scheduleIds = schedules.map((schedule) => schedule.id);
  const items =
    scheduleIds.length === 0
      ? []
      : (await database.items.where('session.scheduleId').anyOf(scheduleIds).toArray()).filter(isSession);

  // The links are one per recap talk: far fewer than sessions, so read them all and keep this
  // conference's, rather than look each session up.
  const sessionIds = new Set(items.map((item) => item.id));
  const links = (await database.scheduleLinks.where('status').anyOf('suggested', 'confirmed').toArray()).filter(
    (link) => link.sessionId !== undefined && sessionIds.has(link.sessionId),
  );
  const talks = await database.items.bulkGet(links.map((link) => link.itemId));
  const recapTalks = new Map<string, RecapTalkRef[]>();
  links.forEach((link, index) => {
    const talk = talks[index];
    if (!talk || !link.sessionId) return;
    recapTalks.set(link.sessionId, [...(recapTalks.get(link.sessionId) ?? []), { id: talk.id, title: talk.title }]);
  });

  const dropped = items.filter((item) => item.removed === 1).map((item) => item.id);
  return { conference, schedules, items, recapTalks, withWork: await idsWithWork(database, dropped) };
}

/** The user's marks on these items, by item id; records damaged on disk are left out. */
export async function loadMarks(database: DebriefDatabase, ids: readonly string[]): Promise<Map<string, ItemState>> {
  if (ids.length === 0) return new Map();
  const stored = await database.itemStates.bulkGet([...ids]);
  return new Map(
    wellFormed(
      'itemStates',
      stored.filter((state) => state !== undefined),
    ).map((state) => [state.itemId, state]),
  );
}

/** The whole agenda of a conference in one go; undefined when the conference is unknown. */
export async function loadAgenda(database: DebriefDatabase, conferenceId: string): Promise<Agenda | undefined> {
  const records = await loadAgendaRecords(database, conferenceId);
  if (!records) return undefined;
  return buildAgenda(
    records,
    await loadMarks(
      database,
      records.items.map((item) => item.id),
    ),
  );
}
