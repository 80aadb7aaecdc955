// Rules every schedule reader shares: a key names one session only, and the conference's first and
// last day come from its sessions when the file does not say.
import type { ContentProblem } from '../domain';
import type { ScheduleSession } from './schedule';

/**
 * The sessions with each key once: a later session with a key already seen is skipped (saving
 * both would make one overwrite the other), and the problem names both places.
 */
export function dropRepeatedKeys(
  sessions: readonly ScheduleSession[],
  file: string,
  about: (session: ScheduleSession) => { keyName: string; field?: string },
): { sessions: ScheduleSession[]; skipped: ContentProblem[] } {
  const first = new Map<string, ScheduleSession>();
  const kept: ScheduleSession[] = [];
  const skipped: ContentProblem[] = [];
  for (const session of sessions) {
    const earlier = first.get(session.key);
    if (!earlier) {
      first.set(session.key, session);
      kept.push(session);
      continue;
    }
    const { keyName, field } = about(session);
    skipped.push({
      file,
      ...(session.line ? { line: session.line } : {}),
      ...(field ? { field } : {}),
      message: `${keyName} ${session.key} repeats the event ${earlier.line ? `at line ${earlier.line}` : `“${earlier.title}”`}; this one was skipped`,
    });
  }
  return { sessions: kept, skipped };
}

/** The first and last date the sessions fall on. */
export function sessionDates(sessions: readonly ScheduleSession[]): { startDate?: string; endDate?: string } {
  let startDate: string | undefined;
  let endDate: string | undefined;
  for (const { date } of sessions) {
    if (!startDate || date < startDate) startDate = date;
    if (!endDate || date > endDate) endDate = date;
  }
  return { ...(startDate ? { startDate } : {}), ...(endDate ? { endDate } : {}) };
}

/** The file name without folders and extension, to title a schedule that names itself nowhere. */
export function baseName(file: string): string {
  const name = file.split(/[\\/]/).at(-1) ?? file;
  return name.replace(/\.[^.]+$/, '') || name;
}
