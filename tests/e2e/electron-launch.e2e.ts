// The same smoke journey inside real Electron, wherever its binary is installed. Where it is not
// (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1, or offline), the test is skipped and says why.
import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { contentSecurityPolicy } from '../../electron/common/app-origin';
import { DebriefApp } from './pages/debrief-app';

const root = resolve(import.meta.dirname, '..', '..');

function installedElectron(): string | undefined {
  const dir = join(root, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

const binary = installedElectron();

test('the Electron app opens on app://debrief with the bundled recap', async () => {
  test.skip(!binary, 'the Electron binary is not installed here (ELECTRON_SKIP_BINARY_DOWNLOAD=1 or no network)');
  const userData = await mkdtemp(join(tmpdir(), 'debrief-electron-'));
  const app = await electron.launch({
    executablePath: binary,
    args: [root, `--user-data-dir=${userData}`, '--no-sandbox'],
  });
  try {
    const window = await app.firstWindow();
    expect(new URL(window.url()).origin).toBe('app://debrief');
    const debrief = new DebriefApp(window);
    await debrief.waitUntilLoaded();
    await expect(debrief.recapNav.getByRole('heading', { name: 'KubeCon + CloudNativeCon Europe 2022' })).toBeVisible();
    await debrief.openSection(/^Day 1\b/);
    await debrief.openItem(/Effective Disaster Recovery/);
    await expect(debrief.readingHeading()).toHaveText('Effective Disaster Recovery: The Day We Deleted Production');
    const preferences = await app.evaluate(({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0]?.webContents;
      // getLastWebPreferences exists at run time but is missing from Electron's typings.
      const withPreferences = contents as unknown as { getLastWebPreferences(): Record<string, unknown> | null };
      return withPreferences?.getLastWebPreferences() ?? {};
    });
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    // The header the app protocol really sends, read the way the renderer's own requests see it.
    const served = await window.evaluate(async () =>
      (await fetch('/index.html')).headers.get('content-security-policy'),
    );
    expect(served).toBe(contentSecurityPolicy);
  } finally {
    await app.close();
    await rm(userData, { recursive: true, force: true });
  }
});
