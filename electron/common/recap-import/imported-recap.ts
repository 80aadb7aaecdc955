// What importing a recap the user wrote produces. Nothing here is stored yet: the UI shows it, and
// saves it under its ids, which come from the file's text so a second import of the same file
// lands on the same records instead of beside them.
import type { ContentProblem, ItemKind } from '../domain';

/** How the file was read: Markdown by its headings, plain text also by heading-like lines. */
export type RecapFormat = 'markdown' | 'text';

/** A known item that a section mentions, and where. */
export interface LinkedMention {
  itemId: string;
  kind: ItemKind;
  /** Line in the file (1-based) where the mention starts. */
  line: number;
  /** The words as the author wrote them. */
  text: string;
  /** For a booth bullet: what the author wrote after the product's name. */
  note?: string;
}

/** Something that looks like a talk or booth the author saw but matches no known item. */
export interface UnmatchedMention {
  kind: 'talk' | 'booth';
  text: string;
  /** The section it is in; the recap's own id when it is in the intro. */
  sectionId: string;
  line: number;
}

/** One heading of the imported recap and the text under it. */
export interface ImportedSection {
  /** `<recap id>/<heading slug>`, with `-2`, `-3`… when a heading repeats. */
  id: string;
  heading: string;
  /** 1–6, as in Markdown; a setext `===` heading is 1, `---` is 2. */
  level: number;
  /** The text under the heading up to the next heading, Markdown as written. */
  body: string;
  /** Line of the heading in the file (1-based). */
  line: number;
  /** Known items the section mentions, in the order they first appear. */
  linkedItemIds: string[];
  mentions: LinkedMention[];
}

/** A recap the user wrote, split into sections and linked to the items the app knows. */
export interface ImportedRecap {
  /** `import-<first 16 hex of the SHA-256 of the text>`: the same text always gets the same id. */
  id: string;
  title: string;
  /** The file name the recap was read from. */
  file: string;
  format: RecapFormat;
  /** The conference most of the linked items belong to, when any were linked. */
  conferenceId?: string;
  /** Text before the first heading, Markdown as written. */
  intro: string;
  /** Known items the intro mentions. */
  introMentions: LinkedMention[];
  sections: ImportedSection[];
  unmatched: UnmatchedMention[];
}

/** The outcome of an import: the recap, or nothing when the file cannot be read; and the problems either way. */
export interface RecapImport {
  /** Absent when the file is not readable text; then `problems` says why. */
  recap?: ImportedRecap;
  /** With a recap, these name what was skipped (file and line); the rest was imported. */
  problems: ContentProblem[];
}
