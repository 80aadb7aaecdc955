// Replays every device's changes into the user's records. The result depends only on the set of
// changes: any order, any duplicates. Which of two changes came later is decided by what each
// device had seen when it made its change, never by the clocks, so a laptop with a wrong clock
// cannot win. Two changes where neither had seen the other are concurrent: for the same field
// both values are kept as a conflict, and the one with the highest stamp is shown meanwhile.
import { type Change, type FieldsByKind, type RecordKind, type SetChange } from './change';
import { decodeStamp } from './hybrid-clock';

/** Who made a change, and when. */
export interface Author {
  device: string;
  stamp: string;
  changeId: string;
}

/** One of the values concurrent changes gave a field. */
export interface ConcurrentValue extends Author {
  /** `null` when that change cleared the field. */
  value: unknown;
}

/** Which record a conflict or a tombstone is about. */
export interface RecordRef {
  recordKind: RecordKind;
  recordId: string;
  /** For an ItemState: the device whose marks these are. */
  owner?: string;
}

/** Changes made at the same time gave one field different values. */
export interface FieldConflict extends RecordRef {
  kind: 'field';
  field: string;
  /** Highest stamp first: that one is the value shown until someone chooses. */
  values: ConcurrentValue[];
}

/**
 * Someone deleted a record (for good, or by moving it to the Trash) while someone else, not
 * knowing, edited it. A record deleted for good is kept meanwhile; one moved to the Trash stays
 * there, with the edit.
 */
export interface EditDeleteConflict extends RecordRef {
  kind: 'edit-vs-delete';
  /** 'trash' when the delete was a move to the Trash (a `deletedAt` set), 'delete' when for good. */
  deletion: 'trash' | 'delete';
  /** Highest stamp first. */
  edits: Author[];
  /** Highest stamp first. */
  deletes: Author[];
}

/** Something two people did at the same time that the merge could not settle alone. */
export type Conflict = FieldConflict | EditDeleteConflict;

/**
 * A record's fields as merged; a field cleared by the change that won is absent. A required field
 * can be missing too, while the change that created the record has not synced yet: check the
 * record against its schema before storing it.
 */
export type MergedValues<K extends RecordKind> = {
  [F in keyof FieldsByKind[K]]?: Exclude<FieldsByKind[K][F], null>;
};

/** One record as every device's changes leave it. */
export interface MergedRecord<K extends RecordKind = RecordKind> extends RecordRef {
  recordKind: K;
  values: MergedValues<K>;
  /** When it last changed, from the latest stamp among its changes (so a clock set wrong shows here). */
  updatedAt: string;
  /** The device whose change made it: the first to set its fields, by stamp. */
  createdBy: string;
  /** Its conflicts, also listed in Merged.conflicts. */
  conflicts: Conflict[];
}

/** The records every device's changes add up to. */
export interface Merged {
  annotations: Map<string, MergedRecord<'annotation'>>;
  actions: Map<string, MergedRecord<'action'>>;
  /**
   * Each person's marks on an item, by item id, then by device. Only that device writes them, so
   * stars, grades and attendance never conflict: Alice's star is not Bob's.
   */
  itemStates: Map<string, Map<string, MergedRecord<'itemState'>>>;
  /** Records deleted by a change that had seen every edit to them: gone everywhere. */
  gone: RecordRef[];
  /** Every conflict, in the order of the records they are on. */
  conflicts: Conflict[];
  /**
   * Ids under which two different changes were found, which no device writes; the one kept is
   * chosen by content, so that every device keeps the same.
   */
  clashingIds: string[];
}

/** A change with what its device had seen by then. */
interface Entry {
  change: Change;
  /** For each other device, the count of its changes seen by this change or any earlier one of its device. */
  known: ReadonlyMap<string, number>;
}

/** Merges a set of changes, in any order and with any duplicates, into records. */
export function mergeChanges(changes: Iterable<Change>): Merged {
  const { unique, clashingIds } = dropDuplicates(changes);
  const byRecord = new Map<string, Entry[]>();
  for (const entry of withKnowledge(unique)) {
    const key = recordKey(entry.change);
    const entries = byRecord.get(key);
    if (entries) entries.push(entry);
    else byRecord.set(key, [entry]);
  }

  const merged: Merged = {
    annotations: new Map(),
    actions: new Map(),
    itemStates: new Map(),
    gone: [],
    conflicts: [],
    clashingIds,
  };
  // Sorted, so that the maps and lists come out the same whatever order the changes came in.
  for (const key of [...byRecord.keys()].sort()) {
    const entries = byRecord.get(key)!;
    const first = entries[0]!.change;
    const ref: RecordRef =
      first.kind === 'itemState'
        ? { recordKind: first.kind, recordId: first.recordId, owner: first.device }
        : { recordKind: first.kind, recordId: first.recordId };
    const record = mergeRecord(ref, entries);
    if (!record) {
      merged.gone.push(ref);
      continue;
    }
    merged.conflicts.push(...record.conflicts);
    if (record.recordKind === 'annotation') {
      merged.annotations.set(record.recordId, record as MergedRecord<'annotation'>);
    } else if (record.recordKind === 'action') {
      merged.actions.set(record.recordId, record as MergedRecord<'action'>);
    } else {
      let states = merged.itemStates.get(record.recordId);
      if (!states) merged.itemStates.set(record.recordId, (states = new Map()));
      states.set(record.owner!, record as MergedRecord<'itemState'>);
    }
  }
  return merged;
}

/** A record's changes merged, or undefined when a delete that had seen every edit left a tombstone. */
function mergeRecord(ref: RecordRef, entries: Entry[]): MergedRecord | undefined {
  // Whether the record exists is settled like a field that every set writes `true` and a delete `false`.
  const standing = undominated(latestOfEachDevice(entries));
  const edits = standing.filter((entry) => entry.change.op === 'set');
  const deletes = standing.filter((entry) => entry.change.op === 'delete');
  if (edits.length === 0) return undefined;

  const conflicts: Conflict[] = [];
  if (deletes.length > 0) {
    // Kept rather than hidden, so that an edit nobody has seen yet is not lost while it is settled.
    conflicts.push({
      ...ref,
      kind: 'edit-vs-delete',
      deletion: 'delete',
      edits: edits.map(author),
      deletes: deletes.map(author),
    });
  }

  // A deleted record brought back by an edit made after seeing the delete keeps the fields it had:
  // deletes do not write fields, so nothing is lost by a delete that is later undone.
  const writersByField = new Map<string, Map<string, Entry>>();
  for (const entry of entries) {
    if (entry.change.op !== 'set') continue;
    for (const field of Object.keys(entry.change.fields)) {
      let writers = writersByField.get(field);
      if (!writers) writersByField.set(field, (writers = new Map()));
      keepLatest(writers, entry);
    }
  }
  const values: Record<string, unknown> = {};
  for (const field of [...writersByField.keys()].sort()) {
    const winners = undominated([...writersByField.get(field)!.values()]);
    const shown = valueOf(winners[0]!, field);
    const differ = winners.some((winner) => !sameJson(valueOf(winner, field), shown));
    if (differ) {
      conflicts.push({
        ...ref,
        kind: 'field',
        field,
        values: winners.map((winner) => ({ ...author(winner), value: valueOf(winner, field) })),
      });
    }
    if (shown !== null) values[field] = shown;
  }
  const trashing = trashedWhileEdited(ref, writersByField);
  if (trashing) conflicts.push(trashing);

  let [latest, first] = [entries[0]!.change.stamp, edits[0]!];
  for (const entry of entries) {
    if (entry.change.stamp > latest) latest = entry.change.stamp;
    if (entry.change.op === 'set' && entry.change.stamp < first.change.stamp) first = entry;
  }
  return {
    ...ref,
    // The schema checked the field names and values for this kind of record.
    values: values as MergedValues<RecordKind>,
    updatedAt: new Date(decodeStamp(latest)!.wall).toISOString(),
    createdBy: first.change.device,
    conflicts,
  };
}

/**
 * A move to the Trash that someone, not knowing of it, edited the record against: the edit is kept
 * (in the Trash), and the review asks whether the record should come back.
 */
function trashedWhileEdited(ref: RecordRef, writersByField: Map<string, Map<string, Entry>>): Conflict | undefined {
  const deletedAtWriters = writersByField.get('deletedAt');
  if (!deletedAtWriters) return undefined;
  const trashes = undominated([...deletedAtWriters.values()]).filter((entry) => valueOf(entry, 'deletedAt') !== null);
  if (trashes.length === 0) return undefined;
  const concurrent = (entry: Entry) => trashes.every((trash) => !hasSeen(trash, entry) && !hasSeen(entry, trash));
  const edits = new Map<string, Entry>();
  for (const [field, writers] of writersByField) {
    if (field === 'deletedAt') continue;
    for (const entry of writers.values()) if (concurrent(entry)) keepLatest(edits, entry);
  }
  if (edits.size === 0) return undefined;
  return {
    ...ref,
    kind: 'edit-vs-delete',
    deletion: 'trash',
    edits: [...edits.values()].sort(byStampDescending).map(author),
    deletes: trashes.map(author),
  };
}

/**
 * The entries no other entry has overwritten, highest stamp first. An entry is overwritten by one
 * that had seen it and was not itself seen by it: two changes each claiming to have seen the
 * other (a damaged log) count as concurrent, so neither value is dropped.
 */
function undominated(candidates: Entry[]): Entry[] {
  return candidates
    .filter((entry) => !candidates.some((other) => other !== entry && hasSeen(other, entry) && !hasSeen(entry, other)))
    .sort(byStampDescending);
}

function hasSeen(later: Entry, earlier: Entry): boolean {
  if (later.change.device === earlier.change.device) return earlier.change.seq < later.change.seq;
  return (later.known.get(earlier.change.device) ?? 0) >= earlier.change.seq;
}

/**
 * A device's later change has seen its earlier ones, so per field only its latest can stand; this
 * keeps the pairwise comparison to one entry per device however long the log is.
 */
function latestOfEachDevice(entries: Entry[]): Entry[] {
  const latest = new Map<string, Entry>();
  for (const entry of entries) keepLatest(latest, entry);
  return [...latest.values()];
}

function keepLatest(latestByDevice: Map<string, Entry>, entry: Entry): void {
  const kept = latestByDevice.get(entry.change.device);
  if (!kept || kept.change.seq < entry.change.seq) latestByDevice.set(entry.change.device, entry);
}

/**
 * Each change with what its device had seen by then: the most of each other device it had counted
 * in this change or any earlier one. A device never unsees a change, even if a log says so.
 */
function withKnowledge(changes: Change[]): Entry[] {
  const byDevice = new Map<string, Change[]>();
  for (const change of changes) {
    const own = byDevice.get(change.device);
    if (own) own.push(change);
    else byDevice.set(change.device, [change]);
  }
  const entries: Entry[] = [];
  for (const own of byDevice.values()) {
    own.sort((a, b) => a.seq - b.seq);
    let known = new Map<string, number>();
    for (const change of own) {
      // Copied on write: most changes see nothing new, and share their predecessor's map.
      let copied = false;
      for (const [device, count] of Object.entries(change.seen)) {
        if (count <= (known.get(device) ?? 0)) continue;
        if (!copied) [known, copied] = [new Map(known), true];
        known.set(device, count);
      }
      entries.push({ change, known });
    }
  }
  return entries;
}

/** The same change read twice (a segment and its conflict copy) counts once. */
function dropDuplicates(changes: Iterable<Change>): { unique: Change[]; clashingIds: string[] } {
  const byId = new Map<string, Change>();
  const clashing = new Set<string>();
  for (const change of changes) {
    const kept = byId.get(change.id);
    if (!kept) {
      byId.set(change.id, change);
      continue;
    }
    if (kept === change || JSON.stringify(kept) === JSON.stringify(change)) continue;
    const [keptText, changeText] = [canonicalJson(kept), canonicalJson(change)];
    if (keptText === changeText) continue;
    clashing.add(change.id);
    if (changeText < keptText) byId.set(change.id, change);
  }
  return { unique: [...byId.values()], clashingIds: [...clashing].sort() };
}

function recordKey(change: Change): string {
  // Device ids and kinds hold no "/", so the record id, last, cannot make two keys equal.
  return `${change.kind}/${change.kind === 'itemState' ? change.device : ''}/${change.recordId}`;
}

function author({ change }: Entry): Author {
  return { device: change.device, stamp: change.stamp, changeId: change.id };
}

function valueOf({ change }: Entry, field: string): unknown {
  return (change as SetChange).fields[field as keyof SetChange['fields']];
}

function byStampDescending(a: Entry, b: Entry): number {
  if (a.change.stamp !== b.change.stamp) return a.change.stamp < b.change.stamp ? 1 : -1;
  return a.change.id < b.change.id ? 1 : a.change.id > b.change.id ? -1 : 0;
}

function sameJson(a: unknown, b: unknown): boolean {
  return a === b || canonicalJson(a) === canonicalJson(b);
}

/** JSON with object keys sorted, so that equal values give equal text. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
