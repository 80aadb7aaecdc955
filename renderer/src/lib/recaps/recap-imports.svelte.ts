// Importing the user's own recaps: files or a folder are read off the page, the user reviews what
// they bring (the conference, every talk and what it links to, what was skipped), and only then
// is anything saved. One instance, shared by the sidebar, the palette, the menu and the drop zone.
import { team, type SharedFile } from '../team/team-sync.svelte';
import type { Conference, ContentProblem } from '../../../../electron/common/domain';
import type { RecapReading, RecapTalk } from '../../../../electron/common/recap-import/recap-reading';
import { db } from '../db/database';
import { pickRecapFiles, type ChosenRecapFiles } from '../imports/pick-files';
import { routeHash } from '../route';
import { conferenceFromRecap } from './recap-conference';
import { readRecapsOffPage, type RecapFileToRead } from './recap-reading';
import { describeRecapSave, recapOfFiles, saveRecapImport, type RecapImportPlan } from './save-recap-import';
import { shownConferences } from '../library/library-queries';

/** What the user decided for one talk's link: keep the proposed one, choose another item, or none. */
export type TalkLinkChoice = RecapImportPlan['links'][string];

/** A reading waiting for the user to import it, with what they changed so far. */
export interface RecapReview {
  reading: RecapReading;
  /** The files as they were picked, to share with the team once saved (their bytes go to the reader). */
  sources: SharedFile[];
  /** The recap's name. */
  title: string;
  /** `existing:<conference id>` or `new`. */
  conference: string;
  /** The new conference, as the user edited it. */
  newConference: { name: string; startDate: string; endDate: string; location: string };
  links: Record<string, TalkLinkChoice>;
  /** Titles of the items talks may link to, by id, for the review's words. */
  itemTitles: Record<string, string>;
  conferences: Conference[];
}

/** Says a problem with where it is: `notes/day-1.md:12: why`. */
export function problemText(problem: ContentProblem): string {
  return (
    [problem.file, problem.line, problem.field].filter((part) => part !== undefined && part !== '').join(':') +
    `: ${problem.message}`
  );
}

/** The link the reader proposed for a talk, as the review starts with it. */
function proposedLink(talk: RecapTalk): TalkLinkChoice {
  if (!talk.link) return { status: 'unlinked' };
  const { itemId, confidence, reason } = talk.link;
  return { itemId, confidence, reason, status: 'suggested' };
}

/** The state of recap imports: the review, the last outcome, and whether work is running. */
export class RecapImports {
  phase = $state<'idle' | 'reading' | 'review' | 'saving'>('idle');
  // Raw: a folder of notes need not be a deep proxy, and IndexedDB cannot clone one.
  review = $state.raw<RecapReview | undefined>();
  message = $state('');
  failed = $state(false);
  get busy(): boolean {
    return this.phase === 'reading' || this.phase === 'saving';
  }

  /** Asks for recap files (or a folder) and reads them. */
  async choose(folder = false): Promise<void> {
    try {
      const picked = await pickRecapFiles(folder);
      if (picked) await this.readPicked(picked);
    } catch (error) {
      this.refuse(error instanceof Error ? error.message : String(error));
    }
  }

  /** Reads one file's bytes (opened from the desktop, or dropped alone). */
  importBytes(name: string, bytes: Uint8Array): Promise<void> {
    return this.readPicked({ files: [{ path: name, bytes }] });
  }

  /** Reads picked or dropped files and opens the review; files that cannot be read change nothing. */
  async readPicked(picked: ChosenRecapFiles): Promise<void> {
    const label = picked.folder ?? (picked.files.length === 1 ? picked.files[0]!.path : `${picked.files.length} files`);
    this.phase = 'reading';
    this.message = `Reading ${label}…`;
    this.failed = false;
    const unread: ContentProblem[] = picked.files.flatMap((file) =>
      file.problem ? [{ file: file.path, message: file.problem }] : [],
    );
    const files = picked.files.flatMap((file): RecapFileToRead[] => {
      if (file.bytes) return [{ path: file.path, bytes: file.bytes }];
      return file.file ? [{ path: file.path, file: file.file }] : [];
    });
    if (files.length === 0) {
      return this.refuse(
        `${label} holds no recap Debrief could read: ${unread.slice(0, 3).map(problemText).join('; ') || 'no files'}. Nothing was changed.`,
      );
    }
    // Copied before the reader takes the bytes: once the recap is saved, the team gets these files.
    const sources: SharedFile[] = files.map((file) => ({
      name: file.path.split(/[\\/]/).at(-1)!,
      ...(file.bytes ? { bytes: file.bytes.slice() } : { file: file.file! }),
    }));
    try {
      const conferences = await shownConferences(db);
      // A re-import lands on the recap read from the same files (as the save finds it): its own
      // talks are not "known items" to link to, or each would link to itself and be retired.
      const previous = recapOfFiles(
        await db.recaps.toArray(),
        files.map((file) => file.path),
      );
      const items = (await db.items.where('removed').equals(0).toArray()).filter(
        (item) => !previous || item.recapId !== previous.id,
      );
      const answer = await readRecapsOffPage({
        files,
        ...(picked.folder ? { folder: picked.folder } : {}),
        conferences,
        items,
      });
      if (answer.type === 'failed')
        return this.refuse(`${label} could not be read: ${answer.message}. Nothing was changed.`);
      const reading: RecapReading = { ...answer.reading, skipped: [...unread, ...answer.reading.skipped] };
      if (reading.talks.length === 0) {
        const why = reading.skipped.slice(0, 3).map(problemText).join('; ');
        return this.refuse(`${label} has no talk Debrief could import${why ? `: ${why}` : ''}. Nothing was changed.`);
      }
      // A re-import stays under the conference the recap was saved under, unless the user changes it.
      const existing = [previous?.conferenceId, reading.conference.existing?.conferenceId].find(
        (id) => id !== undefined && conferences.some((c) => c.id === id),
      );
      const proposed = reading.conference.proposed;
      this.review = {
        reading,
        sources,
        title: reading.title,
        conference: existing ? `existing:${existing}` : 'new',
        newConference: {
          name: proposed.name,
          startDate: proposed.startDate ?? '',
          endDate: proposed.endDate ?? proposed.startDate ?? '',
          location: proposed.location ?? '',
        },
        links: Object.fromEntries(reading.talks.map((talk) => [talk.layerId, proposedLink(talk)])),
        itemTitles: Object.fromEntries(items.map((item) => [item.id, item.title])),
        conferences,
      };
      this.phase = 'review';
      this.message = '';
    } catch (error) {
      this.refuse(
        `${label} could not be read: ${error instanceof Error ? error.message : String(error)}. Nothing was changed.`,
      );
    }
  }

  /** Changes what the review will save (the recap's name, the conference, a new conference's fields). */
  edit(change: Partial<Pick<RecapReview, 'title' | 'conference' | 'newConference'>>): void {
    if (this.review) this.review = { ...this.review, ...change };
  }

  /** Sets one talk's link: another item the user chose, or none. */
  setLink(layerId: string, itemId: string | undefined): void {
    const review = this.review;
    if (!review) return;
    const choice: TalkLinkChoice = itemId
      ? { itemId, confidence: 1, reason: 'chosen by you', status: 'confirmed' }
      : { status: 'unlinked' };
    this.review = { ...review, links: { ...review.links, [layerId]: choice } };
  }

  /** Saves the reviewed recap, then opens it. */
  async confirm(): Promise<void> {
    const review = this.review;
    if (!review) return;
    const problem = this.problemWith(review);
    if (problem) {
      this.message = problem;
      this.failed = true;
      return;
    }
    this.phase = 'saving';
    try {
      const conference: RecapImportPlan['conference'] = review.conference.startsWith('existing:')
        ? { kind: 'existing', conferenceId: review.conference.slice('existing:'.length) }
        : {
            kind: 'new',
            conference: conferenceFromRecap(
              review.newConference,
              review.reading,
              review.conferences.map((c) => c.id),
            ),
          };
      const outcome = await saveRecapImport(db, {
        reading: review.reading,
        title: review.title.trim(),
        conference,
        links: review.links,
      });
      this.message = describeRecapSave(outcome);
      void team.shareImported(review.sources);
      this.failed = false;
      this.review = undefined;
      this.phase = 'idle';
      window.location.hash = routeHash({ view: 'recap', recapId: outcome.recap.id });
    } catch (error) {
      this.phase = 'review';
      this.message = `The recap could not be saved: ${error instanceof Error ? error.message : String(error)}. Nothing was changed.`;
      this.failed = true;
    }
  }

  /** What keeps the review from being saved, in one sentence; undefined when it can be. */
  problemWith(review: RecapReview): string | undefined {
    if (review.title.trim() === '') return 'Give the recap a name.';
    if (review.conference !== 'new') return undefined;
    const { name, startDate, endDate } = review.newConference;
    if (name.trim() === '') return 'Give the new conference a name.';
    if (startDate && endDate && endDate < startDate) return 'The new conference ends before it starts.';
    return undefined;
  }

  /** Closes the review without importing anything. */
  cancel(): void {
    this.review = undefined;
    this.phase = 'idle';
    this.message = '';
  }

  /** Says why nothing was imported, closing any review. */
  refuse(message: string): void {
    this.review = undefined;
    this.phase = 'idle';
    this.message = message;
    this.failed = true;
  }
}

/** The app's recap imports. */
export const recapImports = new RecapImports();
