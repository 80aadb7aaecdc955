// Remembers where the window was, so it opens there next time.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomically } from './atomic-file';

/** The window's bounds and whether it was maximised. */
export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

const defaultState: WindowState = { width: 1280, height: 820, maximized: false };

function stateFile(userDataDir: string): string {
  return join(userDataDir, 'window-state.json');
}

/** Reads the saved state, falling back to defaults when it is missing or damaged. */
export async function readWindowState(userDataDir: string): Promise<WindowState> {
  try {
    const saved = JSON.parse(await readFile(stateFile(userDataDir), 'utf8')) as Partial<WindowState>;
    const number = (value: unknown): number | undefined =>
      typeof value === 'number' && Number.isFinite(value) ? Math.round(value) : undefined;
    return {
      x: number(saved.x),
      y: number(saved.y),
      width: Math.max(640, number(saved.width) ?? defaultState.width),
      height: Math.max(480, number(saved.height) ?? defaultState.height),
      maximized: saved.maximized === true,
    };
  } catch {
    return { ...defaultState };
  }
}

/** Saves the state atomically. */
export function writeWindowState(userDataDir: string, state: WindowState): Promise<void> {
  return writeFileAtomically(stateFile(userDataDir), JSON.stringify(state));
}
