// The user's decisions on a recap talk's link to a schedule session: confirm it, point it at
// another session, or undo it — and undo that decision. Only the link record changes: notes,
// highlights, stars and action items stay on the items they were made on.
import type { ScheduleLink } from '../../../../electron/common/user-records';
import type { DebriefDatabase } from '../db/database';

/** Confirms the proposed link, so a re-import keeps it as it is. Returns the link as it was, for undo. */
export async function confirmLink(
  database: DebriefDatabase,
  itemId: string,
  now = new Date(),
): Promise<ScheduleLink | undefined> {
  return database.transaction('rw', database.scheduleLinks, async () => {
    const before = await database.scheduleLinks.get(itemId);
    if (!before?.sessionId) throw new Error('This talk has no session to confirm; choose one first.');
    await database.scheduleLinks.put({ ...before, status: 'confirmed', updatedAt: now.toISOString() });
    return before;
  });
}

/** Links the talk to the session the user chose. Returns the link as it was, for undo. */
export async function chooseSession(
  database: DebriefDatabase,
  itemId: string,
  sessionId: string,
  now = new Date(),
): Promise<ScheduleLink | undefined> {
  return database.transaction('rw', [database.scheduleLinks, database.items], async () => {
    const session = await database.items.get(sessionId);
    if (session?.kind !== 'session') throw new Error(`No session ${sessionId} in the imported schedule.`);
    const before = await database.scheduleLinks.get(itemId);
    await database.scheduleLinks.put({
      itemId,
      sessionId,
      confidence: 1,
      reason: 'chosen by you',
      status: 'confirmed',
      updatedAt: now.toISOString(),
    });
    return before;
  });
}

/** Undoes the talk's link; a re-import will not propose it again. Returns the link as it was, for undo. */
export async function unlinkSession(
  database: DebriefDatabase,
  itemId: string,
  now = new Date(),
): Promise<ScheduleLink | undefined> {
  return database.transaction('rw', database.scheduleLinks, async () => {
    const before = await database.scheduleLinks.get(itemId);
    await database.scheduleLinks.put({
      itemId,
      confidence: 0,
      reason: 'unlinked by you',
      status: 'unlinked',
      updatedAt: now.toISOString(),
    });
    return before;
  });
}

/** Puts a link back as it was before a decision (absent: there was no link). */
export async function restoreLink(
  database: DebriefDatabase,
  itemId: string,
  before: ScheduleLink | undefined,
): Promise<void> {
  if (before) await database.scheduleLinks.put(before);
  else await database.scheduleLinks.delete(itemId);
}
