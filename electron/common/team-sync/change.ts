// One change to one of the user's records, as a device appends it to its log in the team folder.
// Every device reads every other device's log, so the schema trusts nothing: it caps sizes,
// refuses keys that would reach Object.prototype, and names the field that is wrong.
import { z } from 'zod';
import type { ActionItem, Annotation, ItemState } from '../user-records';
import { actionItemSchema, annotationSchema, describeSchemaError, itemStateSchema } from '../user-record-schemas';
import { deviceIdSchema, prototypeKeys } from './device-id';
import { decodeStamp } from './hybrid-clock';

/** The format this version writes and reads. A change in a newer format is left for a newer Debrief. */
export const changeFormat = 1;

/** The kinds of record a change can be to. */
export const recordKinds = ['annotation', 'action', 'itemState'] as const;
/** The kinds of record a change can be to. */
export type RecordKind = (typeof recordKinds)[number];

/**
 * The fields a change sets. `null` clears an optional field (JSON has no `undefined`). The record's
 * id is the change's `recordId`, and `updatedAt` is not synced: it would differ in every two edits
 * made at once and turn each of them into a conflict, so merging takes it from the stamps.
 */
type FieldChanges<R, NotFields extends keyof R> = {
  [K in Exclude<keyof R, NotFields>]?: undefined extends R[K] ? Exclude<R[K], undefined> | null : R[K];
};
/** The fields of an Annotation a change can set. */
export type AnnotationFields = FieldChanges<Annotation, 'id' | 'updatedAt'>;
/** The fields of an ActionItem a change can set. */
export type ActionFields = FieldChanges<ActionItem, 'id' | 'updatedAt'>;
/** The fields of a person's ItemState a change can set; the record id is the item's id. */
export type ItemStateFields = FieldChanges<ItemState, 'itemId' | 'updatedAt'>;
/** The fields a change to each kind of record can set. */
export interface FieldsByKind {
  annotation: AnnotationFields;
  action: ActionFields;
  itemState: ItemStateFields;
}

interface ChangeBase {
  format: typeof changeFormat;
  /** `<device>:<seq>`, so two devices can never make the same id. */
  id: string;
  device: string;
  /** 1 for the device's first change, then 2, 3…: its changes in the order it made them. */
  seq: number;
  /** An encodeStamp string: orders this change among changes made at the same time elsewhere. */
  stamp: string;
  /**
   * For each other device, how many of its changes this device had seen when it made this one:
   * all of them from 1 to that number. This, not the stamp, says which change came after which.
   */
  seen: Record<string, number>;
  /** The annotation's or action item's id; for an ItemState, the item's id. */
  recordId: string;
}

/** A change that sets some fields of a record, creating it if it was not there. */
export type SetChange<K extends RecordKind = RecordKind> = {
  [Kind in K]: ChangeBase & { kind: Kind; op: 'set'; fields: FieldsByKind[Kind] };
}[K];

/** A change that deletes a record for good: it leaves a tombstone, not an entry in the Trash. */
export interface DeleteChange extends ChangeBase {
  kind: RecordKind;
  op: 'delete';
}

/** One change to one record. */
export type Change = SetChange | DeleteChange;

/** The id of a device's change number `seq`. */
export function changeId(device: string, seq: number): string {
  return `${device}:${seq}`;
}

/** The longest text a field may hold: a long note is a few thousand words, far below this. */
export const maxTextLength = 1_000_000;
/** The most entries a list (tags) or an object (`seen`) may hold. */
export const maxEntries = 10_000;
/** Records nest a few levels at most; deeper input is junk, and walking it could exhaust the stack. */
const maxDepth = 8;

const recordId = z.string().min(1).max(200);
const counter = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

function clearable<T extends z.ZodType>(field: z.ZodOptional<T>) {
  return field.unwrap().nullable().optional();
}

const annotationFields = annotationSchema
  .omit({ id: true, updatedAt: true })
  .partial()
  .extend({
    target: clearable(annotationSchema.shape.target),
    layerId: clearable(annotationSchema.shape.layerId),
    color: clearable(annotationSchema.shape.color),
    private: clearable(annotationSchema.shape.private),
    deletedAt: clearable(annotationSchema.shape.deletedAt),
  });

const actionFields = actionItemSchema
  .omit({ id: true, updatedAt: true })
  .partial()
  .extend({
    priority: clearable(actionItemSchema.shape.priority),
    owner: clearable(actionItemSchema.shape.owner),
    due: clearable(actionItemSchema.shape.due),
    sourceQuote: clearable(actionItemSchema.shape.sourceQuote),
    completedAt: clearable(actionItemSchema.shape.completedAt),
    deletedAt: clearable(actionItemSchema.shape.deletedAt),
  });

const itemStateFields = itemStateSchema
  .omit({ itemId: true, updatedAt: true })
  .partial()
  .extend({
    grade: clearable(itemStateSchema.shape.grade),
    attendance: clearable(itemStateSchema.shape.attendance),
  });

const base = {
  format: z.literal(changeFormat, `must be ${changeFormat}`),
  id: z.string().max(300),
  device: deviceIdSchema,
  seq: counter.min(1),
  stamp: z.string().max(300),
  seen: z.record(deviceIdSchema, counter),
  recordId,
};

const changeShape = z
  .discriminatedUnion('op', [
    z.discriminatedUnion('kind', [
      z.strictObject({ ...base, kind: z.literal('annotation'), op: z.literal('set'), fields: annotationFields }),
      z.strictObject({ ...base, kind: z.literal('action'), op: z.literal('set'), fields: actionFields }),
      z.strictObject({ ...base, kind: z.literal('itemState'), op: z.literal('set'), fields: itemStateFields }),
    ]),
    z.strictObject({ ...base, kind: z.enum(recordKinds), op: z.literal('delete') }),
  ])
  .superRefine((change, ctx) => {
    if (change.id !== changeId(change.device, change.seq)) {
      ctx.addIssue({ code: 'custom', path: ['id'], message: 'must be the device id and seq, as "<device>:<seq>"' });
    }
    const stamp = decodeStamp(change.stamp);
    if (!stamp) ctx.addIssue({ code: 'custom', path: ['stamp'], message: 'must be a hybrid clock stamp' });
    else if (stamp.device !== change.device) {
      ctx.addIssue({ code: 'custom', path: ['stamp'], message: 'must be a stamp of the change’s own device' });
    }
    if (Object.hasOwn(change.seen, change.device)) {
      ctx.addIssue({
        code: 'custom',
        path: ['seen', change.device],
        message: 'must not count the change’s own device: its seq says that',
      });
    }
  });

/** Whether `raw` says it is in a format newer than this version reads. */
export function isNewerFormat(raw: unknown): boolean {
  return isPlainObject(raw) && typeof raw.format === 'number' && raw.format > changeFormat;
}

/** A Change as read from a file. */
export const changeSchema = z
  .unknown()
  .superRefine((raw, ctx) => {
    // Checked before the shape so that a newer Debrief's change says so instead of listing every difference.
    if (isNewerFormat(raw)) {
      ctx.addIssue({
        code: 'custom',
        path: ['format'],
        message: `is ${String((raw as { format: unknown }).format)}, newer than ${changeFormat}: update Debrief to read it`,
      });
      return;
    }
    const oversized = findOversized(raw, [], 0);
    if (oversized) ctx.addIssue({ code: 'custom', ...oversized });
  })
  .pipe(changeShape) satisfies z.ZodType<Change>;

/** What readChange found. */
export type ReadChange =
  { ok: true; change: Change } | { ok: false; problem: 'newer-format' | 'invalid'; message: string };

/** Checks one parsed JSON value against the change format. */
export function readChange(raw: unknown): ReadChange {
  const result = changeSchema.safeParse(raw);
  if (result.success) return { ok: true, change: result.data };
  return {
    ok: false,
    problem: isNewerFormat(raw) ? 'newer-format' : 'invalid',
    message: describeSchemaError(result.error),
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The first place in `value` that is too big, too deep or a prototype key, before the shape is checked. */
function findOversized(
  value: unknown,
  path: (string | number)[],
  depth: number,
): { path: (string | number)[]; message: string } | undefined {
  if (typeof value === 'string') {
    return value.length > maxTextLength ? { path, message: `is longer than ${maxTextLength} characters` } : undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  if (depth >= maxDepth) return { path, message: 'is nested too deeply' };
  const entries = Array.isArray(value) ? value.map((item, index) => [index, item] as const) : Object.entries(value);
  if (entries.length > maxEntries) return { path, message: `has more than ${maxEntries} entries` };
  for (const [key, item] of entries) {
    if (typeof key === 'string' && prototypeKeys.has(key)) {
      return { path: [...path, key], message: 'is not allowed as a name: it would reach Object.prototype' };
    }
    const found = findOversized(item, [...path, key], depth + 1);
    if (found) return found;
  }
  return undefined;
}

// Compile-time checks: the schemas accept exactly the field changes the types describe, so a field
// added to a record without being made clearable here (when optional) fails the build.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const annotationFieldsMatch: Same<z.output<typeof annotationFields>, AnnotationFields> = true;
const actionFieldsMatch: Same<z.output<typeof actionFields>, ActionFields> = true;
const itemStateFieldsMatch: Same<z.output<typeof itemStateFields>, ItemStateFields> = true;
void [annotationFieldsMatch, actionFieldsMatch, itemStateFieldsMatch];
