// Faults done to the renderer from outside: freeze it at an exact point of a database write, kill
// it outright, and open a page on the app's origin where the app itself does not run.
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { shellOrigin, shellStartUrl } from '../../../scripts/chromium-shell';
import { DebriefApp } from './debrief-app';

/** The IndexedDB request methods a freeze can wait for. */
export type WriteMethod = 'add' | 'put' | 'createIndex' | 'createObjectStore';

/** Where a freeze happens: before the `count`-th call of `method` (on the object store `store`, if given). */
export interface FreezePoint {
  method: WriteMethod;
  store?: string;
  count: number;
}

/**
 * Freezes the page's JavaScript (a `debugger` pause) just before the `count`-th call of `method`
 * on the object store `store` (for `createObjectStore`, the n-th store created). The transaction
 * in flight then cannot finish: only part of its requests were even made, and IndexedDB commits a
 * transaction only after its page returns to the event loop. Set it before the action that writes
 * (`fromStart`: before any of the page's own scripts run, from the next navigation on), then
 * await `reached()`.
 */
export async function freezeAtWrite(
  page: Page,
  where: FreezePoint,
  options: { fromStart?: boolean } = {},
): Promise<{ reached: () => Promise<void> }> {
  const session = await page.context().newCDPSession(page);
  await session.send('Debugger.enable');
  // Not returned bare: an async function returning a promise would wait for it.
  const paused = new Promise<void>((resolve) => session.once('Debugger.paused', () => resolve()));
  if (options.fromStart) await page.addInitScript(installFreeze, where);
  else await page.evaluate(installFreeze, where);
  return { reached: () => paused };
}

// Runs in the page: wraps the IndexedDB method so that its n-th call stops in the debugger.
function installFreeze({ method, store, count }: FreezePoint): void {
  const prototype = method === 'createObjectStore' ? IDBDatabase.prototype : IDBObjectStore.prototype;
  const methods = prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const original = methods[method]!;
  let calls = 0;
  methods[method] = function (this: IDBObjectStore | IDBDatabase, ...args: unknown[]) {
    const name = this instanceof IDBObjectStore ? this.name : undefined;
    if ((store === undefined || store === name) && ++calls === count) {
      // eslint-disable-next-line no-debugger -- the fault: the page stops here until it is killed
      debugger;
    }
    return original.apply(this, args);
  };
}

const searchWorkerScript = /\/assets\/search-worker-[^/]*\.js$/;

/**
 * Keeps the search worker from starting in this context until the returned function is called.
 * The worker opens the database too, so in a window about to be frozen during a schema upgrade it
 * could otherwise run the upgrade itself, where no freeze waits.
 */
export async function holdBackSearchWorker(context: BrowserContext): Promise<() => Promise<void>> {
  await context.route(searchWorkerScript, (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: '// held back by a fault test\n' }),
  );
  return () => context.unroute(searchWorkerScript);
}

/**
 * Kills every renderer process of the browser with SIGKILL: no unload handlers, no flush, nothing
 * finishes. Each test's worker has a browser of its own, so every renderer of it is the test's.
 */
export async function killRenderers(browser: Browser, pages: Page[]): Promise<void> {
  const session = await browser.newBrowserCDPSession();
  const { processInfo } = (await session.send('SystemInfo.getProcessInfo')) as {
    processInfo: { type: string; id: number }[];
  };
  await session.detach();
  const crashed = pages.map((page) => page.waitForEvent('crash'));
  const renderers = processInfo.filter((info) => info.type === 'renderer').map((info) => info.id);
  for (const pid of renderers) process.kill(pid, 'SIGKILL');
  await Promise.all(crashed);
  // Wait until the processes are really gone, so the next page gets a fresh renderer, not a dying one.
  const alive = (pid: number): boolean => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  for (let waited = 0; renderers.some(alive) && waited < 5_000; waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * A page on the app's origin (so it sees the app's IndexedDB) that is not the app: the shell
 * answers any unknown path with a plain 404 page. For reading and writing the database while the
 * app is not running.
 */
export async function openOutsideTheApp(context: BrowserContext): Promise<Page> {
  // Right after renderers were killed, Chromium may hand a new page to a process that is still
  // going down ("Target crashed"); a moment later it starts a fresh one.
  for (let attempt = 1; ; attempt++) {
    try {
      const page = await context.newPage();
      await page.goto(`${shellOrigin}/outside-the-app`);
      return page;
    } catch (error) {
      if (attempt >= 5 || !/crash/i.test(String(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

/** Opens the app in `page` at a route (`#/backups`) and waits until the recap is on screen. */
export async function openApp(page: Page, hash = '', loadTimeout = 5_000): Promise<DebriefApp> {
  await page.goto(`${shellStartUrl}${hash}`);
  // A first start or a schema upgrade over many records may take longer than the usual wait.
  await expect(page.getByRole('status').filter({ hasText: 'Loading the recap' })).toHaveCount(0, {
    timeout: loadTimeout,
  });
  const app = new DebriefApp(page);
  await app.waitUntilLoaded();
  return app;
}

/** Collects what the page throws and does not catch, from now on: a journey ends asserting it is empty. */
export function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}
