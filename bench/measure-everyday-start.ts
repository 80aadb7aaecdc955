// The everyday start: the app as most people have it, the bundled recap (content/) plus one
// imported 1,000-session schedule, opened again. A fresh profile in the Chromium shell (the real
// main-process handlers serving content/, as `npm run start:chromium` does) imports a generated
// schedule through the real UI; then a new window on the same profile is timed to first paint and
// to search ready ("cold": the first start after the import), and another after it ("warm").
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { shellStartUrl } from '../scripts/chromium-shell';
import type { MainHandlers } from '../electron/main/handlers';
import { attachBenchAppShell } from './app-shell';
import { frabXml, generateSessions } from './schedule-corpus';

/** What the everyday start measured. Times from navigation start, in ms. */
export interface EverydayStartMeasurement {
  sessions: number;
  /** Documents in the search index at the cold start (bundled talks + sessions). */
  documents: number;
  /** First contentful paint / the page's `debrief:search-ready` mark, the first start after the import. */
  firstPaintColdMs: number;
  searchReadyColdMs: number;
  /** The same, the start after that. */
  firstPaintWarmMs: number;
  searchReadyWarmMs: number;
  /** How each start got its index ('saved' expected). */
  coldSource: string;
  warmSource: string;
}

export interface StartTimes {
  firstPaintMs: number;
  searchReadyMs: number;
  source: string;
  documents: number;
}

export const slowMs = 120_000;

/** Waits in the page, without polling, until every named performance entry is there. */
export async function waitForEntries(page: Page, names: string[]): Promise<void> {
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  await page.evaluate(
    ([wanted, timeout]) =>
      new Promise<void>((resolve, reject) => {
        if (wanted.every((name) => performance.getEntriesByName(name).length > 0)) return resolve();
        const timer = setTimeout(() => reject(new Error(`bench: no ${wanted.join(' and ')} in time`)), timeout);
        const observer = new PerformanceObserver(() => {
          if (!wanted.every((name) => performance.getEntriesByName(name).length > 0)) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve();
        });
        // Node's typings (which type this code) know no 'paint' entries; Chromium's page does.
        observer.observe({ entryTypes: ['mark', 'paint'] as never });
      }),
    [names, slowMs] as const,
  );
}

/** Opens the app in a new window on the context's profile and times first paint and search ready. */
export async function timeStart(page: Page): Promise<StartTimes> {
  await page.goto(shellStartUrl);
  await waitForEntries(page, ['first-contentful-paint', 'debrief:search-ready']);
  return page.evaluate(() => {
    const ready = performance.getEntriesByName('debrief:search-ready')[0] as unknown as {
      startTime: number;
      detail: unknown;
    };
    const detail = ready.detail as { source: string; documents: number };
    return {
      firstPaintMs: (performance.getEntriesByName('first-contentful-paint')[0] as { startTime: number }).startTime,
      searchReadyMs: ready.startTime,
      source: detail.source,
      documents: detail.documents,
    };
  });
}

export const savedCount = (page: Page) =>
  page.evaluate(() => performance.getEntriesByName('debrief:search-saved').length);

/** Imports a generated schedule of `count` sessions on a fresh profile, then times the next two starts. */
export async function measureEverydayStart(
  browser: Browser,
  rendererDir: string,
  contentDir: string,
  count: number,
): Promise<EverydayStartMeasurement> {
  const workDir = await mkdtemp(join(tmpdir(), 'debrief-bench-everyday-'));
  const schedulePath = join(workDir, 'bench.xml');
  await writeFile(schedulePath, frabXml(generateSessions(count)));
  const context = await browser.newContext({ viewport: { width: 1280, height: 820 } });
  let handlers: MainHandlers | undefined;
  try {
    handlers = await attachBenchAppShell(browser, context, {
      rendererDir,
      contentDir,
      userDataDir: join(workDir, 'user-data'),
    });

    // First run: the bundled recap seeded and indexed (and the index saved), then the schedule imported.
    let page = await context.newPage();
    await page.goto(shellStartUrl);
    await waitForEntries(page, ['debrief:search-ready', 'debrief:search-saved']);
    const savedBefore = await savedCount(page);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import a schedule…' }).click();
    await (await chooser).setFiles(schedulePath);
    await page.getByRole('button', { name: `Import ${count} sessions` }).click({ timeout: 60_000 });
    await page
      .getByRole('status')
      .filter({ hasText: `Imported ${count} sessions` })
      .waitFor({ timeout: 60_000 });
    // The worker saves the index a few seconds after the sessions reach it: wait, so the next
    // start reads an index that already holds them (as it would after a day's use).
    await page.waitForFunction(
      (before) => performance.getEntriesByName('debrief:search-saved').length > before,
      savedBefore,
      {
        timeout: slowMs,
        polling: 200,
      },
    );
    await page.close();

    page = await context.newPage();
    const cold = await timeStart(page);
    await page.close();
    page = await context.newPage();
    const warm = await timeStart(page);
    await page.close();
    return {
      sessions: count,
      documents: cold.documents,
      firstPaintColdMs: cold.firstPaintMs,
      searchReadyColdMs: cold.searchReadyMs,
      firstPaintWarmMs: warm.firstPaintMs,
      searchReadyWarmMs: warm.searchReadyMs,
      coldSource: cold.source,
      warmSource: warm.source,
    };
  } finally {
    await context.close();
    await handlers?.close();
    await rm(workDir, { recursive: true, force: true });
  }
}

const round = (value: number) => Math.round(value * 10) / 10;

/** The record `latest.json` keeps under `everydayStart` (ms, one decimal). */
export function everydayStartRecord(result: EverydayStartMeasurement): EverydayStartMeasurement {
  return {
    ...result,
    firstPaintColdMs: round(result.firstPaintColdMs),
    searchReadyColdMs: round(result.searchReadyColdMs),
    firstPaintWarmMs: round(result.firstPaintWarmMs),
    searchReadyWarmMs: round(result.searchReadyWarmMs),
  };
}

/** The result as a Markdown table. */
export function everydayStartTable(result: EverydayStartMeasurement): string {
  const r = everydayStartRecord(result);
  return [
    `| everyday start (bundled recap + ${r.sessions.toLocaleString('en')}-session schedule, ${r.documents.toLocaleString('en')} documents) | first paint | search ready |`,
    '| --- | ---: | ---: |',
    `| cold (first start after the import) | ${r.firstPaintColdMs} ms | ${r.searchReadyColdMs} ms (${r.coldSource}) |`,
    `| warm (the start after) | ${r.firstPaintWarmMs} ms | ${r.searchReadyWarmMs} ms (${r.warmSource}) |`,
  ].join('\n');
}
