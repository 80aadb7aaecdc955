// Files the user opens Debrief with: on macOS through `open-file` (a double click in the Finder, a
// drop on the dock icon), elsewhere as paths on the command line of the first launch or of a second
// launch the single-instance lock turns away. Each is read with the open dialog's checks and handed
// to the renderer, which imports it as if it had been picked in the dialog. No Electron in here.
import { isAbsolute, resolve } from 'node:path';
import { importedFilesSentence, importedKindOf } from '../common/imported-files';
import type { OpenedFile } from '../common/ipc-contract';
import { maxOpenedFileBytes } from './handlers';
import { readPickedFile } from './picked-file';

/**
 * The files to import among a command line's arguments, as absolute paths. The first argument is
 * the executable; a development run adds the app's folder, and Chromium may move switches and
 * their values around (electron/electron#20322). So rather than count positions, this keeps only
 * arguments that are not switches and name a file of a kind Debrief imports.
 */
export function importedFilePaths(argv: readonly string[], workingDirectory: string): string[] {
  return argv
    .slice(1)
    .filter((argument) => argument !== '' && !argument.startsWith('-') && importedKindOf(argument) !== undefined)
    .map((argument) => (isAbsolute(argument) ? argument : resolve(workingDirectory, argument)));
}

/** What OpenedFiles needs: where the files go, and how to tell the user one was refused. */
export interface OpenedFileOutlets {
  /** Hands a file that was read to the renderer. */
  deliver(file: OpenedFile): void;
  /** Tells the user why a file was not opened. */
  refuse(message: string): void;
  /** Reads a file; defaults to the open dialog's reader and limit. */
  read?(path: string): Promise<OpenedFile>;
}

/** Reads the files the user opened Debrief with, one after the other, in the order they came. */
export class OpenedFiles {
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly outlets: OpenedFileOutlets) {}

  /** Opens files; resolves when these and every file before them were delivered or refused. */
  open(paths: readonly string[]): Promise<void> {
    for (const path of paths) this.queue = this.queue.then(() => this.openOne(path));
    return this.queue;
  }

  private async openOne(path: string): Promise<void> {
    const name = path.split(/[/\\]/).pop() ?? path;
    if (importedKindOf(path) === undefined) {
      this.outlets.refuse(`${name} is not a file Debrief imports. ${importedFilesSentence()} Nothing was changed.`);
      return;
    }
    const read = this.outlets.read ?? ((file: string) => readPickedFile(file, maxOpenedFileBytes));
    try {
      this.outlets.deliver(await read(path));
    } catch (error) {
      this.outlets.refuse(`${error instanceof Error ? error.message : String(error)}. Nothing was changed.`);
    }
  }
}
