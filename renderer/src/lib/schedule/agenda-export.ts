// Exporting the sessions the user starred as an iCalendar file for their own calendar: written by
// the export formatter (lib/export), saved through main's save dialog.
import type { SaveFileRequest } from '../../../../electron/common/ipc-contract';
import { starredSessionsIcs } from '../export/starred-sessions-ics';
import { sessionCount, starredForCalendar, type Agenda } from './agenda';

/** What an export did: the file written (null when the user cancelled) and what it holds. */
export interface StarredExportOutcome {
  path: string | null;
  written: number;
  /** Starred sessions a newer schedule dropped: they will not take place, so no event is written. */
  droppedLeftOut: number;
}

/** Writes the agenda's starred sessions as .ics and saves them where the user picks. */
export async function exportStarredSessions(
  agenda: Agenda,
  now: Date,
  save: (request: SaveFileRequest) => Promise<string | null>,
): Promise<StarredExportOutcome> {
  const starred = starredForCalendar(agenda.sessions);
  const droppedLeftOut = agenda.sessions.filter((session) => session.starred && session.dropped).length;
  const path = await save({
    title: 'Export starred sessions as iCalendar',
    suggestedName: `${agenda.conference.id.replace(/[^\w.-]+/g, '-')}-starred-sessions.ics`,
    filters: [{ name: 'iCalendar', extensions: ['ics'] }],
    text: starredSessionsIcs(
      starred.map((session) => session.item),
      agenda.conference,
      now,
    ),
  });
  return { path, written: starred.length, droppedLeftOut };
}

/** What the user reads after an export: where it went and what it holds. */
export function describeStarredExport(outcome: StarredExportOutcome): string {
  if (outcome.path === null) return 'Export cancelled: nothing was saved.';
  const dropped =
    outcome.droppedLeftOut > 0 ? ` (${sessionCount(outcome.droppedLeftOut)} dropped from the schedule left out)` : '';
  return `Saved to ${outcome.path}: ${sessionCount(outcome.written)}${dropped}.`;
}
