// Schemas of the library's records (what the user imported: schedules, recaps, their conferences,
// sessions and talks, and the links between them), for backups. They accept exactly the shapes in
// library-records.ts, with field paths in errors and limits on sizes, like user-record-schemas.ts.
import { z } from 'zod';
import { itemKinds, type Conference, type ContentProblem } from './domain';
import type {
  LibraryData,
  RecapLayer,
  RecapSource,
  StoredConference,
  StoredItem,
  StoredSchedule,
} from './library-records';
import { scheduleFormats } from './schedule-import/schedule';
import type { ScheduleLink } from './user-records';

const timestamp = z.iso.datetime({ offset: true, message: 'must be an ISO date-time' });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');
// Layer and own-item ids carry the recap's key, file and heading slugs: longer than a note's id.
const id = z.string().min(1).max(500);
const short = z.string().max(2_000);
// A recap file is at most 2 MB; a talk's text or a conference's overview cannot be longer.
const text = z.string().max(4 * 1024 * 1024);
const confidence = z.number().min(0).max(1);

const speakerSchema = z.strictObject({ name: short, org: short.optional() });
const problemSchema = z.strictObject({
  file: short,
  line: z.number().int().min(0).optional(),
  field: short.optional(),
  message: short,
}) satisfies z.ZodType<ContentProblem>;

/** A conference a schedule or recap brought, as stored. */
export const storedConferenceSchema = z.strictObject({
  id,
  name: short,
  location: short,
  // A recap's conference may have no dates yet.
  startDate: isoDate.or(z.literal('')),
  endDate: isoDate.or(z.literal('')),
  timezone: short,
  website: short.optional(),
  days: z.array(z.strictObject({ number: z.number().int(), date: isoDate, label: short, summary: text.optional() })),
  body: text,
  source: short,
  removedAt: timestamp.optional(),
}) satisfies z.ZodType<StoredConference>;

const sessionDetailsSchema = z.strictObject({
  scheduleId: id,
  key: short,
  subtitle: short.optional(),
  startsAt: timestamp,
  endsAt: timestamp,
  room: short.optional(),
  type: short.optional(),
  language: short.optional(),
  abstract: text.optional(),
  url: short.optional(),
  links: z.array(z.strictObject({ title: short, url: short })),
});

/** A schedule's session or a recap's own talk, as stored. */
export const storedItemSchema = z.strictObject({
  id,
  conferenceId: id,
  slug: short,
  kind: z.enum(itemKinds),
  title: short,
  day: z.number().int().optional(),
  date: isoDate.optional(),
  order: z.number().optional(),
  speakers: z.array(speakerSchema),
  track: short.optional(),
  tags: z.array(short),
  links: z.strictObject({ video: short.optional(), slides: short.optional(), schedule: short.optional() }),
  verdict: short.optional(),
  takeaways: z.array(text),
  body: text,
  source: short,
  session: sessionDetailsSchema.optional(),
  recapId: id.optional(),
  removed: z.union([z.literal(0), z.literal(1)]),
}) satisfies z.ZodType<StoredItem>;

/** A recap the user imported, as stored. */
export const recapSourceSchema = z.strictObject({
  id,
  title: short,
  author: short.optional(),
  conferenceId: id,
  files: z.array(short),
  intro: text,
  skipped: z.array(problemSchema),
  notes: z.array(short),
  importedAt: timestamp,
  updatedAt: timestamp,
  removedAt: timestamp.optional(),
}) satisfies z.ZodType<RecapSource>;

/** One recap's text on one talk, as stored. */
export const recapLayerSchema = z.strictObject({
  id,
  recapId: id,
  itemId: id,
  ownItem: z.boolean(),
  heading: short,
  file: short,
  line: z.number().int().min(0),
  body: text,
  link: z
    .strictObject({
      itemId: id,
      confidence,
      reason: short,
      status: z.enum(['suggested', 'confirmed', 'unlinked']),
    })
    .optional(),
  removed: z.union([z.literal(0), z.literal(1)]),
  updatedAt: timestamp,
}) satisfies z.ZodType<RecapLayer>;

/** An imported schedule, as stored. */
export const storedScheduleSchema = z.strictObject({
  id,
  conferenceId: id,
  title: short,
  format: z.enum(scheduleFormats),
  version: short.optional(),
  file: short,
  floatingTimeZone: short.optional(),
  sessionCount: z.number().int().min(0),
  skipped: z.array(problemSchema),
  importedAt: timestamp,
  updatedAt: timestamp,
}) satisfies z.ZodType<StoredSchedule>;

/** A recap talk's link to a schedule session, as stored. */
export const scheduleLinkSchema = z.strictObject({
  itemId: id,
  sessionId: id.optional(),
  confidence,
  reason: short,
  status: z.enum(['suggested', 'confirmed', 'unlinked']),
  updatedAt: timestamp,
}) satisfies z.ZodType<ScheduleLink>;

/** The library section of a backup. */
export const libraryDataSchema = z.strictObject({
  conferences: z.array(storedConferenceSchema),
  items: z.array(storedItemSchema),
  recaps: z.array(recapSourceSchema),
  recapLayers: z.array(recapLayerSchema),
  schedules: z.array(storedScheduleSchema),
  scheduleLinks: z.array(scheduleLinkSchema),
}) satisfies z.ZodType<LibraryData>;

// Compile-time checks: a field added to a record type must be added to its schema too, or backups would refuse it.
type SameKeys<A, B> = [Exclude<keyof A, keyof B>, Exclude<keyof B, keyof A>] extends [never, never] ? true : false;
const keysMatch: [
  SameKeys<z.infer<typeof storedConferenceSchema>, StoredConference>,
  SameKeys<z.infer<typeof storedConferenceSchema>, Conference & { removedAt?: string }>,
  SameKeys<z.infer<typeof storedItemSchema>, StoredItem>,
  SameKeys<z.infer<typeof sessionDetailsSchema>, NonNullable<StoredItem['session']>>,
  SameKeys<z.infer<typeof recapSourceSchema>, RecapSource>,
  SameKeys<z.infer<typeof recapLayerSchema>, RecapLayer>,
  SameKeys<z.infer<typeof storedScheduleSchema>, StoredSchedule>,
  SameKeys<z.infer<typeof scheduleLinkSchema>, ScheduleLink>,
  SameKeys<z.infer<typeof libraryDataSchema>, LibraryData>,
] = [true, true, true, true, true, true, true, true, true];
void keysMatch;
