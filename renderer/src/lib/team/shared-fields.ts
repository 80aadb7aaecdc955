// Between the user's records and the changes in the team folder: which fields a record shares,
// which of them changed since the folder last saw them, and the record a merge's fields make.
import type { z } from 'zod';
import type { RecordKind } from '../../../../electron/common/team-sync/change';
import type { MergedRecord } from '../../../../electron/common/team-sync/merge';
import {
  actionItemSchema,
  annotationSchema,
  describeSchemaError,
  itemStateSchema,
} from '../../../../electron/common/user-record-schemas';
import type { ActionItem, Annotation, ItemState } from '../../../../electron/common/user-records';

/** The record of each kind, as the app stores it. */
export interface RecordOfKind {
  annotation: Annotation;
  action: ActionItem;
  itemState: ItemState;
}

/** Fields never shared: the id is the change's record id, and `updatedAt` comes from the stamps. */
const notShared: Record<RecordKind, readonly string[]> = {
  annotation: ['id', 'updatedAt'],
  action: ['id', 'updatedAt'],
  itemState: ['itemId', 'updatedAt'],
};

const schemas: { [K in RecordKind]: z.ZodType<RecordOfKind[K]> } = {
  annotation: annotationSchema,
  action: actionItemSchema,
  itemState: itemStateSchema,
};

/** A record's shared fields, without the ones it does not have. */
export function sharedFields(kind: RecordKind, record: object): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(record)) {
    if (value !== undefined && !notShared[kind].includes(field)) fields[field] = value;
  }
  return fields;
}

/**
 * The fields of `current` that differ from `synced`, a field `current` no longer has as `null`
 * (a change's way of clearing it), and every field of `resend` whatever its value.
 */
export function changedFields(
  current: Record<string, unknown>,
  synced: Record<string, unknown>,
  resend: readonly string[] = [],
): Record<string, unknown> {
  const changed: Record<string, unknown> = {};
  for (const field of new Set([...Object.keys(current), ...Object.keys(synced), ...resend])) {
    const value = current[field] ?? null;
    if (resend.includes(field) || !sameValue(value, synced[field] ?? null)) changed[field] = value;
  }
  return changed;
}

/** What recordFromMerged made of a merged record. */
export type RecordFromMerged<K extends RecordKind> =
  { ok: true; record: RecordOfKind[K] } | { ok: false; message: string };

/**
 * The record a merge's fields make, checked like a backup's records: a record whose first change
 * has not synced yet lacks required fields, and waits until it has.
 */
export function recordFromMerged<K extends RecordKind>(kind: K, merged: MergedRecord<K>): RecordFromMerged<K> {
  const key = kind === 'itemState' ? { itemId: merged.recordId } : { id: merged.recordId };
  const result = schemas[kind].safeParse({ ...merged.values, ...key, updatedAt: merged.updatedAt });
  return result.success ? { ok: true, record: result.data } : { ok: false, message: describeSchemaError(result.error) };
}

/** Whether two field values are the same JSON (tags in the same order, the same quote). */
export function sameValue(a: unknown, b: unknown): boolean {
  return a === b || canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    return `{${Object.keys(value)
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
