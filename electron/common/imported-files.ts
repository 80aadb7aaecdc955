// The kinds of file Debrief imports, by extension: what main accepts when the app is launched with
// a file, what the installers associate with the app, and what the open dialogs offer. Unit tests
// hold the dialogs' filters and electron-builder.yml to this list.

/** The extensions (lowercase, no dot) of each kind of file Debrief imports. */
export const importedExtensions = {
  recap: ['md', 'markdown', 'txt'],
  schedule: ['ics', 'json', 'xml'],
} as const;

/** A kind of file Debrief imports. */
export type ImportedKind = keyof typeof importedExtensions;

/** Every extension Debrief imports, recaps first. */
export const allImportedExtensions: readonly string[] = Object.values(importedExtensions).flat();

/** The extension of a file name or path, lowercase and without the dot; '' when it has none. */
export function extensionOf(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** What Debrief would make of a file by its name, or undefined when it imports no such file. */
export function importedKindOf(name: string): ImportedKind | undefined {
  const extension = extensionOf(name);
  return (Object.keys(importedExtensions) as ImportedKind[]).find((kind) =>
    (importedExtensions[kind] as readonly string[]).includes(extension),
  );
}

/** Whether a file is a recap Debrief imports, by its name (`.md`, `.markdown`, `.txt`). */
export function isRecapFile(name: string): boolean {
  return importedKindOf(name) === 'recap';
}

/** What the review says of a file in a picked folder that is not a recap. */
export const notARecapFile = 'not a recap file (.md, .markdown, .txt): skipped';

/**
 * Folders a walk of a notes folder never enters (besides hidden ones): the settings, history and
 * trash of the tools people keep notes with, not notes. Main's walk and a dropped folder's share it.
 */
export const skippedNoteFolders: ReadonlySet<string> = new Set([
  'node_modules',
  '.git',
  '.obsidian',
  '.logseq',
  '.trash',
  '.stfolder',
  '.stversions',
]);

/** How deep a walk of a notes folder goes. */
export const maxNoteFolderDepth = 8;

/** One sentence saying which files Debrief opens, for refusals. */
export function importedFilesSentence(): string {
  const list = (kind: ImportedKind) => importedExtensions[kind].map((extension) => `.${extension}`).join(', ');
  return `Debrief opens recaps (${list('recap')}) and conference schedules (${list('schedule')}).`;
}
