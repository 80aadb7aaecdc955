// Who made each shared record: the device whose change created it, as the team folder says. A
// record the folder has not seen, or that this device made, is the user's own.
import type { RecordKind } from '../../../../electron/common/team-sync/change';
import type { DebriefDatabase } from '../db/database';
import { readSynced } from './synced-buckets';
import { syncedKey, teamLogStateKey, type TeamLogState } from './team-records';

/** For each record a teammate made, their device id; the user's own records are absent. */
export async function authorsOf(
  database: DebriefDatabase,
  kind: RecordKind,
  records: readonly { id: string }[],
): Promise<Map<string, string>> {
  if (records.length === 0) return new Map();
  const [synced, log] = await Promise.all([
    readSynced(
      database.syncedBuckets,
      records.map((record) => syncedKey(kind, record.id)),
    ),
    database.meta.get(teamLogStateKey),
  ]);
  const ownDevice = (log?.value as TeamLogState | undefined)?.device;
  const authors = new Map<string, string>();
  synced.forEach((record, index) => {
    if (record && record.createdBy !== ownDevice) authors.set(records[index]!.id, record.createdBy);
  });
  return authors;
}
