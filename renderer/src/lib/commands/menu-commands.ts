// The renderer's side of the events main sends: a native menu item runs the command of its id
// from the same list the palette and the keyboard use, and a file the user opened Debrief with
// goes through the same door as a dropped one.
import { parseEventPayload, type DebriefBridge, type DebriefEvents } from '../../../../electron/common/ipc-contract';
import { openUserFile } from '../imports/open-user-file';
import type { Command } from './command-registry';

/** What listening needs besides the commands; the defaults are the app's own. */
export interface MenuCommandOptions {
  /** Tells the user, politely, why a command did nothing. */
  explain: (message: string) => void;
  /** Imports a file the user opened Debrief with. */
  open?: (name: string, bytes: Uint8Array) => Promise<void>;
  /** The shell's bridge; `window.debrief` unless a test passes its own. */
  bridge?: Partial<Pick<DebriefBridge, 'on'>>;
}

/** Runs the command a menu item names; an id the list lacks, or an open dialog, is explained instead. */
export function runMenuCommand(
  commands: readonly Command[],
  payload: unknown,
  explain: (message: string) => void,
): void {
  let commandId: string;
  try {
    commandId = parseEventPayload('runCommand', payload).commandId;
  } catch (error) {
    explain(`The menu asked for something Debrief does not understand (${(error as Error).message}).`);
    return;
  }
  const command = commands.find((candidate) => candidate.id === commandId);
  if (!command) {
    explain(`Unknown command “${commandId}”: this version of Debrief cannot do that yet. Nothing was changed.`);
    return;
  }
  // As with its shortcut: an open dialog owns the window until it is closed.
  if (document.querySelector('dialog[open]')) {
    explain(`Close the open dialog first, then choose “${command.title}” again.`);
    return;
  }
  void Promise.resolve()
    .then(() => command.run())
    .catch((error: unknown) => explain(`${command.title} failed: ${error instanceof Error ? error.message : error}`));
}

/** Imports a file main read for the user; a payload that is not a file is explained, never imported. */
export async function openFileFromMain(
  payload: unknown,
  open: (name: string, bytes: Uint8Array) => Promise<void>,
  explain: (message: string) => void,
): Promise<void> {
  let file: DebriefEvents['openUserFile'];
  try {
    file = parseEventPayload('openUserFile', payload);
  } catch (error) {
    explain(`A file could not be opened: ${(error as Error).message}. Nothing was changed.`);
    return;
  }
  try {
    await open(file.name, file.bytes);
  } catch (error) {
    explain(`${file.name} could not be opened: ${error instanceof Error ? error.message : error}.`);
  }
}

/** Starts acting on main's events; returns the function that stops. Without a shell bridge, does nothing. */
export function listenToMainProcess(commands: readonly Command[], options: MenuCommandOptions): () => void {
  const bridge = options.bridge ?? (window.debrief as Partial<DebriefBridge> | undefined);
  if (typeof bridge?.on !== 'function') return () => undefined;
  const open = options.open ?? openUserFile;
  // One file at a time, in the order they came: each import reads what the one before it saved.
  let opening = Promise.resolve();
  const stops = [
    bridge.on('runCommand', (payload) => runMenuCommand(commands, payload, options.explain)),
    bridge.on('openUserFile', (payload) => {
      opening = opening.then(() => openFileFromMain(payload, open, options.explain));
    }),
  ];
  return () => stops.forEach((stop) => stop());
}
