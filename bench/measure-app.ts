// Measures the real app in Chromium on one corpus: first-run import (content stored, index built
// in the worker), cold start with the saved index (a new window on the same profile; then a second
// and a third, each after the one before has closed), typing
// the fixed script into the real search box, long main-thread tasks, and JS heap.
import type { Browser, CDPSession, Page } from 'playwright-core';
import { attachBenchShell, type BenchBuild, type BenchServer } from './bench-shell';
import { typedQueries } from './query-script';

/** What one corpus size measured in the app. */
export interface AppMeasurements {
  /** Content handed over → search ready (seeding + building the index); making the content is not counted. */
  importMs: number;
  /** Index built → saved to IndexedDB (in the worker, after search is ready). */
  indexSaveMs: number;
  /** Navigation start → search ready with the saved index, as if the content arrived at once. */
  coldStartMs: number;
  /** How the cold start got its index ('saved' expected). */
  coldStartSource: string;
  /**
   * The profile's second and third cold starts (each a new window after the previous one closed),
   * measured as `coldStartMs`. The bench shell serves over the DevTools protocol, where Chromium keeps
   * no V8 code cache, so these show a warm machine's variance, not the app's code cache.
   */
  coldStartRepeatsMs: number[];
  /** How each repeated start got its index ('saved' expected). */
  coldStartRepeatsSources: string[];
  /** The bench's stand-in for the IPC that hands the content over (making it in the page), at the cold start. */
  contentTransportMs: number;
  /** Keystroke → results painted, per keystroke. */
  keystrokeMs: number[];
  /** Keystroke → results in the DOM (before the frame that paints them), per keystroke. */
  renderedMs: number[];
  /** Whether the page answered the queries itself (a small index) rather than the worker. */
  answeredInPage: boolean;
  /** The slowest keystrokes: the query as typed so far, and its time. */
  slowestKeystrokes: [string, number][];
  /** The longest main-thread task while importing / while typing. */
  importMaxTaskMs: number;
  typingMaxTaskMs: number;
  /** The search worker's own account of its steps (ms): first run, and cold start. */
  importPhases: Record<string, number>;
  coldStartPhases: Record<string, number>;
  /** JS heap in use after GC: the page and the search worker. */
  pageHeapMB: number;
  workerHeapMB: number | undefined;
}

interface Mark {
  name: string;
  startTime: number;
  detail: unknown;
}

const slow = { timeout: 15 * 60_000, polling: 200 } as const;

async function marks(page: Page): Promise<Map<string, Mark>> {
  const entries = await page.evaluate(() =>
    performance
      .getEntriesByType('mark')
      .map((m) => ({ name: m.name, startTime: m.startTime, detail: (m as { detail?: unknown }).detail })),
  );
  return new Map(entries.map((entry) => [entry.name, entry]));
}

function mark(all: Map<string, Mark>, name: string): Mark {
  const found = all.get(name);
  if (!found) throw new Error(`bench: the page has no "${name}" mark`);
  return found;
}

async function waitForMark(page: Page, name: string): Promise<void> {
  await page.waitForFunction((wanted) => performance.getEntriesByName(wanted).length > 0, name, slow);
}

async function longestTask(page: Page, from: number, to: number): Promise<number> {
  const tasks = await page.evaluate(
    () => (globalThis as unknown as { __benchLongTasks: [number, number][] }).__benchLongTasks,
  );
  return Math.max(0, ...tasks.filter(([start, duration]) => start + duration > from && start < to).map(([, d]) => d));
}

/** Runs the journey on a fresh profile with the corpus. */
export async function measureApp(
  browser: Browser,
  build: BenchBuild,
  server: BenchServer,
  size: number,
): Promise<AppMeasurements> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 820 } });
  try {
    await attachBenchShell(context, build, server, size);
    const start = `${server.origin}/index.html`;

    // First run: empty IndexedDB, so the content is stored and the index built.
    let page = await context.newPage();
    await page.goto(start);
    await waitForMark(page, 'debrief:search-ready');
    let seen = await marks(page);
    const contentEnd = mark(seen, 'bench:content-end').startTime;
    const built = mark(seen, 'debrief:search-ready');
    const builtAt = built.startTime;
    const importMaxTaskMs = await longestTask(page, contentEnd, builtAt);
    await waitForMark(page, 'debrief:search-saved');
    seen = await marks(page);
    const indexSaveMs = (mark(seen, 'debrief:search-saved').detail as { ms: number }).ms;
    await page.close();

    // Cold start: a new window on the same profile, with the saved index.
    page = await context.newPage();
    const cold = await coldStart(page, start);

    const typing = await typeScript(page);
    const heap = await heapMB(browser, page);
    await page.close();

    // The profile's second and third starts: each a new window once the one before has closed.
    const repeats: ColdStart[] = [];
    for (let run = 0; run < 2; run++) {
      page = await context.newPage();
      repeats.push(await coldStart(page, start));
      await page.close();
    }
    return {
      importMs: builtAt - contentEnd,
      indexSaveMs,
      coldStartMs: cold.ms,
      coldStartSource: cold.source,
      coldStartRepeatsMs: repeats.map((repeat) => repeat.ms),
      coldStartRepeatsSources: repeats.map((repeat) => repeat.source),
      importPhases: (built.detail as { phases: Record<string, number> }).phases,
      coldStartPhases: cold.phases,
      contentTransportMs: cold.transportMs,
      keystrokeMs: typing.keystrokeMs,
      renderedMs: typing.renderedMs,
      answeredInPage: typing.answeredInPage,
      slowestKeystrokes: typing.slowestKeystrokes,
      importMaxTaskMs,
      typingMaxTaskMs: typing.maxTaskMs,
      pageHeapMB: heap.page,
      workerHeapMB: heap.worker,
    };
  } finally {
    await context.close();
  }
}

/** One cold start, as the bench counts it. */
interface ColdStart {
  /** Navigation start → search ready, the content's hand-over taken off the page's path. */
  ms: number;
  source: string;
  phases: Record<string, number>;
  transportMs: number;
}

/** Opens the app in `page` (a new window on a profile with a saved index) and times it to search ready. */
async function coldStart(page: Page, start: string): Promise<ColdStart> {
  await page.goto(start);
  await waitForMark(page, 'debrief:search-ready');
  const seen = await marks(page);
  const transportMs = mark(seen, 'bench:content-end').startTime - mark(seen, 'bench:content-start').startTime;
  const ready = mark(seen, 'debrief:search-ready');
  // Two paths meet at "ready": the page (boot, content, seeding check, render, then `open`) and
  // the worker (reading the saved index ahead). Only the page's path waits on the content, so
  // the transport comes off that path alone, not off the total.
  const openAt = mark(seen, 'debrief:search-open').startTime;
  const preloadedAt = seen.get('debrief:search-preloaded')?.startTime ?? openAt;
  const tail = ready.startTime - Math.max(openAt, preloadedAt);
  const detail = ready.detail as { source: string; phases: Record<string, number> };
  return {
    ms: Math.max(openAt - transportMs, preloadedAt) + tail,
    source: detail.source,
    phases: detail.phases,
    transportMs,
  };
}

/** Types every query key by key, waiting for each keystroke's results to be painted. */
async function typeScript(page: Page): Promise<{
  keystrokeMs: number[];
  renderedMs: number[];
  answeredInPage: boolean;
  slowestKeystrokes: [string, number][];
  maxTaskMs: number;
}> {
  const box = page.getByRole('combobox', { name: 'Search', exact: true });
  await box.click();
  const count = () => page.evaluate(() => performance.getEntriesByName('debrief:search-painted').length);
  let expected = await count();
  const started = await page.evaluate(() => performance.now());
  for (const query of typedQueries) {
    await box.fill('');
    for (const key of query) {
      await page.keyboard.type(key);
      expected++;
      await paintedCount(page, expected);
    }
  }
  const ended = await page.evaluate(() => performance.now());
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  const [painted, rendered, inPage] = (await page.evaluate(() => [
    ...['debrief:search-painted', 'debrief:search-rendered'].map((name) =>
      performance
        .getEntriesByName(name)
        .map((entry) => [(entry as unknown as { detail: { query: string } }).detail.query, entry.duration] as const),
    ),
    performance.getEntriesByName('debrief:search-in-page').length > 0,
  ])) as [[string, number][], [string, number][], boolean];
  const slowest = [...painted].sort((a, b) => b[1] - a[1]).slice(0, 8);
  return {
    keystrokeMs: painted.map(([, duration]) => duration),
    renderedMs: rendered.map(([, duration]) => duration),
    answeredInPage: inPage,
    slowestKeystrokes: slowest.map(([query, duration]) => [query, Math.round(duration * 10) / 10]),
    maxTaskMs: await longestTask(page, started, ended),
  };
}

/**
 * Waits in the page, without polling, until `n` keystrokes have been painted. (Polling on
 * animation frames would itself keep Chromium producing frames — and, with the frame-rate limit
 * off, steal the main thread from the app being measured.)
 */
async function paintedCount(page: Page, n: number): Promise<void> {
  await page.evaluate(
    (wanted) =>
      new Promise<void>((resolve) => {
        if (performance.getEntriesByName('debrief:search-painted').length >= wanted) return resolve();
        const observer = new PerformanceObserver(() => {
          if (performance.getEntriesByName('debrief:search-painted').length < wanted) return;
          observer.disconnect();
          resolve();
        });
        observer.observe({ entryTypes: ['measure'] });
      }),
    n,
  );
}

/** JS heap in use after a full GC, in the page and in the search worker (through the DevTools protocol). */
async function heapMB(browser: Browser, page: Page): Promise<{ page: number; worker: number | undefined }> {
  const pageSession = await page.context().newCDPSession(page);
  await pageSession.send('HeapProfiler.collectGarbage');
  const { usedSize } = await pageSession.send('Runtime.getHeapUsage');
  await pageSession.detach();
  return { page: usedSize / 2 ** 20, worker: await workerHeapMB(browser) };
}

async function workerHeapMB(browser: Browser): Promise<number | undefined> {
  const session = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = await session.send('Target.getTargets');
    const worker = targetInfos.find((target) => target.type === 'worker' && target.url.includes('search-worker'));
    if (!worker) return undefined;
    const { sessionId } = await session.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
    await sendToTarget(session, sessionId, 'HeapProfiler.collectGarbage');
    const usage = (await sendToTarget(session, sessionId, 'Runtime.getHeapUsage')) as { usedSize: number };
    return usage.usedSize / 2 ** 20;
  } catch (error) {
    console.warn(`bench: could not read the worker's heap: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  } finally {
    await session.detach();
  }
}

let nextMessageId = 1;

// A session attached without `flatten` is spoken to through the browser session's Target domain.
async function sendToTarget(session: CDPSession, sessionId: string, method: string): Promise<unknown> {
  const id = nextMessageId++;
  return new Promise((resolve, reject) => {
    const onMessage = (event: { sessionId?: string; message: string }) => {
      const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
      if (event.sessionId !== sessionId || message.id !== id) return;
      session.off('Target.receivedMessageFromTarget', onMessage);
      if (message.error) reject(new Error(`${method}: ${message.error.message}`));
      else resolve(message.result);
    };
    session.on('Target.receivedMessageFromTarget', onMessage);
    void session
      .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) })
      .catch(reject);
  });
}
