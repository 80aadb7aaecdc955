// Bad-input corpus for the window-state file main reads at start: it only says where the window
// was, so any bad version gives the default window, never a throw that would stop the app opening.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readWindowState } from '../../../electron/main/window-state';
import { badVersionsOf, hugeText } from './bad-inputs';

const defaults = { width: 1280, height: 820, maximized: false, x: undefined, y: undefined };
// "é" in a field name: the good file needs a non-ASCII character for the Latin-1 version.
const good = JSON.stringify({ x: 10, y: 20, width: 1400, height: 900, maximized: true, écran: 1 });

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'debrief-bad-window-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('a bad window-state file', () => {
  const saved = { x: 10, y: 20, width: 1400, height: 900, maximized: true };
  it('the good one is read', async () => {
    await writeFile(join(dir, 'window-state.json'), good);
    expect(await readWindowState(dir)).toEqual(saved);
  });

  const versions = Object.values(badVersionsOf(good));
  it.each(versions.map((version) => [version.name, version.bytes] as const))(
    '%s: the default window',
    async (name, bytes) => {
      await writeFile(join(dir, 'window-state.json'), bytes);
      // Latin-1 only damages the "é" of a field nobody reads: the rest is still good JSON.
      expect(await readWindowState(dir)).toEqual(name === 'Latin-1' ? saved : defaults);
    },
  );

  it.each([
    ['null', 'null'],
    ['a list', '[1, 2]'],
    ['wrong types', '{"x": "left", "y": null, "width": "wide", "height": [], "maximized": "yes"}'],
    ['50 MB', hugeText(50)],
  ])('%s: the default window', async (_name, text) => {
    await writeFile(join(dir, 'window-state.json'), text);
    expect(await readWindowState(dir)).toEqual(defaults);
  });

  it('a window too small to use is made big enough', async () => {
    await writeFile(join(dir, 'window-state.json'), '{"width": -5, "height": 3}');
    expect(await readWindowState(dir)).toEqual({ ...defaults, width: 640, height: 480 });
  });
});
