// The end-to-end harness: one Chromium per worker, a fresh profile and data folder per test, the
// app attached through the same shell `npm run start:chromium` uses, and dialogs the test answers.
import { test as base, chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createHandlers, type MainServices } from '../../electron/main/handlers';
import { attachShell, chromiumFlags, findChromium, shellStartUrl } from '../../scripts/chromium-shell';
import { printHtmlWithBrowser } from '../../scripts/print-pdf';
import { DebriefApp } from './pages/debrief-app';

const root = resolve(import.meta.dirname, '..', '..');

/** Answers to the dialogs main would show: the test sets them before acting. */
export class DialogAnswers {
  savePath: string | undefined;
  openPath: string | undefined;
  /** The recap files (or the one folder) the recap open dialog answers with. */
  openPaths: string[] | undefined;
  /** The folder the notes-app export's folder dialog answers with; undefined cancels it. */
  exportFolder: string | undefined;
  readonly opened: string[] = [];
}

/** What each journey gets. */
export interface JourneyFixtures {
  workDir: string;
  contentDir: string;
  dialogs: DialogAnswers;
  blockedRequests: string[];
  context: BrowserContext;
  page: Page;
  app: DebriefApp;
}

export const test = base.extend<JourneyFixtures, { browser: Browser }>({
  browser: [
    async ({}, use) => {
      const executablePath = findChromium();
      if (!executablePath)
        throw new Error('No Chromium found: install it (apt-get install chromium) or set DEBRIEF_CHROMIUM.');
      const browser = await chromium.launch({ executablePath, headless: true, args: chromiumFlags });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  workDir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'debrief-e2e-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  contentDir: async ({}, use) => use(join(root, 'content')),
  dialogs: async ({}, use) => use(new DialogAnswers()),
  blockedRequests: async ({}, use) => use([]),
  context: async ({ browser, contentDir, workDir, dialogs, blockedRequests }, use) => {
    const context = await openProfile(browser, {
      contentDir,
      userDataDir: join(workDir, 'user-data'),
      dialogs,
      blockedRequests,
    });
    await use(context);
    await context.close();
  },
  page: async ({ context }, use) => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await use(page);
    if (errors.length > 0) throw new Error(`The page threw: ${errors.join('\n')}`);
  },
  app: async ({ page }, use) => {
    await page.goto(shellStartUrl);
    const app = new DebriefApp(page);
    await app.waitUntilLoaded();
    await use(app);
  },
});

/**
 * A fresh, empty browser profile with the app attached: its own IndexedDB and data folder, and
 * dialogs answered from `dialogs`. The journey's own profile is one; a journey may open another
 * (a new machine, say) and must close it.
 */
export async function openProfile(
  browser: Browser,
  options: {
    contentDir: string;
    userDataDir: string;
    dialogs: DialogAnswers;
    blockedRequests?: string[];
    /** As in `npm run start:chromium`: main has no open dialogs, so the page's file chooser opens. */
    withoutOpenDialogs?: boolean;
  },
): Promise<BrowserContext> {
  const { dialogs } = options;
  const context = await browser.newContext({ viewport: { width: 1280, height: 820 } });
  const services: MainServices = {
    ...answeredServices(browser, dialogs),
    ...(options.withoutOpenDialogs
      ? {}
      : {
          chooseOpenPath: async () => dialogs.openPath,
          chooseRecapPaths: async () => dialogs.openPaths,
        }),
  };
  const handlers = createHandlers(
    {
      contentDir: options.contentDir,
      userDataDir: options.userDataDir,
      appInfo: { name: 'Debrief', version: 'test', shell: 'chromium' },
    },
    services,
  );
  // The profile's main side ends with it: a team folder's watcher must not outlive the test.
  context.on('close', () => void handlers.close());
  await attachShell(context, {
    rendererDir: join(root, 'out', 'renderer'),
    handlers,
    onBlockedRequest: (url) => options.blockedRequests?.push(url),
  });
  return context;
}

/**
 * The services every profile has, answered from `dialogs`: the save and folder dialogs, the
 * browser, and PDFs printed by the worker's (headless) Chromium as the Chromium shell prints them.
 */
export function answeredServices(
  browser: Browser,
  dialogs: DialogAnswers,
): Pick<MainServices, 'chooseSavePath' | 'chooseExportFolder' | 'renderPdf' | 'openInBrowser'> {
  return {
    chooseSavePath: async () => dialogs.savePath,
    chooseExportFolder: async () => dialogs.exportFolder,
    renderPdf: (html) => printHtmlWithBrowser(browser, html),
    openInBrowser: async (url) => void dialogs.opened.push(url),
  };
}

export { expect } from '@playwright/test';
