// The schedule reader's worker: parses the file and links the recap's talks to its sessions.
// Pure work on what it is sent; it opens no database and keeps nothing.
import { matchSessions } from '../../../../electron/common/schedule-import/match-sessions';
import { readSchedule } from '../../../../electron/common/schedule-import/read-schedule';
import type { ScheduleReadRequest, ScheduleReadResponse } from './schedule-reading';

const scope = self as unknown as {
  postMessage(message: ScheduleReadResponse): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ScheduleReadRequest>) => void): void;
};

scope.addEventListener('message', (event) => {
  const { name, bytes, floatingTimeZone, recapItems } = event.data;
  try {
    const read = readSchedule(name, bytes, floatingTimeZone ? { floatingTimeZone } : {});
    const matches = read.schedule ? matchSessions(recapItems, read.schedule.sessions) : [];
    scope.postMessage({ type: 'read', read, matches });
  } catch (error) {
    scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
});
