// What reading the user's own recap files produces, before anything is saved: the talks found
// (one per talk-like heading, or one per file), what each links to, the conference the recap
// belongs to, and what was skipped. The review shows it; the user may change the conference and
// every link; then the renderer saves it (lib/recaps/save-recap-import.ts). Environment-free.
import type { ContentProblem, ItemKind, Speaker } from '../domain';

/** One file handed to the reader: its path relative to the folder picked (or its bare name), and its bytes. */
export interface RecapFileInput {
  /** `notes/day-1.md` for a file of a picked folder, `day-1.md` for a file picked or dropped alone. */
  path: string;
  bytes: Uint8Array;
}

/** Why a talk is linked to an item the library already has, and how sure that is. */
export interface TalkLink {
  /** The item (schedule session, bundled talk, another recap's talk) the text is attached to. */
  itemId: string;
  /** 0..1. A file exported from Debrief naming the item, or a URL pointing at the session's page, is 1; a title match 0.6–1; speakers alone at most 0.6. */
  confidence: number;
  /** The strongest evidence: the item's id a Debrief export wrote, the talk's URL, its title, or its speakers. */
  evidence: 'id' | 'url' | 'title' | 'speakers';
  /** In the user's words: "links to the session's page", "same title, same speaker". */
  reason: string;
}

/** A talk found in the recap: a talk-like heading with the text under it, or a whole file. */
export interface RecapTalk {
  /**
   * Stable id of this recap's text on the talk (its *recap layer*):
   * `<recap key>/<file slug>/<heading slug>` (`-2`, `-3`… when a heading repeats in a file). It
   * depends on the file and heading only, so editing the text keeps it.
   */
  layerId: string;
  /** The file it was read from (as in `RecapFileInput.path`) and the line of its heading (1-based). */
  file: string;
  line: number;
  title: string;
  /** Recognised by its words: "Keynotes", "Lightning talks", "Booths"; otherwise a talk. */
  kind: Exclude<ItemKind, 'session'>;
  /** The conference day (1-based, as in the conference's days) from a "Day N" heading or a date. */
  day?: number;
  /** ISO date, when the text or front matter gives one. */
  date?: string;
  speakers: Speaker[];
  tags: string[];
  /** The talk's URL, from front matter (`url`, `link`, `schedule`) or a link right under the heading. */
  url?: string;
  /** Other names of the talk (front matter `aliases`), used for matching. */
  aliases: string[];
  /** The text under the heading, Markdown as written. */
  body: string;
  /** The best link the reader found, if any over the threshold. The review may change or remove it. */
  link?: TalkLink;
  /** Other items it could be, best first (for "Change link…"). At most 5. */
  alternatives: TalkLink[];
}

/** The conference a recap belongs to: one the library has, or a new one made from the recap. */
export interface RecapConferenceGuess {
  /** The library's conference it matched, and why ("links to its schedule pages", "same name and dates"). */
  existing?: { conferenceId: string; reason: string };
  /** What a new conference would be: name from front matter, first heading or file name; dates from the text. */
  proposed: { name: string; startDate?: string; endDate?: string; location?: string };
}

/** Everything the reader found in a set of recap files. Nothing is stored yet. */
export interface RecapReading {
  /**
   * A key for the recap: the folder's name, or the file's name without extension, slugged. The
   * save turns it into the recap's id unless a recap with the same files already exists.
   */
  key: string;
  /** The recap's name: front matter `title` of a single file, the folder name, or the first heading. */
  title: string;
  /** Who wrote it: the first front matter `author` among the files. */
  author?: string;
  /** The files read (paths as given), in order. */
  files: string[];
  conference: RecapConferenceGuess;
  talks: RecapTalk[];
  /** Text that belongs to no talk (a preface, a "Day 1" intro above its talks), Markdown. */
  intro: string;
  /** What was not imported, with file, line and why: binary files, files too large, non-recap files in a folder, broken front matter, duplicate titles. */
  skipped: ContentProblem[];
  /** Plain remarks that are not errors: "no headings: the whole text became one talk". */
  notes: string[];
}
