// Journeys whose browser keeps its data on disk, like the real app's profile, rather than in the
// memory of an incognito context: Chromium enforces a storage quota only there, so a quota
// override (DevTools' Storage.overrideQuotaForOrigin) makes IndexedDB fail a commit with a real
// QuotaExceededError.
import { chromium, type BrowserContext, type CDPSession } from '@playwright/test';
import { join, resolve } from 'node:path';
import { createHandlers } from '../../../electron/main/handlers';
import { attachShell, chromiumFlags, findChromium, shellOrigin } from '../../../scripts/chromium-shell';
import { answeredServices, test } from '../fixtures';

const root = resolve(import.meta.dirname, '..', '..', '..');

/** The journey fixtures, with `context` (and so `page` and `app`) in a browser profile on disk. */
export const testOnDisk = test.extend({
  context: async ({ browser, contentDir, workDir, dialogs, blockedRequests }, use) => {
    const executablePath = findChromium();
    if (!executablePath) throw new Error('No Chromium found: install it (apt-get install chromium).');
    const context = await chromium.launchPersistentContext(join(workDir, 'profile'), {
      executablePath,
      headless: true,
      args: chromiumFlags,
      viewport: { width: 1280, height: 820 },
    });
    await attachShell(context, {
      rendererDir: join(root, 'out', 'renderer'),
      handlers: createHandlers(
        {
          contentDir,
          userDataDir: join(workDir, 'user-data'),
          appInfo: { name: 'Debrief', version: 'test', shell: 'chromium' },
        },
        {
          // PDFs print in the worker's headless browser: a persistent context cannot print them.
          ...answeredServices(browser, dialogs),
          chooseOpenPath: async () => dialogs.openPath,
          chooseRecapPaths: async () => dialogs.openPaths,
        },
      ),
      onBlockedRequest: (url) => blockedRequests.push(url),
    });
    // A persistent context opens with a blank page: it stays, as the DevTools session that holds
    // a quota override (the override ends with the session that set it).
    const [keeper] = context.pages();
    quotaSessions.set(context, await context.newCDPSession(keeper ?? (await context.newPage())));
    await use(context);
    await context.close();
  },
});

const quotaSessions = new WeakMap<BrowserContext, CDPSession>();

function quotaSession(context: BrowserContext): CDPSession {
  const session = quotaSessions.get(context);
  if (!session) throw new Error('storage limits work only in the testOnDisk journeys');
  return session;
}

/** How much the app's origin stores now, and its quota. */
export async function storageUse(context: BrowserContext): Promise<{ usage: number; quota: number }> {
  const { usage, quota } = (await quotaSession(context).send('Storage.getUsageAndQuota', {
    origin: shellOrigin,
  })) as { usage: number; quota: number };
  return { usage, quota };
}

/**
 * Sets the app origin's storage quota (as a full disk would), or lifts the limit with `undefined`.
 * While a database is open IndexedDB trusts what it last learned of the room left for a while, so
 * a lower limit is certain to apply only to connections opened a few seconds after every earlier
 * one closed.
 */
export async function limitStorage(context: BrowserContext, quotaSize: number | undefined): Promise<void> {
  await quotaSession(context).send(
    'Storage.overrideQuotaForOrigin',
    quotaSize === undefined ? { origin: shellOrigin } : { origin: shellOrigin, quotaSize },
  );
}
