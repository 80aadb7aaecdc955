// The library's own records for recaps the user imported: the recap (a source of text, with its
// name, files and conference) and its layers (one per talk it covers). A layer is attached to an
// item: the talk's own item when the recap is the only source of it, or the schedule session /
// bundled talk it links to, where several recaps' layers sit side by side. Environment-free.
import type { ContentProblem } from './domain';

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
