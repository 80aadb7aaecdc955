// The backup file: every record the user made, versioned and checksummed, so a damaged or foreign
// file is refused with a reason before anything changes. Also the "export everything" format.
// Version 2 adds the library (what the user imported); version 1 files, without it, still read.
import { z } from 'zod';
import { damagedRecordSchema, type DamagedRecord } from './damaged-records';
import { libraryDataSchema } from './library-record-schemas';
import type { LibraryData } from './library-records';
import { actionItemSchema, annotationSchema, describeSchemaError, itemStateSchema } from './user-record-schemas';
import type { ActionItem, Annotation, ItemState } from './user-records';

/** What every backup file says it is. */
export const backupFormatName = 'debrief-backup';
/** The newest backup version this build reads and writes. */
export const backupVersion = 2;
/** Largest backup the app reads (10,000 notes of 100 KB each would not fit in memory twice anyway). */
export const maxBackupLength = 512 * 1024 * 1024;

/** All of the user's own data. */
export interface BackupData {
  annotations: Annotation[];
  actions: ActionItem[];
  itemStates: ItemState[];
  /** Settings as key/value pairs (meta records whose key starts with `setting:`). */
  settings: { key: string; value: unknown }[];
  /** Records the database held that do not have their type's shape, carried as stored; restore leaves them out. */
  damaged?: DamagedRecord[];
  /**
   * What the user imported: schedules, recaps, the conferences they brought, their sessions and
   * talks, and the links. Absent in version 1 backups; then a restore leaves the library as it is.
   */
  library?: LibraryData;
}

/** A backup file's contents. */
export interface BackupFile {
  format: typeof backupFormatName;
  version: number;
  createdAt: string;
  appVersion: string;
  /** SHA-256 (hex) of JSON.stringify(data), to detect damage. */
  checksum: string;
  data: BackupData;
}

const backupDataSchema = z.strictObject({
  annotations: z.array(annotationSchema),
  actions: z.array(actionItemSchema),
  itemStates: z.array(itemStateSchema),
  settings: z.array(z.strictObject({ key: z.string().startsWith('setting:'), value: z.unknown() })),
  damaged: z.array(damagedRecordSchema).optional(),
  library: libraryDataSchema.optional(),
});

const envelopeSchema = z.object({
  format: z.literal(backupFormatName),
  version: z.number().int().min(1),
  createdAt: z.string(),
  appVersion: z.string(),
  checksum: z.string().regex(/^[0-9a-f]{64}$/),
  data: z.unknown(),
});

/** The outcome of reading a backup: the backup, or why it cannot be used. */
export type BackupReading = { ok: true; backup: BackupFile } | { ok: false; error: string };

/** SHA-256 of a text, hex; WebCrypto exists in the renderer and in Node. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Writes a backup file's text. */
export async function createBackupText(data: BackupData, createdAt: Date, appVersion: string): Promise<string> {
  const payload = JSON.stringify(data);
  const header = {
    format: backupFormatName,
    version: backupVersion,
    createdAt: createdAt.toISOString(),
    appVersion,
    checksum: await sha256Hex(payload),
  };
  // `data` last, written from the same string the checksum was taken of.
  return `${JSON.stringify(header).slice(0, -1)},"data":${payload}}`;
}

/** Reads and checks a backup file's text; every failure says what is wrong and nothing is changed. */
export async function readBackupText(text: string): Promise<BackupReading> {
  if (text.length > maxBackupLength) {
    return {
      ok: false,
      error: `the file is ${(text.length / 1048576).toFixed(0)} MB; backups over 512 MB are refused`,
    };
  }
  if (text.trim() === '') return { ok: false, error: 'the file is empty' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    // A file cut off while being written or copied starts like an object but never closes it.
    const trimmed = text.trim();
    const truncated =
      /end of (JSON )?input|Unexpected end/i.test((error as Error).message) ||
      (trimmed.startsWith('{') && !trimmed.endsWith('}'));
    return {
      ok: false,
      error: truncated
        ? 'the file ends early: it was cut off (truncated) while being written or copied'
        : `the file is not JSON: ${(error as Error).message}`,
    };
  }
  const envelope = envelopeSchema.safeParse(parsed);
  if (!envelope.success) {
    const format = (parsed as { format?: unknown } | null)?.format;
    if (format !== backupFormatName)
      return { ok: false, error: 'this is not a Debrief backup (no "format": "debrief-backup")' };
    return { ok: false, error: `the backup's header is damaged: ${describeSchemaError(envelope.error)}` };
  }
  if (envelope.data.version > backupVersion) {
    return {
      ok: false,
      error: `this backup was made by a newer Debrief (backup version ${envelope.data.version}; this one reads up to ${backupVersion}): update Debrief to restore it`,
    };
  }
  let payload: string;
  try {
    payload = JSON.stringify(envelope.data.data);
  } catch {
    // JSON.parse reads any depth, but stringify recurses: thousands of nested lists overflow the stack.
    return { ok: false, error: "the backup's data is nested too deeply to be records Debrief wrote" };
  }
  if ((await sha256Hex(payload)) !== envelope.data.checksum) {
    return { ok: false, error: 'the checksum does not match: the file was changed or damaged after it was written' };
  }
  const data = backupDataSchema.safeParse(envelope.data.data);
  if (!data.success)
    return { ok: false, error: `the backup's records have the wrong shape: data.${describeSchemaError(data.error)}` };
  return { ok: true, backup: { ...envelope.data, format: backupFormatName, data: data.data } };
}
