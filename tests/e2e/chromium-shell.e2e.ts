// `npm run start:chromium -- --headless --profile DIR --cdp-port N`: an outside Playwright script
// connects over the DevTools protocol and reads the conference title, as the README promises.
import { chromium, expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

async function waitForLine(child: ChildProcess, pattern: RegExp): Promise<void> {
  let output = '';
  await new Promise<void>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`start:chromium did not start:\n${output}`)), 20_000);
    const read = (chunk: Buffer): void => {
      output += chunk.toString();
      if (pattern.test(output)) {
        clearTimeout(timer);
        done();
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.on('exit', (code) => fail(new Error(`start:chromium exited with ${code}:\n${output}`)));
  });
}

test('an outside script connects over CDP to the headless Chromium shell', async () => {
  const profile = await mkdtemp(join(tmpdir(), 'debrief-profile-'));
  const port = await freePort();
  const shell = spawn(
    join(root, 'node_modules', '.bin', 'tsx'),
    ['scripts/start-chromium.ts', '--headless', '--profile', profile, '--cdp-port', String(port)],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  try {
    await waitForLine(shell, /Debrief is running in Chromium/);
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    const page = browser
      .contexts()
      .flatMap((context) => context.pages())
      .find((candidate) => candidate.url().startsWith('https://debrief.invalid/'));
    expect(page, 'the Debrief page is open').toBeDefined();
    const title = page!
      .getByRole('navigation', { name: 'Recap' })
      .getByRole('heading', { name: 'KubeCon + CloudNativeCon Europe 2022' });
    await expect(title).toHaveText('KubeCon + CloudNativeCon Europe 2022');
    await browser.close();
    // The profile the user asked for is the one in use.
    expect((await readdir(profile)).length).toBeGreaterThan(0);
  } finally {
    // Chromium may still be writing its profile as it shuts down: wait for the shell to exit,
    // and retry the removal, or it fails on a folder that filled up meanwhile.
    const exited = new Promise((resolve) => (shell.exitCode === null ? shell.once('exit', resolve) : resolve(null)));
    shell.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    await rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  }
});
