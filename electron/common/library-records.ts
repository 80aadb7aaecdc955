// The library's own records for recaps the user imported: the recap (a source of text, with its
// name, files and conference) and its layers (one per talk it covers). A layer is attached to an
// item: the talk's own item when the recap is the only source of it, or the schedule session /
// bundled talk it links to, where several recaps' layers sit side by side. Environment-free.
import type { Conference, ContentProblem, RecapItem } from './domain';
import type { ScheduleFormat } from './schedule-import/schedule';
import type { ScheduleLink } from './user-records';

/** Where a recap's link to an item stands: proposed by the reader, chosen by the user, or undone by the user. */
export type RecapLinkStatus = 'suggested' | 'confirmed' | 'unlinked';

/** A recap the user imported: one file, several files or a folder, read as one source. */
export interface RecapSource {
  /** `recap:<key>`; a re-import of the same files lands on the same recap. */
  id: string;
  /** The recap's name as shown on every layer ("Alice's KubeCon notes"). */
  title: string;
  /** Who wrote it, when known (front matter `author`). */
  author?: string;
  conferenceId: string;
  /** The files it was read from, as their paths were given. */
  files: string[];
  /** Text that belongs to no talk, Markdown. */
  intro: string;
  /** What the last import skipped, with file, line and why. */
  skipped: ContentProblem[];
  /** Remarks the last import made ("no headings: the whole text became one talk"). */
  notes: string[];
  importedAt: string;
  updatedAt: string;
  /** Set when the user removed the recap; undo clears it. Its layers and own items are marked removed. */
  removedAt?: string;
}

/** One recap's text on one talk. */
export interface RecapLayer {
  /** `RecapTalk.layerId`: stable by file and heading. */
  id: string;
  recapId: string;
  /** The item the text is shown on. */
  itemId: string;
  /** True when `itemId` is the item made for this layer (the recap is the talk's only source). */
  ownItem: boolean;
  /** The heading as written (or the file name for a file-per-talk recap). */
  heading: string;
  file: string;
  line: number;
  /** The recap's text on the talk, Markdown. Highlights made on it carry this layer's id. */
  body: string;
  /** The link to an item the library had (absent for a layer that was never linked). */
  link?: { itemId: string; confidence: number; reason: string; status: RecapLinkStatus };
  /** 1 when the latest import of the recap no longer has this talk, or the recap was removed. */
  removed: 0 | 1;
  updatedAt: string;
}

/** A conference as stored: the content's or one a schedule or recap brought, and whether the user removed it. */
export interface StoredConference extends Conference {
  /** Set when the user removed the conference (never a bundled one); undo clears it. Its items are marked removed. */
  removedAt?: string;
}

/** An item as stored: the content record, plus whether the latest content still has it. */
export interface StoredItem extends RecapItem {
  /** Set when a content update no longer has the item; its user records stay. 1 = removed (indexable). */
  removed: 0 | 1;
}

/** A schedule the user imported, as stored: where it came from and what was skipped. Its sessions are items. */
export interface StoredSchedule {
  /** `schedule:<conference id>:<format>`: one schedule per conference and format, so a newer version replaces it. */
  id: string;
  conferenceId: string;
  title: string;
  format: ScheduleFormat;
  version?: string;
  /** The file name it was last imported from. */
  file: string;
  /** The zone times were read in, when the file gave none. */
  floatingTimeZone?: string;
  sessionCount: number;
  skipped: ContentProblem[];
  importedAt: string;
  updatedAt: string;
}

/**
 * Whether a conference is the user's (a schedule or recap brought it) rather than bundled content.
 * Bundled conferences are read from a content folder's `.md` file and `source` is that path; a
 * recap's conference has `source` = the recap's id (`recap:…`), a schedule's the schedule file's
 * name (`.ics`, `.json`, `.xml`), so the rule is: a `recap:` source, or one not ending in `.md`/`.markdown`.
 */
export function isUserConference(conference: Pick<Conference, 'source'>): boolean {
  return conference.source.startsWith('recap:') || !/\.(md|markdown)$/i.test(conference.source);
}

/** Whether an item is the user's library rather than bundled content: a schedule's session or a recap's own talk. */
export function isLibraryItem(item: Pick<RecapItem, 'kind' | 'recapId'>): boolean {
  return item.kind === 'session' || item.recapId !== undefined;
}

/** The library the user built by importing: what backups carry besides their own notes and actions. */
export interface LibraryData {
  /** Conferences schedules and recaps brought (see `isUserConference`); bundled ones come with the app. */
  conferences: StoredConference[];
  /** Schedule sessions and recaps' own talks (see `isLibraryItem`). */
  items: StoredItem[];
  recaps: RecapSource[];
  recapLayers: RecapLayer[];
  schedules: StoredSchedule[];
  scheduleLinks: ScheduleLink[];
}
