// The one contract between the renderer and the main process. Every message is declared here
// first: its name, the schema its arguments must pass, and (in DebriefApi) its result type.
// Main implements it, preload exposes it as `window.debrief`, the renderer calls it.
import { z } from 'zod';
import { maxBackupLength } from './backup-format';
import type { ContentBundle } from './domain';
import type { EventName, MessageName } from './ipc-messages';

export { channelPrefix, eventNames, messageNames, type EventName, type MessageName } from './ipc-messages';

/** Largest text a renderer may hand main to write (an export of every action item fits easily). */
export const maxFileTextLength = 64 * 1024 * 1024;

const fileFilter = z.strictObject({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^[a-z0-9]{1,10}$/i))
    .min(1)
    .max(10),
});

/** A bare file name (no folders), as the save dialogs and the notes-app export take. */
const bareFileName = z
  .string()
  .min(1)
  .max(200)
  .refine((name) => !/[/\\]/.test(name) && name !== '..' && name !== '.', 'must be a file name without folders');

/** A request to save text to a file the user picks. */
export const saveFileRequest = z.strictObject({
  title: z.string().min(1).max(200),
  /** A bare file name (no folders): the dialog decides where. */
  suggestedName: bareFileName,
  filters: z.array(fileFilter).min(1).max(10),
  text: z.string().max(maxFileTextLength),
});
export type SaveFileRequest = z.infer<typeof saveFileRequest>;

/** A request to print a self-contained HTML page (a trip report) to a PDF file the user picks. */
export const savePdfRequest = z.strictObject({
  title: z.string().min(1).max(200),
  suggestedName: bareFileName.refine((name) => name.toLowerCase().endsWith('.pdf'), 'must end in .pdf'),
  html: z.string().max(maxFileTextLength),
});
export type SavePdfRequest = z.infer<typeof savePdfRequest>;

/** Largest Markdown file of a notes-app export (one talk with every note and highlight on it). */
export const maxNotesFileLength = 4 * 1024 * 1024;

/** One talk's file of a notes-app export. */
export const notesFolderFile = z.strictObject({
  /** The item's id, also written as `debrief-id` in the file's front matter: how a later export finds the file. */
  debriefId: z.string().min(1).max(300),
  /** The file name to use when the folder has no file of this talk yet. */
  fileName: bareFileName.refine((name) => name.toLowerCase().endsWith('.md'), 'must end in .md'),
  /** The whole file: YAML front matter (`---` lines, with `debrief-id`) and then Markdown. */
  text: z.string().max(maxNotesFileLength),
});
export type NotesFolderFile = z.infer<typeof notesFolderFile>;

/** A request to write one Markdown file per talk into a folder the user picks (an Obsidian or Logseq vault). */
export const exportNotesFolderRequest = z.strictObject({
  title: z.string().min(1).max(200),
  /** The folder's name to suggest (the shell, which has no dialog, uses it under Downloads). */
  suggestedFolderName: bareFileName,
  files: z
    .array(notesFolderFile)
    .max(20_000)
    .refine(
      (files) => files.reduce((total, file) => total + file.text.length, 0) <= maxFileTextLength,
      'the files together are too large',
    )
    .refine(
      (files) => new Set(files.map((file) => file.debriefId)).size === files.length,
      'two files have one debriefId',
    ),
});
export type ExportNotesFolderRequest = z.infer<typeof exportNotesFolderRequest>;

/** What a notes-app export did in the folder: file names are relative to it. */
export interface NotesFolderExport {
  folder: string;
  /** Files it created. */
  created: string[];
  /** Files it wrote before and rewrote now because the talk's text changed. */
  updated: string[];
  /** Files it wrote before whose text is still the same: left as they are. */
  unchanged: number;
  /** Files it wrote before that someone edited since: left as they are, with the reason. */
  leftAlone: { file: string; reason: string }[];
}

/** A request to let the user pick a text file to read. */
export const openFileRequest = z.strictObject({
  title: z.string().min(1).max(200),
  filters: z.array(fileFilter).min(1).max(10),
});
export type OpenFileRequest = z.infer<typeof openFileRequest>;

/** A request to let the user pick recap files: several files at once, or a whole folder. */
export const openRecapFilesRequest = z.strictObject({
  title: z.string().min(1).max(200),
  /** Pick a folder (every recap file in it and its subfolders) instead of files. */
  folder: z.boolean(),
});
export type OpenRecapFilesRequest = z.infer<typeof openRecapFilesRequest>;

/**
 * One file of a pick: its path relative to the folder picked (or its bare name), and its bytes, or
 * why it was not read (not a recap file, too large, unreadable): the review lists those as skipped.
 */
export interface PickedRecapFile {
  path: string;
  bytes?: Uint8Array;
  problem?: string;
}

/** The recap files the user picked, and the folder's name when they picked a folder. */
export interface PickedRecapFiles {
  folder?: string;
  files: PickedRecapFile[];
}

/** A file the user picked: its name (no folders) and its raw bytes, for the renderer to decode and check. */
export interface OpenedFile {
  name: string;
  bytes: Uint8Array;
}

/** What the app is and where it keeps things, for the About box and diagnostics. */
export interface AppInfo {
  name: string;
  version: string;
  /** 'electron' inside the desktop app; 'chromium' in the Chromium shell and the end-to-end tests. */
  shell: 'electron' | 'chromium';
  /**
   * Whether main can show open dialogs. The Chromium shell cannot: there the renderer uses the
   * page's own file chooser (`<input type=file>`) instead.
   */
  openDialogs: boolean;
}

/** Longest segment of a team log: 1,000 changes of a few KB each fit many times over. */
export const maxTeamSegmentLength = 16 * 1024 * 1024;
/** The most changes one segment of a team log holds; the next change starts the next segment. */
export const changesPerTeamSegment = 1_000;
/**
 * About how many characters of segments one readTeamFolder answer holds: a bigger folder comes in
 * pages, each taken in by the page within a frame or two.
 */
export const teamReadPageLength = 1_000_000;
/** Longest a readTeamFolder call waits for something new before it answers with nothing. */
export const maxTeamFolderWaitMs = 30_000;

/** A person's name as their teammates see it on their notes and action items. */
export const teammateName = z
  .string()
  .trim()
  .min(1, 'must not be empty: type the name your teammates know you by')
  .max(100, 'must be at most 100 characters');

/** A request to share this profile's records through a team folder. */
export const joinTeamFolderRequest = z.strictObject({
  /** An absolute path to the folder (one Syncthing, Dropbox, Nextcloud or Git keeps in sync). */
  folder: z.string().min(1).max(4096),
  name: teammateName,
});
export type JoinTeamFolderRequest = z.infer<typeof joinTeamFolderRequest>;

/** What readTeamFolder is asked: what the renderer already has, and how long to wait for more. */
export const readTeamFolderRequest = z.strictObject({
  /** The `version` of the last answer, or 0 for everything. */
  since: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  waitMs: z.number().int().min(0).max(maxTeamFolderWaitMs),
  /** Continues an answer that had `more`: the segments after this one (the last one it held). */
  after: z.string().min(1).max(1000).optional(),
});
export type ReadTeamFolderRequest = z.infer<typeof readTeamFolderRequest>;

/** A request to write one segment of this device's own log in the team folder. */
export const writeTeamSegmentRequest = z.strictObject({
  /** 1 for changes 1 to 1,000, 2 for 1,001 to 2,000… */
  segment: z.number().int().min(1).max(999_999_999),
  /** The whole segment: one JSON change a line, each ending in a newline. */
  text: z.string().max(maxTeamSegmentLength),
});
export type WriteTeamSegmentRequest = z.infer<typeof writeTeamSegmentRequest>;

/** Largest recap or schedule file shared through the team folder: the same limit as opening one. */
export const maxSharedImportBytes = 64 * 1024 * 1024;

/** A recap or schedule file the user imported, to share with the team as it was. */
export const shareTeamImportRequest = z.strictObject({
  name: bareFileName.refine(
    (name) => /\.(md|markdown|txt|ics|json|xml)$/i.test(name),
    'must be a recap or schedule file',
  ),
  bytes: z
    .custom<Uint8Array>((value) => value instanceof Uint8Array, 'must be the file’s bytes')
    .refine((bytes) => bytes.length <= maxSharedImportBytes, 'is larger than 64 MB'),
});
export type ShareTeamImportRequest = z.infer<typeof shareTeamImportRequest>;

/** A recap or schedule a teammate imported and shared, in their folder's `imports/`. */
export interface SharedImport {
  /** Relative to the team folder: "<device>/imports/<name>". */
  path: string;
  device: string;
  name: string;
  bytes: number;
  /** When the file was last changed, as the folder says (a sync tool keeps the sender's time). */
  modifiedAt: string;
}

/** Whether and where this profile shares through a team folder. */
export type TeamFolderStatus =
  | { joined: false; device: string }
  | {
      joined: true;
      /** This profile's device id: its folder in the team folder, made once and kept. */
      device: string;
      folder: string;
      name: string;
      /** Whether the folder could be read the last time main looked; `problem` says why not. */
      reachable: boolean;
      problem?: string;
      /** How main notices new files: file-system events, or polling on a network share. */
      watching: 'events' | 'polling';
    };

/** A teammate whose device has written to the team folder. */
export interface Teammate {
  device: string;
  name: string;
}

/** A file in the team folder that could not be read or was refused, with why. */
export interface TeamFolderProblem {
  /** Relative to the team folder, "/" between folders. */
  path: string;
  message: string;
}

/** What readTeamFolder found: the segments new or changed since the version asked for. */
export interface TeamFolderRead {
  /** Goes up whenever anything in the folder changes; pass it as `since` next time. */
  version: number;
  /** When true, `files` is every segment there is and anything held from before is to be forgotten. */
  reset: boolean;
  /**
   * Segments of other devices, and sync tools' conflict copies of anyone's (this device's own
   * plain segments are not sent back: the renderer keeps its own log), by path ("alice-laptop/3.jsonl").
   */
  files: { name: string; text: string }[];
  /** Segments gone since `since`. */
  removed: string[];
  /** More segments follow: ask again with the same `since` and `after` set to the last file's name. */
  more: boolean;
  teammates: Teammate[];
  problems: TeamFolderProblem[];
  status: TeamFolderStatus;
}

/** The argument schemas of every message, in order. */
export const messageArguments = {
  getAppInfo: z.tuple([]),
  loadContent: z.tuple([]),
  saveFile: z.tuple([saveFileRequest]),
  openFile: z.tuple([openFileRequest]),
  openRecapFiles: z.tuple([openRecapFilesRequest]),
  openExternal: z.tuple([z.string().max(4096)]),
  savePdf: z.tuple([savePdfRequest]),
  exportNotesFolder: z.tuple([exportNotesFolderRequest]),
  writeBackup: z.tuple([z.string().max(maxBackupLength)]),
  listBackups: z.tuple([]),
  readBackup: z.tuple([z.string().min(1).max(200)]),
  getTeamFolder: z.tuple([]),
  chooseTeamFolder: z.tuple([]),
  joinTeamFolder: z.tuple([joinTeamFolderRequest]),
  leaveTeamFolder: z.tuple([]),
  readTeamFolder: z.tuple([readTeamFolderRequest]),
  writeTeamSegment: z.tuple([writeTeamSegmentRequest]),
  shareTeamImport: z.tuple([shareTeamImportRequest]),
  listTeamImports: z.tuple([]),
  readTeamImport: z.tuple([z.string().min(1).max(1000)]),
} as const;

/** A backup snapshot in the user's data folder. */
export interface BackupSnapshot {
  /** The file name (never a path): what readBackup takes. */
  name: string;
  createdAt: string;
  bytes: number;
}

/** The API the renderer sees as `window.debrief`. */
export interface DebriefApi {
  getAppInfo(): Promise<AppInfo>;
  /** The bundled recap content, parsed and validated, with its hash and any problems found. */
  loadContent(): Promise<ContentBundle>;
  /** Shows a save dialog and writes the text atomically. Resolves to the path written, or null when cancelled. */
  saveFile(request: SaveFileRequest): Promise<string | null>;
  /** Shows an open dialog. Resolves to the file picked, or null when cancelled. */
  openFile(request: OpenFileRequest): Promise<OpenedFile | null>;
  /** Shows an open dialog for recap files or a recap folder. Resolves to what was picked, or null when cancelled. */
  openRecapFiles(request: OpenRecapFilesRequest): Promise<PickedRecapFiles | null>;
  /** Opens an http(s) link the user clicked in their browser. */
  openExternal(url: string): Promise<void>;
  /**
   * Shows a save dialog, prints the HTML page to PDF (scripts off, no request leaves it) and writes
   * the PDF atomically. Resolves to the path written, or null when cancelled.
   */
  savePdf(request: SavePdfRequest): Promise<string | null>;
  /**
   * Asks for a folder and writes one Markdown file per talk into it, atomically each. A file it
   * wrote before (found by `debrief-id`, wherever it was moved in the folder) is updated when the
   * talk changed and left alone when someone edited it since; a file it did not write is never
   * touched. Resolves to what it did, or null when cancelled.
   */
  exportNotesFolder(request: ExportNotesFolderRequest): Promise<NotesFolderExport | null>;
  /** Writes a backup snapshot (checked first) to the user's data folder atomically, then rotates old ones. */
  writeBackup(text: string): Promise<BackupSnapshot>;
  /** The snapshots in the user's data folder, newest first. */
  listBackups(): Promise<BackupSnapshot[]>;
  /** A snapshot's text, by its name. */
  readBackup(name: string): Promise<string>;
  /** Whether this profile shares through a team folder, and this device's id. */
  getTeamFolder(): Promise<TeamFolderStatus>;
  /** Shows a folder dialog for the team folder; null when cancelled. Throws where there is no dialog (the Chromium shell). */
  chooseTeamFolder(): Promise<string | null>;
  /**
   * Starts sharing through `folder` under `name`: creates this device's folder in it (with its
   * name) and watches the folder. The folder must exist. Joining again changes folder or name.
   */
  joinTeamFolder(request: JoinTeamFolderRequest): Promise<TeamFolderStatus>;
  /** Stops sharing and watching. Nothing is deleted, here or in the folder. */
  leaveTeamFolder(): Promise<TeamFolderStatus>;
  /**
   * The team folder's segments new or changed since `since`; waits up to `waitMs` for a change
   * when there is none yet. Unjoined, it answers at once with no files.
   */
  readTeamFolder(request: ReadTeamFolderRequest): Promise<TeamFolderRead>;
  /** Writes one segment of this device's own log atomically (temp file, then rename). */
  writeTeamSegment(request: WriteTeamSegmentRequest): Promise<void>;
  /** Copies a recap or schedule file the user imported into this device's `imports/` in the team folder, atomically. */
  shareTeamImport(request: ShareTeamImportRequest): Promise<void>;
  /** The recaps and schedules teammates shared (this device's own left out), newest first. */
  listTeamImports(): Promise<SharedImport[]>;
  /** One shared file's bytes, by the path listTeamImports gave, for the usual import review. */
  readTeamImport(path: string): Promise<OpenedFile>;
}

// Compile-time checks that the schemas, the API and the list of names all name the same messages.
type SameKeys<A, B> = [Exclude<A, B>, Exclude<B, A>] extends [never, never] ? true : false;
const schemasMatchApi: SameKeys<keyof typeof messageArguments, keyof DebriefApi> = true;
const namesMatchApi: SameKeys<MessageName, keyof DebriefApi> = true;
void schemasMatchApi;
void namesMatchApi;

/** Whether a string names a message of the contract (used on every incoming channel). */
export function isMessageName(name: unknown): name is MessageName {
  return typeof name === 'string' && Object.hasOwn(messageArguments, name);
}

/** Checks a message's arguments against its schema; throws an error that names the message and the field. */
export function parseMessageArguments<Name extends MessageName>(
  name: Name,
  args: unknown,
): Parameters<DebriefApi[Name]> {
  if (!Array.isArray(args)) throw new Error(`${name}: arguments must be a list`);
  const result = messageArguments[name].safeParse(args);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? ` (argument ${issue.path.join('.')})` : '';
    throw new Error(`${name}: invalid arguments${where}: ${issue?.message ?? 'rejected'}`);
  }
  return result.data as Parameters<DebriefApi[Name]>;
}

/** Calls the handler of a message after checking its name and arguments: the one path every call takes. */
export async function dispatchMessage(handlers: DebriefApi, name: unknown, args: unknown): Promise<unknown> {
  if (!isMessageName(name)) throw new Error(`unknown message ${JSON.stringify(String(name)).slice(0, 80)}`);
  const parsed = parseMessageArguments(name, args);
  const handler = handlers[name] as (...values: unknown[]) => Promise<unknown>;
  return handler.apply(handlers, parsed);
}

/** What each event main sends the renderer carries. */
export interface DebriefEvents {
  /** A native menu item was chosen: run the renderer's command of this id (the palette's ids). */
  runCommand: { commandId: string };
  /** A file the user opened Debrief with (file manager, dock icon, command line), already read by main. */
  openUserFile: OpenedFile;
}

/** The payload schemas of every event; the renderer checks what arrives before acting on it. */
export const eventPayloads = {
  runCommand: z.strictObject({
    commandId: z
      .string()
      .regex(/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/i)
      .max(100),
  }),
  openUserFile: z.strictObject({ name: z.string().min(1).max(255), bytes: z.instanceof(Uint8Array) }),
} as const;

/** Subscribes to an event main sends; returns the function that unsubscribes. */
export type EventSubscriber = <Name extends EventName>(
  name: Name,
  listener: (payload: DebriefEvents[Name]) => void,
) => () => void;

/** `window.debrief` as preload and the Chromium shell expose it: the messages, and `on` for the events. */
export interface DebriefBridge extends DebriefApi {
  on: EventSubscriber;
}

const eventsMatchPayloads: SameKeys<keyof typeof eventPayloads, keyof DebriefEvents> = true;
const eventNamesMatchPayloads: SameKeys<EventName, keyof DebriefEvents> = true;
// Events and messages share the `debrief:` prefix, so a name used by both would cross the wires.
const eventsAreNotMessages: [Extract<EventName, MessageName>] extends [never] ? true : false = true;
void eventsMatchPayloads;
void eventNamesMatchPayloads;
void eventsAreNotMessages;

/** Checks an event's payload; throws an error that names the event and the field. */
export function parseEventPayload<Name extends EventName>(name: Name, payload: unknown): DebriefEvents[Name] {
  const result = eventPayloads[name].safeParse(payload);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? ` (field ${issue.path.join('.')})` : '';
    throw new Error(`${name}: invalid event${where}: ${issue?.message ?? 'rejected'}`);
  }
  return result.data as DebriefEvents[Name];
}
