// `npm run start:chromium`: the Debrief app in the system Chromium, for machines without the
// Electron binary. Same renderer, same main-process handlers, same bridge as the end-to-end tests.
//   --headless        no window (for automation)
//   --profile DIR     keep the browser profile (and so the user's data) in DIR instead of the default
//   --cdp-port N      open Chromium's DevTools protocol on 127.0.0.1:N for connectOverCDP
//   --team-folder DIR --name NAME
//                     share through the team folder DIR (relative to where you ran it) as NAME
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { createHandlers } from '../electron/main/handlers';
import { teamFolderFlags, teamFolderFromFlags, workingDirOf } from '../electron/main/team-folder/command-line';
import { attachShell, chromiumFlags, findChromium, shellStartUrl } from './chromium-shell';
import { isDisplayFailure, missingDisplay, noDisplayMessage } from './display-check.mjs';
import { printHtmlWithBrowser } from './print-pdf';
import { debriefUserDataDir } from './user-data-dir';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    headless: { type: 'boolean', default: false },
    profile: { type: 'string' },
    'cdp-port': { type: 'string' },
    ...teamFolderFlags,
  },
});

const noDisplay = missingDisplay({ platform: process.platform, env: process.env, headless: values.headless });
if (noDisplay) {
  console.error(noDisplay);
  process.exit(1);
}

const executablePath = findChromium();
if (!executablePath) {
  console.error(
    'No Chromium found: install it (Debian/Ubuntu: `sudo apt-get install chromium`) or set DEBRIEF_CHROMIUM to its path.',
  );
  process.exit(1);
}
const cdpPort = values['cdp-port'];
if (cdpPort !== undefined && !/^\d{2,5}$/.test(cdpPort)) {
  console.error(`--cdp-port takes a port number, not "${cdpPort}".`);
  process.exit(1);
}
const teamFolder = (() => {
  try {
    return teamFolderFromFlags(values, workingDirOf());
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
})();
const profile = resolve(values.profile ?? join(debriefUserDataDir(), 'chromium-profile'));
mkdirSync(profile, { recursive: true });

// Chromium prints to PDF only headless, and the shell's window is not: a second, headless Chromium
// prints, started the first time a PDF is asked for.
let printer: Promise<Browser> | undefined;
const printingBrowser = (): Promise<Browser> =>
  (printer ??= chromium.launch({ executablePath, headless: true, args: chromiumFlags }));

const handlers = createHandlers(
  {
    contentDir: join(root, 'content'),
    userDataDir: join(profile, 'debrief-data'),
    appInfo: { name: 'Debrief', version: '0.1.0', shell: 'chromium' },
  },
  {
    // The shell has no native dialogs: exports go to the Downloads folder under a name not yet taken.
    chooseSavePath: async (request) => freePathIn(join(homedir(), 'Downloads'), request.suggestedName),
    // The same folder each time, so exporting again updates the files it wrote there.
    chooseExportFolder: async (request) => join(homedir(), 'Downloads', request.suggestedFolderName),
    renderPdf: async (html) => printHtmlWithBrowser(await printingBrowser(), html),
    // No chooseOpenPath: the shell has no open dialog, so the page uses Chromium's own file chooser.
    openInBrowser: async (url) => {
      const opener = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
      spawn(opener, [url], { detached: true, stdio: 'ignore' })
        .on('error', () => undefined)
        .unref();
    },
  },
);

// Joined before the window opens, so the page finds the team folder at its first look.
if (teamFolder) {
  const joined = await handlers.joinTeamFolder(teamFolder).catch((error: unknown) => {
    console.error((error as Error).message);
    process.exit(1);
  });
  if (joined.joined)
    console.log(`Sharing through the team folder ${joined.folder} as ${joined.name} (device ${joined.device}).`);
}

const context = await chromium
  .launchPersistentContext(profile, {
    executablePath,
    headless: values.headless,
    viewport: null,
    args: [
      ...chromiumFlags,
      ...(values.headless ? [] : ['--app=data:text/html,', '--window-size=1280,820']),
      ...(cdpPort ? [`--remote-debugging-port=${cdpPort}`, '--remote-debugging-address=127.0.0.1'] : []),
    ],
  })
  .catch((error: unknown) => {
    // A DISPLAY that names no running X server fails only here: the same one sentence, not Playwright's trace.
    if (!values.headless && isDisplayFailure(error)) {
      console.error(
        noDisplayMessage.replace('(neither DISPLAY nor WAYLAND_DISPLAY is set)', '(its display could not be reached)'),
      );
      process.exit(1);
    }
    throw error;
  });
await attachShell(context, { rendererDir: join(root, 'out', 'renderer'), handlers });

const page = context.pages()[0] ?? (await context.newPage());
await page.goto(shellStartUrl);
console.log(
  `Debrief is running in Chromium (profile: ${profile})${cdpPort ? `; DevTools protocol on http://127.0.0.1:${cdpPort}` : ''}. Close the window or press Ctrl+C to quit.`,
);
const quit = () => void handlers.close().finally(() => process.exit(0));
context.on('close', quit);
process.on('SIGINT', () => void context.close().finally(quit));
process.on('SIGTERM', () => void context.close().finally(quit));

function freePathIn(folder: string, name: string): string {
  mkdirSync(folder, { recursive: true });
  const extension = extname(name);
  const stem = name.slice(0, name.length - extension.length);
  for (let copy = 0; ; copy++) {
    const path = join(folder, copy === 0 ? name : `${stem} (${copy})${extension}`);
    if (!existsSync(path)) return path;
  }
}
