// Settling a conflict from the review: the user's choice becomes an edit like any other, made
// after seeing every value in the conflict, so it wins on every device and the conflict is gone.
// The choice is written to the record here and the field marked to be sent even when its value is
// the one already shown (picking the value on screen must still tell the team).
import type { RecordKind } from '../../../../electron/common/team-sync/change';
import type { DebriefDatabase } from '../db/database';
import { readSynced, writeSynced } from './synced-buckets';
import { syncedKey } from './team-records';

/** The tables of the records a conflict can be on (a person's marks never conflict). */
type SharedKind = Exclude<RecordKind, 'itemState'>;

/** Sets `field` of a record to `value` (null clears it) and marks it to go out to the team. */
export async function chooseFieldValue(
  database: DebriefDatabase,
  kind: SharedKind,
  recordId: string,
  field: string,
  value: unknown,
): Promise<void> {
  const table = kind === 'annotation' ? database.annotations : database.actions;
  await database.transaction('rw', [table, database.syncedBuckets], async () => {
    const record = (await table.get(recordId)) as Record<string, unknown> | undefined;
    if (!record)
      throw new Error(`There is no ${describeKind(kind)} with id ${recordId}: it may have been deleted meanwhile`);
    const next: Record<string, unknown> = { ...record, updatedAt: new Date().toISOString() };
    if (value === null) delete next[field];
    else next[field] = value;
    await table.put(next as never);
    await markToResend(database, kind, recordId, [field]);
  });
}

/**
 * Settles a delete that raced an edit. Keeping the record sends all of it again (or takes it out
 * of the Trash); deleting it deletes it for good, or leaves it in the Trash, for everyone.
 */
export async function settleDeletion(
  database: DebriefDatabase,
  kind: SharedKind,
  recordId: string,
  deletion: 'trash' | 'delete',
  keep: boolean,
): Promise<void> {
  const table = kind === 'annotation' ? database.annotations : database.actions;
  await database.transaction('rw', [table, database.syncedBuckets], async () => {
    const record = (await table.get(recordId)) as Record<string, unknown> | undefined;
    if (!record) return;
    if (deletion === 'delete') {
      if (keep) await markToResend(database, kind, recordId, Object.keys(record));
      // Gone here and shared before: the next step sends the delete.
      else await table.delete(recordId);
      return;
    }
    const next: Record<string, unknown> = { ...record, updatedAt: new Date().toISOString() };
    if (keep) delete next.deletedAt;
    else next.deletedAt ??= next.updatedAt;
    await table.put(next as never);
    await markToResend(database, kind, recordId, ['deletedAt']);
  });
}

async function markToResend(database: DebriefDatabase, kind: SharedKind, recordId: string, fields: string[]) {
  const [synced] = await readSynced(database.syncedBuckets, [syncedKey(kind, recordId)]);
  if (!synced) return;
  const resend = [...new Set([...(synced.resend ?? []), ...fields])].filter(
    (field) => field !== 'id' && field !== 'updatedAt',
  );
  await writeSynced(database.syncedBuckets, [{ ...synced, resend }]);
}

function describeKind(kind: SharedKind): string {
  return kind === 'annotation' ? 'note or highlight' : 'action item';
}
