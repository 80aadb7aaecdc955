// What a conference schedule file holds once read, whatever format it came in (Sched's iCalendar
// export, pretalx/frab JSON, frab/pentabarf XML). Environment-free: no Node, Electron or DOM.
import type { ContentProblem, Speaker } from '../domain';

/** The formats a schedule can be read from. */
export const scheduleFormats = ['ics', 'frab-json', 'frab-xml'] as const;
/** The format a schedule was read from. */
export type ScheduleFormat = (typeof scheduleFormats)[number];

/** A link a session carries: recording, slides, feedback form, chat room. */
export interface SessionLink {
  title: string;
  url: string;
}

/** One session of the official schedule: a talk, workshop, keynote, break. */
export interface ScheduleSession {
  /**
   * The schedule's own id for the session (frab `guid`, else `id`; iCalendar `UID`). Stable across
   * versions of the same schedule, so a re-import updates the session in place.
   */
  key: string;
  title: string;
  subtitle?: string;
  /** Start, as an exact instant: ISO 8601 in UTC (`2022-05-18T08:00:00.000Z`). */
  startsAt: string;
  /** End, as an exact instant in UTC; start plus duration. */
  endsAt: string;
  /** The conference day it belongs to (the schedule's own day, which may differ from the UTC date), YYYY-MM-DD. */
  date: string;
  room?: string;
  track?: string;
  /** The schedule's session type: Talk, Workshop, Keynote, maintrack. */
  type?: string;
  language?: string;
  speakers: Speaker[];
  /** Short abstract, plain text (HTML in the source is reduced to text). */
  abstract?: string;
  /** Longer description, plain text. */
  description?: string;
  /** The session's page on the conference site. */
  url?: string;
  links: SessionLink[];
  /** Line of the file the session starts at, for problems and for `content:check`. */
  line?: number;
}

/** The conference as the schedule describes it. */
export interface ScheduleConference {
  title: string;
  acronym?: string;
  /** First and last day, YYYY-MM-DD, from the schedule header or else from the sessions. */
  startDate?: string;
  endDate?: string;
  /** IANA time zone, when the schedule names one. */
  timeZone?: string;
  url?: string;
}

/** A schedule read from a file: what could be imported and what was skipped, with where and why. */
export interface ParsedSchedule {
  format: ScheduleFormat;
  /** The schedule's version string (frab `version`, iCalendar `X-WR-CALNAME`/`PRODID` dated), when given. */
  version?: string;
  conference: ScheduleConference;
  sessions: ScheduleSession[];
  /** Entries skipped and why, each with the file, line and field: never silently dropped. */
  skipped: ContentProblem[];
  /**
   * True when some times carried no zone (floating iCalendar times, frab XML without
   * `time_zone_name`); they were read in `floatingTimeZone` of the read options.
   */
  floatingTimes: boolean;
}

/** How to read a schedule. */
export interface ScheduleReadOptions {
  /** The IANA zone to read times without a zone in, when the schedule itself names none. Default UTC. */
  floatingTimeZone?: string;
}

/** The result of reading a file as a schedule: the schedule, or the problems that stopped it. */
export type ScheduleRead =
  { schedule: ParsedSchedule; problems: [] } | { schedule?: undefined; problems: ContentProblem[] };
