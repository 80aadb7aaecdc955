// The questions the talk page asks about schedule links.
import type { ScheduleLink } from '../../../../electron/common/user-records';
import { db, type StoredItem } from '../db/database';

/** A recap talk's link and the session it points at, and whether its conference has a schedule at all. */
export interface TalkScheduleLink {
  hasSchedule: boolean;
  link?: ScheduleLink;
  session?: StoredItem;
}

/** The link of a recap talk, with its session. */
export async function talkScheduleLink(item: StoredItem): Promise<TalkScheduleLink> {
  const hasSchedule = (await db.schedules.where('conferenceId').equals(item.conferenceId).count()) > 0;
  const link = await db.scheduleLinks.get(item.id);
  const session = link?.sessionId ? await db.items.get(link.sessionId) : undefined;
  return { hasSchedule, ...(link ? { link } : {}), ...(session ? { session } : {}) };
}

/** The recap talks linked to a session (a link the user undid does not count). */
export async function recapTalksOfSession(sessionId: string): Promise<StoredItem[]> {
  const links = await db.scheduleLinks.where('sessionId').equals(sessionId).toArray();
  const ids = links.filter((link) => link.status !== 'unlinked').map((link) => link.itemId);
  return (await db.items.bulkGet(ids)).filter((item): item is StoredItem => item !== undefined);
}

/** Every session of a conference, in schedule order, for choosing one by hand. */
export async function sessionsOf(conferenceId: string): Promise<StoredItem[]> {
  const items = await db.items.where('conferenceId').equals(conferenceId).toArray();
  return items
    .filter((item) => item.kind === 'session' && item.removed === 0)
    .sort(
      (a, b) => (a.session?.startsAt ?? '').localeCompare(b.session?.startsAt ?? '') || a.title.localeCompare(b.title),
    );
}
