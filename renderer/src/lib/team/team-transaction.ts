// One sync step against the database: the user's edits since the last step become changes of this
// device's log, and the team folder's merge is applied to every record the user has not edited
// meanwhile. Both happen in one transaction, so an edit made while the merge ran is never
// overwritten by it: it goes out as a change made before the merge was seen, as it was.
import { changeFormat, changeId, type Change, type RecordKind } from '../../../../electron/common/team-sync/change';
import { encodeStamp, receive, startClock, tick } from '../../../../electron/common/team-sync/hybrid-clock';
import type { MergedRecord } from '../../../../electron/common/team-sync/merge';
import type { ReplicaMerge } from '../../../../electron/common/team-sync/replica';
import type { ActionItem, Annotation } from '../../../../electron/common/user-records';
import type { DebriefDatabase } from '../db/database';
import { changedFields, recordFromMerged, sameValue, sharedFields } from './shared-fields';
import { readAllSynced, writeSynced } from './synced-buckets';
import {
  syncedKey,
  teamLogStateKey,
  type OwnChange,
  type SyncedRecord,
  type TeamLogState,
  type TeammateMarks,
} from './team-records';

/** What a sync step did. */
export interface TeamStep {
  /** Changes added to this device's log. */
  made: OwnChange[];
  /** Records written or removed here from the merge. */
  applied: number;
  /** Merged records that cannot be stored yet (their first change has not synced), with why. */
  waiting: { recordKind: RecordKind; recordId: string; message: string }[];
  state: TeamLogState;
}

/** The log's state as stored, or a fresh one for `device`. */
export async function loadLogState(database: DebriefDatabase, device: string): Promise<TeamLogState> {
  const stored = (await database.meta.get(teamLogStateKey))?.value as TeamLogState | undefined;
  if (stored && stored.device === device) return stored;
  return { device, clock: startClock(device), seq: 0, seen: {}, writtenThrough: 0 };
}

/**
 * Records the user's edits as changes and, when `merge` is given, applies it. `now` is this
 * device's wall clock; a merge's stamps pull the clock forward (at most a day ahead of it).
 */
export async function syncStep(
  database: DebriefDatabase,
  device: string,
  merge?: ReplicaMerge,
  now = Date.now(),
): Promise<TeamStep> {
  const tables = [
    database.annotations,
    database.actions,
    database.itemStates,
    database.syncedBuckets,
    database.teamLog,
    database.teammateMarks,
    database.meta,
  ];
  return database.transaction('rw', tables, async () => {
    const state = await loadLogState(database, device);
    const [annotations, actions, itemStates, synced] = await Promise.all([
      database.annotations.toArray(),
      database.actions.toArray(),
      database.itemStates.toArray(),
      readAllSynced(database.syncedBuckets),
    ]);
    const made: OwnChange[] = [];
    const syncedWrites: SyncedRecord[] = [];
    const syncedDeletes = new Set<string>();
    const toPut = { annotation: [] as Annotation[], action: [] as ActionItem[] };
    const toDelete = { annotation: [] as string[], action: [] as string[] };
    /** Records with an edit going out now: the merge, made before it, must not overwrite them. */
    const editedHere = new Set<string>();

    const emit = (kind: RecordKind, recordId: string, fields?: Record<string, unknown>) => {
      state.clock = tick(state.clock, now);
      state.seq += 1;
      const base = {
        format: changeFormat,
        id: changeId(device, state.seq),
        device,
        seq: state.seq,
        stamp: encodeStamp(state.clock),
        // What had been applied here when the user made the edit: the merge below comes after it.
        seen: { ...state.seen },
        recordId,
        kind,
      };
      const change = (fields ? { ...base, op: 'set', fields } : { ...base, op: 'delete' }) as Change;
      made.push({ seq: state.seq, change });
      editedHere.add(syncedKey(kind, recordId));
    };

    const present = new Set<string>();
    const collect = (kind: RecordKind, recordId: string, record: object, shared: boolean) => {
      const key = syncedKey(kind, recordId);
      present.add(key);
      const before = synced.get(key);
      if (!shared) {
        // Marked private after it was shared: taken back out of the team's view.
        if (before) {
          emit(kind, recordId);
          syncedDeletes.add(key);
        }
        return;
      }
      const fields = sharedFields(kind, record);
      const changed = before ? changedFields(fields, before.values, before.resend) : fields;
      if (Object.keys(changed).length === 0) return;
      emit(kind, recordId, changed);
      const next: SyncedRecord = { key, kind, recordId, values: fields, createdBy: before?.createdBy ?? device };
      synced.set(key, next);
      syncedWrites.push(next);
    };
    for (const annotation of annotations) collect('annotation', annotation.id, annotation, !annotation.private);
    for (const action of actions) collect('action', action.id, action, true);
    for (const marks of itemStates) collect('itemState', marks.itemId, marks, true);
    // Shared before and gone from here now (deleted for good, as emptying the Trash does): deleted for the team.
    for (const [key, record] of synced) {
      if (present.has(key)) continue;
      emit(record.kind, record.recordId);
      synced.delete(key);
      syncedDeletes.add(key);
    }

    let applied = 0;
    const waiting: TeamStep['waiting'] = [];
    if (merge) {
      const locals = {
        annotation: new Map(annotations.map((record) => [record.id, record as object])),
        action: new Map(actions.map((record) => [record.id, record as object])),
      };
      const privateIds = new Set(annotations.filter((record) => record.private).map((record) => record.id));
      const apply = (kind: 'annotation' | 'action', record: MergedRecord<'annotation' | 'action'>) => {
        const key = syncedKey(kind, record.recordId);
        if (editedHere.has(key) || privateIds.has(record.recordId)) return;
        const local = locals[kind].get(record.recordId);
        const before = synced.get(key);
        // A local record the folder has never seen under its own id is this device's own, not yet sent.
        if (local && !before) return;
        const made =
          kind === 'annotation'
            ? recordFromMerged('annotation', record as MergedRecord<'annotation'>)
            : recordFromMerged('action', record as MergedRecord<'action'>);
        if (!made.ok) {
          waiting.push({ recordKind: kind, recordId: record.recordId, message: made.message });
          return;
        }
        const fields = sharedFields(kind, made.record);
        if (!local || !sameValue(sharedFields(kind, local), fields)) {
          if (kind === 'annotation') toPut.annotation.push(made.record as Annotation);
          else toPut.action.push(made.record as ActionItem);
          applied += 1;
        }
        const next: SyncedRecord = {
          key,
          kind,
          recordId: record.recordId,
          values: fields,
          createdBy: record.createdBy,
        };
        if (before?.resend) next.resend = before.resend;
        if (!before || !sameValue(before, next)) syncedWrites.push(next);
      };
      for (const record of merge.merged.annotations.values()) apply('annotation', record);
      for (const record of merge.merged.actions.values()) apply('action', record);

      for (const gone of merge.merged.gone) {
        if (gone.recordKind === 'itemState') continue;
        const key = syncedKey(gone.recordKind, gone.recordId);
        if (editedHere.has(key) || privateIds.has(gone.recordId) || !synced.has(key)) continue;
        toDelete[gone.recordKind].push(gone.recordId);
        syncedDeletes.add(key);
        applied += 1;
      }

      const marks: TeammateMarks[] = [];
      for (const [itemId, byDevice] of merge.merged.itemStates) {
        for (const [owner, record] of byDevice) {
          if (owner === device) continue;
          const { starred, grade, attendance } = record.values;
          if (!starred && !grade && !attendance) continue;
          marks.push({
            itemId,
            device: owner,
            starred: starred ?? false,
            ...(grade ? { grade } : {}),
            ...(attendance ? { attendance } : {}),
          });
        }
      }
      await database.teammateMarks.clear();
      await database.teammateMarks.bulkPut(marks);

      state.seen = merge.seen;
      if (merge.latestStamp) state.clock = receive(state.clock, merge.latestStamp, now);
    }

    await database.annotations.bulkPut(toPut.annotation);
    await database.actions.bulkPut(toPut.action);
    await database.annotations.bulkDelete(toDelete.annotation);
    await database.actions.bulkDelete(toDelete.action);
    await database.teamLog.bulkAdd(made);
    await writeSynced(
      database.syncedBuckets,
      syncedWrites.filter((record) => !syncedDeletes.has(record.key)),
      syncedDeletes,
    );
    await database.meta.put({ key: teamLogStateKey, value: state });
    return { made, applied, waiting, state };
  });
}
