// Everything a trip report or a notes-app export of one conference is made from, read once.
import type { Conference, RecapItem } from '../../../../electron/common/domain';
import type { ActionItem, Annotation, ItemState } from '../../../../electron/common/user-records';

/** One conference's talks with everything the user has on them. Deleted records are already left out. */
export interface TripReportData {
  conference: Conference;
  /** Its items the latest content still has (not removed), in day and then list order. */
  items: RecapItem[];
  /** The user's marks on those items (items without marks have none here). */
  states: ItemState[];
  /** Notes and highlights on those items, not deleted, private ones included (the choice filters them). */
  annotations: Annotation[];
  /** Action items on those items, not deleted. */
  actions: ActionItem[];
  /**
   * The user's own recaps' text on those items (a talk from their notes, or their notes on a session),
   * not removed: their words as much as a note is.
   */
  recapNotes: RecapNote[];
  /** When the report is made: its date line and file names. */
  exportedAt: Date;
}

/** One of the user's recaps' text on a talk. */
export interface RecapNote {
  /** The recap layer's id. */
  id: string;
  itemId: string;
  /** The recap's name and who wrote it, for the line that says where the text comes from. */
  recapTitle: string;
  author?: string;
  /** The text, Markdown. */
  body: string;
}
