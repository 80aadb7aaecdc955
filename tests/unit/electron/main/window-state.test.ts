import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readWindowState, writeWindowState } from '../../../../electron/main/window-state';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'debrief-window-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('window state', () => {
  it('opens where the window was left', async () => {
    await writeWindowState(dir, { x: 40, y: 60, width: 1000, height: 700, maximized: true });
    expect(await readWindowState(dir)).toEqual({ x: 40, y: 60, width: 1000, height: 700, maximized: true });
  });

  it('falls back to defaults when the file is missing or damaged, and never shrinks below usable', async () => {
    expect(await readWindowState(dir)).toEqual({ width: 1280, height: 820, maximized: false });
    await writeFile(join(dir, 'window-state.json'), '{"width": 10, "height": "tall", "x": null');
    expect(await readWindowState(dir)).toEqual({ width: 1280, height: 820, maximized: false });
    await writeFile(join(dir, 'window-state.json'), '{"width": 10, "height": "tall", "x": 5}');
    expect(await readWindowState(dir)).toEqual({ x: 5, y: undefined, width: 640, height: 820, maximized: false });
    expect(JSON.parse(await readFile(join(dir, 'window-state.json'), 'utf8')).width).toBe(10);
  });
});
