// Decides what a notes-app export does in the folder the user picked (an Obsidian or Logseq vault),
// before anything is written: which talk's file is created, which is updated, which is already as
// it should be, and which is left alone because someone edited it. The folder holds the user's own
// notes, so the rule is narrow: only a file Debrief wrote, and nobody changed since, is ever
// rewritten. Debrief recognises its files by `debrief-id` in the front matter and a stamp,
// `debrief-hash`, that it adds when it writes: the hash of the file without that line. No Node
// here: main reads and writes the folder and passes the hash function in.
import { isScalar, parseDocument } from 'yaml';
import type { NotesFolderExport, NotesFolderFile } from './ipc-contract';

/** A Markdown file found in the folder: its path relative to the folder (`/`-separated) and its text. */
export interface FolderNote {
  path: string;
  text: string;
}

/** What is in the folder now. */
export interface NotesFolderContents {
  /** The Markdown files that may be Debrief's (main may leave out files that clearly are not). */
  notes: readonly FolderNote[];
  /** The name of every entry directly in the folder, of any kind: a new file must take none of them. */
  takenNames: readonly string[];
}

/** Hex digest of a text; main passes SHA-256. */
export type HashText = (text: string) => string;

/** One file to write: where (relative to the folder), the stamped text, and the text it must still have. */
export interface NotesFolderWrite {
  path: string;
  text: string;
  /** The file's text when the plan read it (an update), or undefined when the file must not exist yet (a create). */
  replacing: string | undefined;
}

/** What the export will write, and the summary it reports (without the folder, which main knows). */
export interface NotesFolderPlan {
  writes: NotesFolderWrite[];
  summary: Omit<NotesFolderExport, 'folder'>;
}

/** Why a Debrief file whose stamp no longer matches its text is not rewritten. */
export const editedSinceWritten = 'edited since Debrief wrote it: left as it is';

/** Longest file name a new file gets, without `.md`: well inside every system's 255. */
export const maxNoteNameLength = 120;

/** The front matter key that names the talk a file is of. */
const idKey = 'debrief-id';
/** The front matter key of the stamp Debrief adds when it writes a file. */
const stampKey = 'debrief-hash';

const fence = /^---[ \t]*$/;
const stampLine = new RegExp(`^${stampKey}:[ \\t]*([0-9a-f]{8,128})[ \\t]*$`, 'i');

interface FrontMatter {
  /** The YAML between the fences. */
  yaml: string;
  /** Where the closing fence's line starts: the stamp goes just before it. */
  closingAt: number;
  /** The line ending the file uses (from its opening fence). */
  eol: string;
  /** The first stamp line, with where it starts and ends (line ending included). */
  stamp?: { start: number; end: number; hash: string };
}

/** Finds the front matter at the very start of a text: a `---` line, YAML lines, a `---` line. */
function frontMatterOf(text: string): FrontMatter | undefined {
  const opening = /^---[ \t]*(\r?\n)/.exec(text);
  if (!opening) return undefined;
  const eol = opening[1]!;
  const yamlLines: string[] = [];
  let stamp: FrontMatter['stamp'];
  for (let start = opening[0].length; start < text.length;) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline + 1;
    const line = text.slice(start, end).replace(/\r?\n$/, '');
    if (fence.test(line)) return { yaml: yamlLines.join('\n'), closingAt: start, eol, ...(stamp ? { stamp } : {}) };
    const match = stampLine.exec(line);
    if (match && !stamp) stamp = { start, end, hash: match[1]!.toLowerCase() };
    yamlLines.push(line);
    start = end;
  }
  return undefined;
}

/** The `debrief-id` a front matter declares, as written; undefined when it declares none or is not valid YAML. */
function debriefIdIn(frontMatter: FrontMatter): string | undefined {
  // A file without the key is not Debrief's: no need to parse someone's YAML at all.
  if (!frontMatter.yaml.includes(idKey)) return undefined;
  const document = parseDocument(frontMatter.yaml, { uniqueKeys: true, prettyErrors: false, logLevel: 'silent' });
  if (document.errors.length > 0) return undefined;
  const node = document.get(idKey, true);
  if (!isScalar(node)) return undefined;
  // As written, so an id that looks like a number (`debrief-id: 2022`) is still the text it was.
  if (typeof node.value === 'string') return node.value;
  return node.source;
}

/** A file's text with the stamp Debrief adds when it writes it: `debrief-hash: <hash>` as the front matter's last line. */
export function stampNote(text: string, hash: HashText): string {
  const frontMatter = frontMatterOf(text);
  if (!frontMatter) throw new Error('a notes file must start with front matter to be stamped');
  const { closingAt, eol } = frontMatter;
  return `${text.slice(0, closingAt)}${stampKey}: ${hash(text)}${eol}${text.slice(closingAt)}`;
}

/** What Debrief makes of a file in the folder. */
type Recognised = { kind: 'foreign' } | { kind: 'debrief'; debriefId: string; written: string; intact: boolean };

/** Whether a file is Debrief's (an id and a stamp), and if so what Debrief wrote and whether it is still that. */
export function recogniseNote(text: string, hash: HashText): Recognised {
  const frontMatter = frontMatterOf(text);
  const stamp = frontMatter?.stamp;
  if (!frontMatter || !stamp) return { kind: 'foreign' };
  const debriefId = debriefIdIn(frontMatter);
  if (debriefId === undefined) return { kind: 'foreign' };
  const written = text.slice(0, stamp.start) + text.slice(stamp.end);
  return { kind: 'debrief', debriefId, written, intact: hash(written).toLowerCase() === stamp.hash };
}

const reservedWindowsNames = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/** A stem cut to `length` code points (no character split in half), without the trailing dots and spaces Windows drops. */
function cutStem(stem: string, length: number): string {
  return Array.from(stem)
    .slice(0, length)
    .join('')
    .replace(/[. ]+$/, '');
}

/**
 * A file name safe on Windows, macOS and Linux, ending in `.md`: no folder separators or characters
 * Windows refuses, no control or text-direction characters (which can make a name read as another),
 * no leading dot (the walk skips hidden files), no trailing dot or space, not a reserved device
 * name, at most `maxNoteNameLength` characters before `.md`.
 */
export function safeNoteFileName(name: string): string {
  const stem = name
    .replace(/\.md$/i, '')
    // Tabs and line breaks (a title pasted in two lines) read as spaces, before control characters go.
    .replace(/\s+/g, ' ')
    .replace(/[<>:"/\\|?*\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/gu, '')
    .replace(/ {2,}/g, ' ')
    .replace(/^[. ]+/, '');
  let safe = cutStem(stem, maxNoteNameLength) || 'Untitled';
  if (reservedWindowsNames.test(safe)) safe = `${cutStem(safe, maxNoteNameLength - 1)}_`;
  return `${safe}.md`;
}

/** How two names compare on a case-insensitive, normalising file system (macOS, Windows). */
function nameKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

/** The wanted name, made safe, if no entry takes it, else "Name (2).md", "Name (3).md"…; takes the name it returns. */
export function freeNoteFileName(wanted: string, taken: Set<string>): string {
  const stem = safeNoteFileName(wanted).slice(0, -'.md'.length);
  for (let copy = 1; ; copy++) {
    // A long stem is cut to make room for the number, so the number always shows.
    const suffix = copy === 1 ? '' : ` (${copy})`;
    const name = `${suffix ? cutStem(stem, maxNoteNameLength - suffix.length) : stem}${suffix}.md`;
    if (!taken.has(nameKey(name))) {
      taken.add(nameKey(name));
      return name;
    }
  }
}

/** Checks a wanted file before anything is planned: it must name its talk, and must not stamp itself. */
function checkWanted(file: NotesFolderFile): void {
  const frontMatter = frontMatterOf(file.text);
  if (!frontMatter || debriefIdIn(frontMatter) !== file.debriefId) {
    throw new Error(`${file.fileName} must start with front matter that says ${idKey}: ${file.debriefId}`);
  }
  if (frontMatter.stamp) throw new Error(`${file.fileName} carries ${stampKey} itself: only main stamps a file`);
}

/** Plans the export of `wanted` into a folder that holds `contents`. Throws, before any write, on a wanted file it cannot trust. */
export function planNotesFolder(
  contents: NotesFolderContents,
  wanted: readonly NotesFolderFile[],
  hash: HashText,
): NotesFolderPlan {
  if (new Set(wanted.map((file) => file.debriefId)).size !== wanted.length) {
    throw new Error('two files have one debriefId');
  }
  wanted.forEach(checkWanted);

  // Debrief's files in the folder by talk, in path order, so the same folder always gives the same plan.
  const byId = new Map<string, { path: string; text: string; written: string; intact: boolean }[]>();
  for (const note of [...contents.notes].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const recognised = recogniseNote(note.text, hash);
    if (recognised.kind !== 'debrief') continue;
    const { debriefId, written, intact } = recognised;
    byId.set(debriefId, [...(byId.get(debriefId) ?? []), { path: note.path, text: note.text, written, intact }]);
  }

  const taken = new Set(contents.takenNames.map(nameKey));
  const plan: NotesFolderPlan = { writes: [], summary: { created: [], updated: [], unchanged: 0, leftAlone: [] } };
  const { writes, summary } = plan;
  for (const file of wanted) {
    const found = byId.get(file.debriefId) ?? [];
    // A copy of the file (the user duplicated it) may exist: one still as wanted, else one nobody edited.
    const same = found.find((note) => note.written === file.text);
    const intact = found.find((note) => note.intact);
    if (same) {
      summary.unchanged++;
    } else if (intact) {
      writes.push({ path: intact.path, text: stampNote(file.text, hash), replacing: intact.text });
      summary.updated.push(intact.path);
    } else if (found[0]) {
      summary.leftAlone.push({ file: found[0].path, reason: editedSinceWritten });
    } else {
      const path = freeNoteFileName(file.fileName, taken);
      writes.push({ path, text: stampNote(file.text, hash), replacing: undefined });
      summary.created.push(path);
    }
  }
  return plan;
}
