// `npm start`: builds Debrief and opens it in Electron. Electron's npm package fetches its binary
// on first use; where that cannot happen (offline, or installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1)
// this says so in one sentence and opens the same app in the system Chromium instead.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { missingDisplay } from './display-check.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = join(root, 'node_modules', 'electron');
const bin = (name) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);

function electronBinary() {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  return result.status ?? 1;
}

// Before the build: without a display, neither Electron nor the Chromium fallback can open a window.
const noDisplay = missingDisplay({
  platform: process.platform,
  env: process.env,
  headless: process.argv.includes('--headless'),
});
if (noDisplay) {
  console.error(noDisplay);
  process.exit(1);
}

if (run(bin('electron-vite'), ['build']) !== 0) process.exit(1);

let binary = electronBinary();
if (!binary && existsSync(join(electronDir, 'install.js'))) {
  console.log('Fetching the Electron binary (first start only)…');
  const fetched = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    cwd: electronDir,
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: 180_000,
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '' },
  });
  if (fetched.status === 0) binary = electronBinary();
}

if (!binary) {
  console.log(
    'The Electron binary is not installed and could not be downloaded here (run `node node_modules/electron/install.js` on a machine with internet access to fetch it), so Debrief is opening in your system Chromium instead.',
  );
  const child = spawn(bin('tsx'), [join(root, 'scripts', 'start-chromium.ts'), ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  const child = spawn(binary, [root, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}
