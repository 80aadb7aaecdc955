// Measures the app's search path, raw MiniSearch and FlexSearch on the same corpus and the same
// queries, in one Chromium page (bench/browser/engines.ts).
import type { Browser } from 'playwright-core';
import { attachBenchShell, type BenchBuild, type BenchServer } from './bench-shell';
import type { EngineBuilds, QueryTiming } from './browser/engines';
import { typedPrefixes } from './query-script';

/** What the engines page measured. */
export interface EngineMeasurements {
  builds: EngineBuilds;
  timings: QueryTiming[];
}

interface EnginesPage {
  benchEngines: {
    load(size: number): Promise<EngineBuilds>;
    run(queries: string[], repeats: number): QueryTiming[];
  };
}

/** Builds the three indexes in a page and times every prefix of the typing script on each. */
export async function measureEngines(
  browser: Browser,
  build: BenchBuild,
  server: BenchServer,
  size: number,
  repeats: number,
): Promise<EngineMeasurements> {
  const context = await browser.newContext();
  try {
    await attachBenchShell(context, build, server, size);
    const page = await context.newPage();
    page.setDefaultTimeout(15 * 60_000);
    await page.goto(`${server.origin}/__bench/engines.html`);
    await page.waitForFunction(() => 'benchEngines' in globalThis);
    const builds = await page.evaluate(
      (documents) => (globalThis as unknown as EnginesPage).benchEngines.load(documents),
      size,
    );
    const timings = await page.evaluate(
      ([queries, times]) => (globalThis as unknown as EnginesPage).benchEngines.run(queries, times),
      [typedPrefixes(), repeats] as [string[], number],
    );
    return { builds, timings };
  } finally {
    await context.close();
  }
}
