// Importing a conference schedule: read the file off the page, let the user review what it brings
// (which conference, which time zone for times without one, the recap talks it links), then save
// with progress. One instance, shared by the menu, the command palette, the drop zone and the dialog.
import { team } from '../team/team-sync.svelte';
import type { Conference, ContentProblem } from '../../../../electron/common/domain';
import type { SessionMatch } from '../../../../electron/common/schedule-import/match-sessions';
import type { ParsedSchedule } from '../../../../electron/common/schedule-import/schedule';
import {
  conferenceFromSchedule,
  findScheduleConference,
} from '../../../../electron/common/schedule-import/schedule-conference';
import { pickOneFile } from '../imports/pick-files';
import { db } from '../db/database';
import { routeHash } from '../route';
import { saveSchedule, type ScheduleSaveOutcome } from './save-schedule';
import { readScheduleOffPage } from './schedule-reading';

/** The schedule file types the open dialog offers. */
export const scheduleFileFilters = [
  { name: 'Conference schedule (iCalendar, pretalx/frab JSON, frab XML)', extensions: ['ics', 'json', 'xml'] },
];

/** The target a review offers: a conference the app has, or the new one the schedule brings. */
export type ConferenceChoice = { kind: 'existing'; conference: Conference } | { kind: 'new'; conference: Conference };

/** A schedule read and waiting for the user to import it. */
export interface ScheduleReview {
  file: string;
  bytes: Uint8Array;
  schedule: ParsedSchedule;
  matches: SessionMatch[];
  choices: ConferenceChoice[];
  /** Index into `choices`. */
  chosen: number;
  /** The zone the file's times without a zone were read in; only asked when the file has such times. */
  floatingTimeZone?: string;
}

/** The zone of the computer the app runs on. */
export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

function problemText(problem: ContentProblem): string {
  return [problem.line ? `line ${problem.line}` : '', problem.field ?? '', problem.message].filter(Boolean).join(': ');
}

/** "1 session", "730 sessions". */
export function sessionsText(count: number): string {
  return `${count} ${count === 1 ? 'session' : 'sessions'}`;
}

/** Says a save's outcome in one sentence. */
export function describeScheduleSave(review: ScheduleReview, outcome: ScheduleSaveOutcome): string {
  const parts = [`Imported ${sessionsText(outcome.schedule.sessionCount)} of “${outcome.schedule.title}”`];
  if (outcome.updated > 0) parts.push(`${outcome.updated} updated in place, ${outcome.added} new`);
  if (outcome.removed > 0) parts.push(`${outcome.removed} no longer in the schedule (kept, marked dropped)`);
  parts.push(`${outcome.linked} recap talks linked`);
  if (outcome.keptUserLinks > 0) parts.push(`${outcome.keptUserLinks} links you decided kept`);
  const skipped = review.schedule.skipped.length;
  return `${parts.join('; ')}.${skipped > 0 ? ` ${skipped} notes on the file (entries skipped, and why) are on the schedule page.` : ''}`;
}

/** The state of schedule imports. */
export class ScheduleImports {
  /** 'reading' and 'saving' show progress; 'review' shows the dialog. */
  phase = $state<'idle' | 'reading' | 'review' | 'saving'>('idle');
  // Raw: a schedule of a thousand sessions need not be a deep proxy, and IndexedDB cannot clone one.
  review = $state.raw<ScheduleReview | undefined>();
  progress = $state<{ done: number; total: number } | undefined>();
  message = $state('');
  failed = $state(false);

  /** Asks main for a schedule file through the open dialog, then reads it. */
  async chooseAndImport(): Promise<void> {
    try {
      const file = await pickOneFile({
        title: 'Import a conference schedule',
        filters: scheduleFileFilters,
      });
      if (file) await this.read(file.name, file.bytes);
    } catch (error) {
      this.refuse(error instanceof Error ? error.message : String(error));
    }
  }

  /** Reads a schedule file and opens the review; a file that cannot be read changes nothing. */
  async read(file: string, bytes: Uint8Array, floatingTimeZone?: string): Promise<void> {
    this.phase = 'reading';
    this.message = `Reading ${file}…`;
    this.failed = false;
    try {
      const recapItems = (await db.items.where('removed').equals(0).toArray()).filter((i) => i.kind !== 'session');
      const conferences = await db.conferences.toArray();
      const answer = await readScheduleOffPage({
        name: file,
        bytes,
        ...(floatingTimeZone ? { floatingTimeZone } : {}),
        recapItems,
      });
      if (answer.type === 'failed')
        return this.refuse(`${file} could not be read: ${answer.message}. Nothing was changed.`);
      const { schedule, problems } = answer.read;
      if (!schedule) {
        return this.refuse(
          `${file} could not be imported: ${problems.map(problemText).join('; ')}. Nothing was changed.`,
        );
      }
      if (schedule.sessions.length === 0) {
        const why = schedule.skipped.slice(0, 3).map(problemText).join('; ');
        return this.refuse(`${file} has no session Debrief could import${why ? `: ${why}` : ''}. Nothing was changed.`);
      }
      const known = findScheduleConference(schedule, conferences);
      const zone = floatingTimeZone ?? schedule.conference.timeZone ?? known?.timezone ?? userTimeZone();
      // Times without a zone were read as UTC, and a file of UTC times alone gives its sessions UTC
      // dates: read it again in the zone the conference is in, so each session lands on its own day.
      const zoneless = schedule.floatingTimes || !schedule.conference.timeZone;
      if (zoneless && !floatingTimeZone && zone !== 'UTC') return this.read(file, bytes, zone);
      const fresh = conferenceFromSchedule(
        schedule,
        conferences.map((c) => c.id),
        zone,
        file,
      );
      const choices: ConferenceChoice[] = [
        ...conferences.map((conference) => ({ kind: 'existing' as const, conference })),
        { kind: 'new', conference: fresh },
      ];
      const chosen = known ? conferences.indexOf(known) : choices.length - 1;
      this.review = {
        file,
        bytes,
        schedule,
        matches: answer.matches,
        choices,
        chosen,
        ...(schedule.floatingTimes ? { floatingTimeZone: zone } : {}),
      };
      this.phase = 'review';
      this.message = '';
    } catch (error) {
      this.refuse(
        `${file} could not be read: ${error instanceof Error ? error.message : String(error)}. Nothing was changed.`,
      );
    }
  }

  /** Sends the sessions to another conference (an index into the review's choices). */
  chooseConference(index: number): void {
    if (this.review) this.review = { ...this.review, chosen: index };
  }

  /** Reads the file again with times without a zone in `zone`. */
  async changeTimeZone(zone: string): Promise<void> {
    const review = this.review;
    if (review) await this.read(review.file, review.bytes, zone);
  }

  /** Saves the reviewed schedule, then opens its agenda. */
  async confirm(): Promise<void> {
    const review = this.review;
    const choice = review?.choices[review.chosen];
    if (!review || !choice) return;
    this.phase = 'saving';
    this.progress = { done: 0, total: review.schedule.sessions.length };
    try {
      // Links are proposed only to talks of the conference the schedule goes to.
      const recapIds = (await db.items.where('conferenceId').equals(choice.conference.id).primaryKeys()) as string[];
      const outcome = await saveSchedule(
        db,
        {
          file: review.file,
          schedule: review.schedule,
          conference: choice.conference,
          newConference: choice.kind === 'new',
          ...(review.floatingTimeZone ? { floatingTimeZone: review.floatingTimeZone } : {}),
          links: review.matches.filter((match) => recapIds.includes(match.itemId)),
        },
        undefined,
        (done, total) => (this.progress = { done, total }),
      );
      this.message = describeScheduleSave(review, outcome);
      void team.shareImported([{ name: review.file.split(/[\\/]/).at(-1)!, bytes: review.bytes }]);
      this.failed = false;
      this.review = undefined;
      this.phase = 'idle';
      window.location.hash = routeHash({ view: 'agenda', conferenceId: choice.conference.id });
    } catch (error) {
      this.phase = 'review';
      this.message = `The schedule could not be saved: ${error instanceof Error ? error.message : String(error)}. Nothing was changed.`;
      this.failed = true;
    } finally {
      this.progress = undefined;
    }
  }

  /** Closes the review without importing anything. */
  cancel(): void {
    this.review = undefined;
    this.phase = 'idle';
    this.message = '';
  }

  /** Says why a file was not imported, closing any review. */
  refuse(message: string): void {
    this.review = undefined;
    this.phase = 'idle';
    this.message = message;
    this.failed = true;
  }
}

/** The app's schedule imports. */
export const scheduleImports = new ScheduleImports();
