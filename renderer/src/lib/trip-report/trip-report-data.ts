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
  /** When the report is made: its date line and file names. */
  exportedAt: Date;
}
