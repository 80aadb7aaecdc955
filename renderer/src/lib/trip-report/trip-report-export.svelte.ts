// The "Trip report…" and "Export to notes app…" review: which conference, what the user chose to
// put in, and writing it out through main. One at a time; nothing is written until the user says so.
import { mainProcess } from '../bridge';
import { db } from '../db/database';
import { renderMarkdown } from '../markdown';
import { notesAppFiles } from './notes-app-files';
import { buildTripReport, type TripReport } from './trip-report';
import { defaultTripReportChoice, type TalkChoice, type TripReportChoice } from './trip-report-choice';
import type { TripReportData } from './trip-report-data';
import { tripReportHtml } from './trip-report-html';
import { tripReportMarkdown } from './trip-report-markdown';
import { loadTripReportData } from './load-trip-report-data';
import { describeNotesFolderExport, reportFileName, notesFolderName } from './trip-report-files';

/** What the review writes: the trip report as one document, or one file per talk for a notes app. */
export type TripReportMode = 'report' | 'notes';

/** The trip report's formats, in the order the review offers them. */
export const tripReportFormats = [
  { id: 'markdown', label: 'Markdown (GitHub, Obsidian)', extension: 'md' },
  { id: 'html', label: 'Web page (HTML, prints to PDF)', extension: 'html' },
  { id: 'pdf', label: 'PDF', extension: 'pdf' },
] as const;
/** One of the trip report's formats. */
export type TripReportFormat = (typeof tripReportFormats)[number]['id'];

/** Where "who went" is remembered between reports. */
const peopleSetting = 'tripReport.people';

class TripReportExport {
  mode = $state<TripReportMode | undefined>();
  phase = $state<'closed' | 'loading' | 'review' | 'saving'>('closed');
  data = $state.raw<TripReportData | undefined>();
  choice = $state<TripReportChoice>({ ...defaultTripReportChoice, talks: [...defaultTripReportChoice.talks] });
  format = $state<TripReportFormat>('markdown');
  /** What the last save did, in a sentence. */
  outcome = $state('');
  failure = $state('');

  /** The report as the choice stands: what the review counts and what is written. */
  readonly report = $derived<TripReport | undefined>(this.data ? buildTripReport(this.data, this.choice) : undefined);

  /** Opens the review for a conference. */
  async open(mode: TripReportMode, conferenceId: string): Promise<void> {
    if (this.phase === 'saving') return;
    this.mode = mode;
    this.phase = 'loading';
    this.outcome = this.failure = '';
    try {
      const [data, people] = await Promise.all([loadTripReportData(conferenceId), db.meta.get(peopleSetting)]);
      this.data = data;
      this.choice = {
        ...defaultTripReportChoice,
        talks: [...defaultTripReportChoice.talks],
        people: typeof people?.value === 'string' ? people.value : '',
      };
      this.phase = 'review';
    } catch (error) {
      this.phase = 'review';
      this.data = undefined;
      this.failure = `The conference could not be read: ${messageOf(error)}.`;
    }
  }

  /** Closes the review; nothing is written. */
  cancel(): void {
    if (this.phase === 'saving') return;
    this.phase = 'closed';
    this.mode = undefined;
    this.data = undefined;
  }

  /** Turns one kind of talk on or off in the choice. */
  chooseTalks(kind: TalkChoice, chosen: boolean): void {
    const others = this.choice.talks.filter((talk) => talk !== kind);
    this.choice.talks = chosen ? [...others, kind] : others;
  }

  /** Writes the report (or the notes folder) through main's dialog, and says what happened. */
  async save(): Promise<void> {
    const data = this.data;
    const report = this.report;
    if (!data || !report || this.phase !== 'review') return;
    this.phase = 'saving';
    this.outcome = this.failure = '';
    try {
      if (this.mode === 'notes') await this.#exportNotes(data);
      else await this.#saveReport(data, report);
    } catch (error) {
      this.failure = `Nothing was lost, but it was not saved: ${messageOf(error)}.`;
    } finally {
      this.phase = 'review';
    }
  }

  async #saveReport(data: TripReportData, report: TripReport): Promise<void> {
    const api = mainProcess();
    await db.transaction('rw', db.meta, () => db.meta.put({ key: peopleSetting, value: this.choice.people.trim() }));
    const format = tripReportFormats.find((candidate) => candidate.id === this.format) ?? tripReportFormats[0];
    const suggestedName = reportFileName(data.conference, format.extension);
    const title = 'Save the trip report';
    let path: string | null;
    if (format.id === 'markdown') {
      const text = tripReportMarkdown(report);
      path = await api.saveFile({ title, suggestedName, filters: [{ name: 'Markdown', extensions: ['md'] }], text });
    } else if (format.id === 'html') {
      const text = await tripReportHtml(report, renderMarkdown);
      path = await api.saveFile({ title, suggestedName, filters: [{ name: 'Web page', extensions: ['html'] }], text });
    } else {
      path = await api.savePdf({ title, suggestedName, html: await tripReportHtml(report, renderMarkdown) });
    }
    this.outcome = path === null ? 'Cancelled: nothing was saved.' : `Trip report saved to ${path}.`;
  }

  async #exportNotes(data: TripReportData): Promise<void> {
    const files = notesAppFiles(data, this.choice);
    if (files.length === 0) {
      this.failure = 'No talk is chosen: choose which talks go in first.';
      return;
    }
    const result = await mainProcess().exportNotesFolder({
      title: 'Choose the folder for your notes',
      suggestedFolderName: notesFolderName(data.conference),
      files,
    });
    this.outcome = result === null ? 'Cancelled: nothing was written.' : describeNotesFolderExport(result);
  }
}

function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
}

/** The one trip report review of the window. */
export const tripReportExport = new TripReportExport();
