// Records read back from the database that do not have the shape of their type: left by a damaged
// disk, a bug in an older build or a hand-edited profile. Views skip them, so one bad record never
// hides the good ones; backups carry them as they were stored, so nothing is lost and they can be
// repaired by hand. Environment-free.
import { z } from 'zod';
import { actionItemSchema, annotationSchema, describeSchemaError, itemStateSchema } from './user-record-schemas';
import type { ActionItem, Annotation, ItemState } from './user-records';

/** The tables that hold the user's own records. */
export const userRecordTables = ['annotations', 'actions', 'itemStates'] as const;
/** A table that holds the user's own records. */
export type UserRecordTable = (typeof userRecordTables)[number];

/** The record type each table holds. */
export interface UserRecordOf {
  annotations: Annotation;
  actions: ActionItem;
  itemStates: ItemState;
}

/** A record that does not have its table's shape, with what is wrong with it. */
export interface DamagedRecord {
  table: UserRecordTable;
  /** Where and what, e.g. `tags: Invalid input: expected array, received string`. */
  problem: string;
  /** The record as it was stored (made JSON-safe: a backup is JSON). */
  record: unknown;
}

/** A damaged record as a backup file holds it. */
export const damagedRecordSchema = z.strictObject({
  table: z.enum(userRecordTables),
  problem: z.string(),
  record: z.unknown(),
});

const schemas: { [Table in UserRecordTable]: z.ZodType<UserRecordOf[Table]> } = {
  annotations: annotationSchema,
  actions: actionItemSchema,
  itemStates: itemStateSchema,
};

/** Whether a record read from `table` has the shape of its type. */
export function isWellFormed<Table extends UserRecordTable>(
  table: Table,
  record: unknown,
): record is UserRecordOf[Table] {
  return schemas[table].safeParse(record).success;
}

/** The records of `table` that have the shape of its type, as they were read (same objects, same order). */
export function wellFormed<Table extends UserRecordTable>(
  table: Table,
  records: readonly unknown[],
): UserRecordOf[Table][] {
  return records.filter((record): record is UserRecordOf[Table] => isWellFormed(table, record));
}

/** Splits the records of `table` into well-formed ones and damaged ones (with the reason each is damaged). */
export function sortOutDamaged<Table extends UserRecordTable>(
  table: Table,
  records: readonly unknown[],
): { good: UserRecordOf[Table][]; damaged: DamagedRecord[] } {
  const good: UserRecordOf[Table][] = [];
  const damaged: DamagedRecord[] = [];
  for (const record of records) {
    const result = schemas[table].safeParse(record);
    if (result.success) good.push(record as UserRecordOf[Table]);
    else damaged.push({ table, problem: describeSchemaError(result.error), record: jsonSafe(record) });
  }
  return { good, damaged };
}

// IndexedDB stores what structured clone can (BigInt, cycles, Maps); a backup is JSON. Keep all
// that JSON can say, and say so where it cannot.
function jsonSafe(record: unknown): unknown {
  try {
    return JSON.parse(
      JSON.stringify(record, (_key, value: unknown) => (typeof value === 'bigint' ? `${value}n` : value)),
    );
  } catch (error) {
    return { unreadable: `the record could not be copied as JSON: ${(error as Error).message}` };
  }
}
