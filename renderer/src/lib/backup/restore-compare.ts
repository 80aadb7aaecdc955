// Comparing a backup's records with the database's, one kind of record at a time: what a restore
// would add, change and remove, and which records a merge writes (the side updated last wins).

/** How a restore treats records the database has and the backup does not. */
export type RestoreMode = 'merge' | 'replace';

/** What a restore would do to one kind of record. */
export interface RestoreCounts {
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
}

/** Counts what restoring `incoming` over `current` does to one kind of record. */
export function compare<T extends object>(
  current: T[],
  incoming: T[],
  keyOf: (record: T) => string,
  mode: RestoreMode,
): RestoreCounts {
  const existing = new Map(current.map((record) => [keyOf(record), record]));
  const counts: RestoreCounts = { added: 0, changed: 0, removed: 0, unchanged: 0 };
  const incomingKeys = new Set<string>();
  for (const record of incoming) {
    const key = keyOf(record);
    incomingKeys.add(key);
    const mine = existing.get(key);
    if (!mine) counts.added++;
    else if (JSON.stringify(mine) === JSON.stringify(record)) counts.unchanged++;
    else if (mode === 'replace' || isNewer(record, mine)) counts.changed++;
    else counts.unchanged++;
  }
  if (mode === 'replace') counts.removed = current.filter((record) => !incomingKeys.has(keyOf(record))).length;
  return counts;
}

// Merge keeps whichever side was updated last; records without a time (settings) take the backup's.
/** Whether the backup's record was updated after ours. */
export function isNewer(incoming: object, mine: object): boolean {
  const theirs = (incoming as { updatedAt?: string }).updatedAt;
  const ours = (mine as { updatedAt?: string }).updatedAt;
  if (!theirs || !ours) return true;
  // As times, not text: the same instant can be written with different offsets.
  return Date.parse(theirs) > Date.parse(ours);
}

/** The incoming records a merge writes: new ones, and those updated later than ours. */
export function merged<T extends object>(current: T[], incoming: T[], keyOf: (record: T) => string): T[] {
  const existing = new Map(current.map((record) => [keyOf(record), record]));
  return incoming.filter((record) => {
    const mine = existing.get(keyOf(record));
    return !mine || isNewer(record, mine);
  });
}
