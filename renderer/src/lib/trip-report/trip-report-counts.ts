// What a trip report holds, counted for the review's summary line before anything is written.
import type { TripReport } from './trip-report';

/** How many talks, highlights, notes and action items go in, and how many private ones stay out. */
export interface TripReportCounts {
  talks: number;
  highlights: number;
  notes: number;
  actions: number;
  privateLeftOut: number;
}

/** Counts what the report as chosen holds. */
export function tripReportCounts(report: TripReport): TripReportCounts {
  let highlights = 0;
  let notes = 0;
  let actions = 0;
  for (const talk of report.talks) {
    highlights += talk.highlights.length;
    notes += talk.notes.length;
    actions += talk.actions.length;
  }
  return { talks: report.talks.length, highlights, notes, actions, privateLeftOut: report.privateLeftOut };
}
