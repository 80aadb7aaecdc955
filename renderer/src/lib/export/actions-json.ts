// Action items as JSON: lossless (every field of every ActionItem, as stored), versioned, and
// re-importable by parseActionsJson, which refuses a damaged, foreign or newer file with a reason
// that names the field and the index. Reading changes nothing; import-preview.ts says what an
// import would do and the caller writes it to the database.
import { z } from 'zod';
import { actionItemSchema } from '../../../../electron/common/user-record-schemas';
import type { ActionItem } from '../../../../electron/common/user-records';
import type { ExportContext, ExportableAction, ExportTalk } from './exportable-action';

/** What every action export says it is. */
export const actionsFormatName = 'debrief-actions';
/** The newest version of the action export this build writes and reads. */
export const actionsFormatVersion = 1;
/** Largest file read, in characters, checked before JSON.parse so a huge file cannot stall the window. */
export const maxActionsJsonLength = 50 * 1024 * 1024;

/** An action export file's contents. */
export interface ActionsFile {
  format: typeof actionsFormatName;
  version: number;
  exportedAt: string;
  appVersion: string;
  actions: ActionItem[];
  /** The talks the actions belong to, once each, so the file makes sense without the recap. */
  items: ExportTalk[];
}

/** The outcome of reading an action export: its actions and talks, or why it cannot be used. */
export type ActionsReading =
  | { ok: true; actions: ActionItem[]; items: ExportTalk[]; exportedAt: string; appVersion: string }
  | { ok: false; error: string };

/** Writes action items as versioned, lossless JSON, with the talks they belong to listed once each. */
export function exportActionsAsJson(actions: readonly ExportableAction[], context: ExportContext): string {
  const items = new Map<string, ExportTalk>();
  for (const { item } of actions) if (!items.has(item.id)) items.set(item.id, item);
  const file: ActionsFile = {
    format: actionsFormatName,
    version: actionsFormatVersion,
    exportedAt: context.exportedAt.toISOString(),
    appVersion: context.appVersion,
    actions: actions.map(({ action }) => action),
    items: [...items.values()],
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const talkSchema = z.strictObject({
  id: z.string().min(1).max(200),
  title: z.string(),
  conferenceName: z.string(),
  dayLabel: z.string().optional(),
  url: z.string().optional(),
  removed: z.boolean().optional(),
}) satisfies z.ZodType<ExportTalk>;

const fileSchema = z.object({
  format: z.literal(actionsFormatName),
  version: z.literal(actionsFormatVersion),
  exportedAt: z.iso.datetime({ offset: true, message: 'must be an ISO date-time' }),
  appVersion: z.string(),
  actions: z.array(actionItemSchema),
  items: z.array(talkSchema),
});

/** One zod issue as "actions[3].status: …"; a field absent from `root` is called missing, whatever its type. */
function describeIssue(issue: z.core.$ZodIssue, root: unknown): string {
  const path = issue.path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`))
    .join('');
  const message = isMissing(root, issue.path) ? 'is missing' : issue.message;
  return path ? `${path}: ${message}` : message;
}

/** Whether the last key of `path` is absent from its parent in `root` (the parent itself being there). */
function isMissing(root: unknown, path: readonly PropertyKey[]): boolean {
  if (path.length === 0) return false;
  let parent: unknown = root;
  for (const part of path.slice(0, -1)) {
    if (typeof parent !== 'object' || parent === null) return false;
    parent = (parent as Record<PropertyKey, unknown>)[part];
  }
  return typeof parent === 'object' && parent !== null && !Object.hasOwn(parent, path.at(-1)!);
}

function sizeInMegabytes(length: number): string {
  return `${(length / 1048576).toFixed(1)} MB`;
}

/** Reads and checks an action export; every failure says what is wrong and where, and nothing is changed. */
export function parseActionsJson(text: string): ActionsReading {
  if (text.length > maxActionsJsonLength) {
    return {
      ok: false,
      error: `the file is ${sizeInMegabytes(text.length)}; action exports over ${sizeInMegabytes(maxActionsJsonLength)} are refused`,
    };
  }
  // Editors on Windows like to save JSON with a byte order mark, which JSON.parse refuses.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, error: 'the file is empty' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (error) {
    return { ok: false, error: `the file is not JSON: ${(error as Error).message}` };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return {
      ok: false,
      error: `this is not a Debrief action export: it holds ${describeValue(parsed)}, not an object`,
    };
  }
  const { format, version } = parsed as { format?: unknown; version?: unknown };
  if (format === 'debrief-backup') {
    return { ok: false, error: 'this is a Debrief backup, not an action export: restore it from Backups instead' };
  }
  if (format !== actionsFormatName) {
    return {
      ok: false,
      error: `this is not a Debrief action export: "format" is ${describeValue(format)}, not "${actionsFormatName}"`,
    };
  }
  if (version === undefined) return { ok: false, error: 'version: is missing' };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: `version: must be a whole number from 1, found ${describeValue(version)}` };
  }
  if (version > actionsFormatVersion) {
    return {
      ok: false,
      error: `this file was made by a newer Debrief (action export version ${version}; this one reads up to ${actionsFormatVersion}): update Debrief to import it`,
    };
  }
  const result = fileSchema.safeParse(parsed);
  if (!result.success) {
    const issue = result.error.issues[0];
    return { ok: false, error: issue ? describeIssue(issue, parsed) : 'the file has the wrong shape' };
  }
  const firstIndexOfId = new Map<string, number>();
  for (const [index, action] of result.data.actions.entries()) {
    const earlier = firstIndexOfId.get(action.id);
    if (earlier !== undefined) {
      return {
        ok: false,
        error: `actions[${index}].id: "${action.id}" is used twice (also by actions[${earlier}]); each action needs its own id`,
      };
    }
    firstIndexOfId.set(action.id, index);
  }
  const { actions, items, exportedAt, appVersion } = result.data;
  return { ok: true, actions, items, exportedAt, appVersion };
}

/** A short, safe description of a JSON value for an error message. */
function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}
