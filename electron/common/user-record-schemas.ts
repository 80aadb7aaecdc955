// Schemas of the user's own records, for everything that reads them back from a file: backups,
// restores and imports. They accept exactly the shapes in user-records.ts, with field paths in errors.
import { z } from 'zod';
import { actionPriorities, actionStatuses, type ActionItem, type Annotation, type ItemState } from './user-records';

const timestamp = z.iso.datetime({ offset: true, message: 'must be an ISO date-time' });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');
const id = z.string().min(1).max(200);

const textQuoteSelector = z.strictObject({
  type: z.literal('TextQuoteSelector'),
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
});
const textPositionSelector = z.strictObject({
  type: z.literal('TextPositionSelector'),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});

/** An Annotation as stored. */
export const annotationSchema = z.strictObject({
  id,
  itemId: id,
  kind: z.enum(['note', 'highlight']),
  body: z.string(),
  target: z.strictObject({ quote: textQuoteSelector, position: textPositionSelector }).optional(),
  layerId: id.optional(),
  color: z.string().max(50).optional(),
  tags: z.array(z.string()),
  private: z.boolean().optional(),
  createdAt: timestamp,
  updatedAt: timestamp,
  deletedAt: timestamp.optional(),
}) satisfies z.ZodType<Annotation>;

/** An ActionItem as stored. */
export const actionItemSchema = z.strictObject({
  id,
  itemId: id,
  title: z.string(),
  notes: z.string(),
  status: z.enum(actionStatuses),
  priority: z.enum(actionPriorities).optional(),
  owner: z.string().optional(),
  due: isoDate.optional(),
  tags: z.array(z.string()),
  sourceQuote: z.string().optional(),
  createdAt: timestamp,
  updatedAt: timestamp,
  completedAt: timestamp.optional(),
  deletedAt: timestamp.optional(),
}) satisfies z.ZodType<ActionItem>;

/** An ItemState as stored. */
export const itemStateSchema = z.strictObject({
  itemId: id,
  starred: z.boolean(),
  grade: z.enum(['must-see', 'worth it', 'skip']).optional(),
  attendance: z.enum(['attended', 'missed', 'watch the recording']).optional(),
  updatedAt: timestamp,
}) satisfies z.ZodType<ItemState>;

/** Turns a zod error into one line that says where: `actions[3].status: Invalid option…`. */
export function describeSchemaError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'the data has the wrong shape';
  const path = issue.path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`))
    .join('');
  return path ? `${path}: ${issue.message}` : issue.message;
}

// Compile-time checks: a field added to a record type must be added to its schema too, or backups would refuse it.
type SameKeys<A, B> = [Exclude<keyof A, keyof B>, Exclude<keyof B, keyof A>] extends [never, never] ? true : false;
const annotationKeysMatch: SameKeys<z.infer<typeof annotationSchema>, Annotation> = true;
const actionKeysMatch: SameKeys<z.infer<typeof actionItemSchema>, ActionItem> = true;
const itemStateKeysMatch: SameKeys<z.infer<typeof itemStateSchema>, ItemState> = true;
void [annotationKeysMatch, actionKeysMatch, itemStateKeysMatch];
