// Reads the schedule fixtures of tests/fixtures/schedule-import as the app would read a file.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readSchedule } from '../../../../../electron/common/schedule-import/read-schedule';
import type {
  ParsedSchedule,
  ScheduleRead,
  ScheduleReadOptions,
  ScheduleSession,
} from '../../../../../electron/common/schedule-import/schedule';

const folder = resolve(import.meta.dirname, '..', '..', '..', '..', 'fixtures', 'schedule-import');

/** The bytes of a fixture. */
export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(resolve(folder, name)));
}

/** Reads a fixture as a schedule. */
export function readFixture(name: string, options?: ScheduleReadOptions): ScheduleRead {
  return readSchedule(name, fixtureBytes(name), options);
}

/** Reads text as a schedule file of that name. */
export function readText(name: string, text: string, options?: ScheduleReadOptions): ScheduleRead {
  return readSchedule(name, new TextEncoder().encode(text), options);
}

/** The schedule a read gave; fails the test with its problems when it gave none. */
export function scheduleOf(read: ScheduleRead): ParsedSchedule {
  if (!read.schedule) throw new Error(`expected a schedule, got problems: ${JSON.stringify(read.problems)}`);
  return read.schedule;
}

/** The session of that title; fails the test when there is none. */
export function sessionTitled(schedule: ParsedSchedule, title: string): ScheduleSession {
  const session = schedule.sessions.find((candidate) => candidate.title === title);
  if (!session) throw new Error(`no session “${title}” among ${schedule.sessions.map((s) => s.title).join(', ')}`);
  return session;
}
