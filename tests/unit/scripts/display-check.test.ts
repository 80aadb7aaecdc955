// Without a display, `npm start` and `npm run start:chromium` print one sentence with the way out
// and exit 1, instead of Chromium's or Electron's stack trace.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isDisplayFailure, missingDisplay, noDisplayMessage } from '../../../scripts/display-check.mjs';

const root = resolve(import.meta.dirname, '..', '..', '..');

describe('missingDisplay', () => {
  it('finds no display on Linux when neither DISPLAY nor WAYLAND_DISPLAY is set', () => {
    expect(missingDisplay({ platform: 'linux', env: {}, headless: false })).toBe(noDisplayMessage);
    expect(missingDisplay({ platform: 'linux', env: { DISPLAY: ' ' }, headless: false })).toBe(noDisplayMessage);
    expect(noDisplayMessage).toMatch(/--headless/);
    expect(noDisplayMessage).toMatch(/desktop session/);
  });

  it('is content with X, Wayland, --headless, macOS and Windows', () => {
    expect(missingDisplay({ platform: 'linux', env: { DISPLAY: ':0' }, headless: false })).toBeUndefined();
    expect(
      missingDisplay({ platform: 'linux', env: { WAYLAND_DISPLAY: 'wayland-0' }, headless: false }),
    ).toBeUndefined();
    expect(missingDisplay({ platform: 'linux', env: {}, headless: true })).toBeUndefined();
    expect(missingDisplay({ platform: 'darwin', env: {}, headless: false })).toBeUndefined();
    expect(missingDisplay({ platform: 'win32', env: {}, headless: false })).toBeUndefined();
  });

  it('knows Chromium’s way of saying its display could not be reached', () => {
    expect(
      isDisplayFailure(
        new Error(
          'Looks like you launched a headed browser without having a XServer running.\nMissing X server or $DISPLAY',
        ),
      ),
    ).toBe(true);
    expect(isDisplayFailure(new Error('ENOENT: no such file'))).toBe(false);
  });
});

/** Runs a start script as npm would, with no display in its environment. */
function startWithoutDisplay(command: string, args: string[]) {
  const env = { ...process.env };
  delete env.DISPLAY;
  delete env.WAYLAND_DISPLAY;
  return spawnSync(command, args, { cwd: root, env, encoding: 'utf8', timeout: 60_000 });
}

describe.skipIf(process.platform === 'darwin' || process.platform === 'win32')(
  'the start scripts without a display',
  () => {
    it('npm start prints the one sentence and exits 1, before building anything', () => {
      const result = startWithoutDisplay(process.execPath, [join(root, 'scripts', 'start-electron.mjs')]);
      expect(result.stderr.trim()).toBe(noDisplayMessage);
      expect(result.stdout.trim()).toBe('');
      expect(result.status).toBe(1);
    });

    it('npm run start:chromium prints the one sentence and exits 1', () => {
      const tsx = join(root, 'node_modules', '.bin', 'tsx');
      const result = startWithoutDisplay(tsx, [join(root, 'scripts', 'start-chromium.ts')]);
      expect(result.stderr.trim()).toBe(noDisplayMessage);
      expect(result.status).toBe(1);
    });
  },
);
