// What the renderer keeps about the team folder in its own database: its own log, what the folder
// last said of each shared record, and teammates' personal marks. The folder is never the database:
// these tables live in IndexedDB beside the user's records, and the folder holds only change logs.
import type { Change, RecordKind } from '../../../../electron/common/team-sync/change';
import type { Stamp } from '../../../../electron/common/team-sync/hybrid-clock';
import type { ItemAttendance, ItemGrade } from '../../../../electron/common/user-records';

/** One change this device made, kept until it is in the folder, and after, to replay offline. */
export interface OwnChange {
  seq: number;
  change: Change;
}

/**
 * A shared record's fields as the team folder's changes last left them, and as they were applied
 * here. A local record that differs from this was edited here since: that edit goes out.
 */
export interface SyncedRecord {
  /** `<kind>/<record id>`: see syncedKey. */
  key: string;
  kind: RecordKind;
  recordId: string;
  values: Record<string, unknown>;
  /** The device whose change made the record. */
  createdBy: string;
  /** Fields to send even though their value matches: a conflict the user settled on the value shown. */
  resend?: string[];
}

/** A teammate's own marks on a talk: their star, grade and attendance, which never conflict with yours. */
export interface TeammateMarks {
  itemId: string;
  device: string;
  starred: boolean;
  grade?: ItemGrade;
  attendance?: ItemAttendance;
}

/** Where this device's log stands, kept in `meta` under teamLogStateKey. */
export interface TeamLogState {
  device: string;
  clock: Stamp;
  /** The seq of the last change made. */
  seq: number;
  /** Of each other device, how many changes had been read (and applied) when the last merge was. */
  seen: Record<string, number>;
  /** The folder the changes up to `writtenThrough` were written to: joining another writes them all again. */
  folder?: string;
  writtenThrough: number;
}

/** The meta key of the TeamLogState. */
export const teamLogStateKey = 'team.log';

/** The key of a shared record in SyncedRecord. */
export function syncedKey(kind: RecordKind, recordId: string): string {
  return `${kind}/${recordId}`;
}

/** Now, as an ISO string: when a merge was applied. */
export function isoNow(): string {
  return new Date().toISOString();
}
