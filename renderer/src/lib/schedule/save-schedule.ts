// Saves a schedule the user imported: its sessions become items of the conference, updated in
// place when a newer version of the same schedule comes in, and the recap's talks are linked to
// them. One transaction: an import that fails halfway changes nothing.
import type { Conference } from '../../../../electron/common/domain';
import type { ParsedSchedule } from '../../../../electron/common/schedule-import/schedule';
import { scheduleIdOf, sessionItemId, sessionItems } from '../../../../electron/common/schedule-import/session-items';
import type { ScheduleLink } from '../../../../electron/common/user-records';
import type { DebriefDatabase, StoredItem, StoredSchedule } from '../db/database';

/** A recap talk the title matching paired with a session, by the session's key. */
export interface ProposedLink {
  itemId: string;
  sessionKey: string;
  confidence: number;
  reason: string;
}

/** What to save: the schedule as read, the conference it belongs to, and the links the matching proposes. */
export interface ScheduleToSave {
  file: string;
  schedule: ParsedSchedule;
  conference: Conference;
  /** True when the conference is new: the schedule brings it. */
  newConference: boolean;
  floatingTimeZone?: string;
  links: readonly ProposedLink[];
}

/** What saving did, for the sentence the UI says. */
export interface ScheduleSaveOutcome {
  schedule: StoredSchedule;
  added: number;
  updated: number;
  /** Sessions the previous version had and this one does not; kept, marked removed. */
  removed: number;
  /** Links proposed now; links the user decided are never overwritten. */
  linked: number;
  keptUserLinks: number;
}

const chunkSize = 250;

/**
 * Saves the schedule's sessions and links. `onProgress(done, total)` is called between chunks so
 * a large schedule shows its progress; it must not touch the database.
 */
export async function saveSchedule(
  database: DebriefDatabase,
  input: ScheduleToSave,
  now = new Date(),
  onProgress: (done: number, total: number) => void = () => {},
): Promise<ScheduleSaveOutcome> {
  const { conference, schedule, file } = input;
  const scheduleId = scheduleIdOf(conference.id, schedule);
  const stamp = now.toISOString();
  const items: StoredItem[] = sessionItems(schedule, conference, scheduleId, file).map((item) => ({
    ...item,
    removed: 0,
  }));

  return database.transaction(
    'rw',
    [database.conferences, database.items, database.schedules, database.scheduleLinks],
    async () => {
      if (input.newConference) await database.conferences.add(conference);
      const previous = await database.schedules.get(scheduleId);
      const existingIds = new Set(
        (await database.items.where('session.scheduleId').equals(scheduleId).primaryKeys()) as string[],
      );
      const incomingIds = new Set(items.map((item) => item.id));
      for (let start = 0; start < items.length; start += chunkSize) {
        await database.items.bulkPut(items.slice(start, start + chunkSize));
        onProgress(Math.min(start + chunkSize, items.length), items.length);
      }
      const vanished = [...existingIds].filter((id) => !incomingIds.has(id));
      if (vanished.length > 0) await database.items.where('id').anyOf(vanished).modify({ removed: 1 });

      const { linked, keptUserLinks } = await saveLinks(database, input, incomingIds, stamp);
      const stored: StoredSchedule = {
        id: scheduleId,
        conferenceId: conference.id,
        title: schedule.conference.title,
        format: schedule.format,
        ...(schedule.version ? { version: schedule.version } : {}),
        file,
        ...(input.floatingTimeZone ? { floatingTimeZone: input.floatingTimeZone } : {}),
        sessionCount: items.length,
        skipped: schedule.skipped,
        importedAt: previous?.importedAt ?? stamp,
        updatedAt: stamp,
      };
      await database.schedules.put(stored);
      const updated = items.filter((item) => existingIds.has(item.id)).length;
      return {
        schedule: stored,
        added: items.length - updated,
        updated,
        removed: vanished.length,
        linked,
        keptUserLinks,
      };
    },
  );
}

/**
 * Proposes the matching's links, keeping every link the user confirmed, changed or undid. A
 * proposal from an earlier import that this version no longer makes is withdrawn.
 */
async function saveLinks(
  database: DebriefDatabase,
  input: ScheduleToSave,
  sessionIds: ReadonlySet<string>,
  stamp: string,
): Promise<{ linked: number; keptUserLinks: number }> {
  const proposals = new Map(input.links.map((link) => [link.itemId, link]));
  const recapItemIds = (await database.items.where('conferenceId').equals(input.conference.id).toArray())
    .filter((item) => item.kind !== 'session')
    .map((item) => item.id);
  const existing = await database.scheduleLinks.bulkGet(recapItemIds);
  let linked = 0;
  let keptUserLinks = 0;
  const puts: ScheduleLink[] = [];
  const withdrawn: string[] = [];
  recapItemIds.forEach((itemId, index) => {
    const link = existing[index];
    if (link && link.status !== 'suggested') {
      keptUserLinks += 1;
      return;
    }
    const proposal = proposals.get(itemId);
    const sessionId = proposal && sessionItemId(input.conference.id, proposal.sessionKey);
    if (proposal && sessionId && sessionIds.has(sessionId)) {
      puts.push({
        itemId,
        sessionId,
        confidence: proposal.confidence,
        reason: proposal.reason,
        status: 'suggested',
        updatedAt: stamp,
      });
      linked += 1;
    } else if (link) withdrawn.push(itemId);
  });
  await database.scheduleLinks.bulkPut(puts);
  await database.scheduleLinks.bulkDelete(withdrawn);
  return { linked, keptUserLinks };
}
