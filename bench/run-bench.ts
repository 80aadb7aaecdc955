// `npm run bench`: the search performance contract, measured in Chromium on generated corpora of
// 1,000, 10,000 and 100,000 talks, then the schedule and recap imports and the everyday start
// (bundled recap + a 1,000-session schedule), and the team folder: merging 2 devices × 10,000
// changes, and starting with a folder of 50,000. Prints a table and writes bench/results/latest.json.
// BENCH_SIZES=1000,10000 runs only some sizes (BENCH_SIZES=none only the imports, the everyday
// start and the team folder); BENCH_TEAM=none leaves the team folder out, BENCH_TEAM=only runs
// nothing else. Not part of `npm test`.
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { chromiumFlags, findChromium } from '../scripts/chromium-shell';
import { startBenchServer, type BenchBuild } from './bench-shell';
import { measureApp } from './measure-app';
import { measureEngines } from './measure-engines';
import { everydayStartRecord, everydayStartTable, measureEverydayStart } from './measure-everyday-start';
import { measureRecapImport, recapImportTable } from './measure-recap-import';
import { measureScheduleImport, scheduleImportTable } from './measure-schedule-import';
import { measureTeamMerge, teamMergeTable, type TeamMergeMeasurement } from './measure-team-merge';
import { measureTeamStart, teamStartTable, type TeamStartMeasurement } from './measure-team-start';
import { summarize, table, type SizeResult } from './report';

const root = resolve(import.meta.dirname, '..');
const resultsDir = join(root, 'bench', 'results');
const rendererDir = join(root, 'out', 'renderer');

/**
 * Frames are not held to the display's 60 Hz: "painted" then measures the app's own work, not
 * the wait for the next refresh (up to 16.7 ms, which no app can shorten).
 */
const benchFlags = ['--disable-frame-rate-limit', '--disable-gpu-vsync'];

/** BENCH_TEAM: 'only' runs the team folder's measures alone, 'none' leaves them out. */
function teamPart(): 'only' | 'none' | 'also' {
  const value = process.env.BENCH_TEAM;
  if (value === undefined || value === '') return 'also';
  if (value === 'only' || value === 'none') return value;
  throw new Error(`BENCH_TEAM must be "only" or "none", not "${value}"`);
}

function sizesToRun(): number[] {
  if (process.env.BENCH_SIZES === 'none' || teamPart() === 'only') return [];
  const sizes = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map((size) => Number(size.trim()));
  const wrong = sizes.filter((size) => !Number.isInteger(size) || size < 1);
  if (wrong.length > 0)
    throw new Error(`BENCH_SIZES must be positive whole numbers separated by commas, not "${process.env.BENCH_SIZES}"`);
  return sizes;
}

/**
 * With BENCH_TEAM_PROFILE (a folder for the CPU profiles), the team measures run an unminified
 * renderer, so that the profiles name the app's functions: the same sources and options, not minified.
 */
async function teamRendererDir(): Promise<string> {
  if (!process.env.BENCH_TEAM_PROFILE) return rendererDir;
  const outDir = join(resultsDir, '.plain-renderer');
  const { svelte } = await import('@sveltejs/vite-plugin-svelte');
  await build({
    configFile: false,
    root: join(root, 'renderer'),
    base: './',
    plugins: [svelte()],
    logLevel: 'warn',
    build: {
      minify: false,
      outDir,
      emptyOutDir: true,
      rolldownOptions: { input: join(root, 'renderer', 'index.html') },
    },
  });
  return outDir;
}

/** Bundles the bench's own browser code: the engines page (a module) and the corpus generator (a classic script). */
async function bundleBrowserCode(): Promise<BenchBuild> {
  const outDir = join(resultsDir, '.build');
  const bundle = async (name: string, format: 'es' | 'iife', emptyOutDir: boolean) => {
    await build({
      configFile: false,
      logLevel: 'warn',
      build: {
        outDir,
        emptyOutDir,
        minify: true,
        lib: {
          entry: join(root, 'bench', 'browser', `${name}.ts`),
          name: name.replace(/-/g, '_'),
          formats: [format],
          fileName: () => `${name}.js`,
        },
      },
    });
    return join(outDir, `${name}.js`);
  };
  return {
    rendererDir,
    enginesScript: await bundle('engines', 'es', true),
    corpusScript: await bundle('corpus-script', 'iife', false),
  };
}

async function main(): Promise<void> {
  const sizes = sizesToRun();
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error(`No built renderer in ${rendererDir}: run \`npx electron-vite build\` first (npm run bench does).`);
  }
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error('No Chromium found: install it (apt-get install chromium) or set DEBRIEF_CHROMIUM.');
  await mkdir(resultsDir, { recursive: true });
  const shell = await bundleBrowserCode();
  const server = await startBenchServer(shell);
  const browser = await chromium.launch({ executablePath, headless: true, args: [...chromiumFlags, ...benchFlags] });
  const version = browser.version();
  const results: Record<string, SizeResult> = {};
  let importsReport: string;
  const team = teamPart();
  let everydayStart: ReturnType<typeof everydayStartRecord> | undefined;
  let teamMerge: (TeamMergeMeasurement & { loadAverage: number[] }) | undefined;
  let teamStart: (TeamStartMeasurement & { loadAverage: number[] }) | undefined;
  const started = performance.now();
  try {
    for (const size of sizes) {
      const step = performance.now();
      const loadBefore = loadavg()[0] as number;
      const app = await measureApp(browser, shell, server, size);
      const engines = await measureEngines(browser, shell, server, size, size >= 100_000 ? 1 : 3);
      // Other work on the machine slows every number here: say how busy it was.
      const load = [loadBefore, loadavg()[0] as number].map((value) => Math.round(value * 100) / 100);
      results[size] = { ...summarize(size, app, engines), loadAverage: load };
      console.log(
        `bench: ${size.toLocaleString('en')} talks measured in ${((performance.now() - step) / 1000).toFixed(0)} s ` +
          `(load average ${load.join(' → ')} on ${availableParallelism()} cores)`,
      );
    }
    const tables: string[] = [];
    if (team !== 'only') {
      const schedules = await measureScheduleImport(browser, rendererDir, join(root, 'content'), 1000);
      const recaps = await measureRecapImport(browser, rendererDir, join(root, 'content'));
      const everyday = await measureEverydayStart(browser, rendererDir, join(root, 'content'), 1000);
      everydayStart = everydayStartRecord(everyday);
      tables.push(scheduleImportTable(schedules), recapImportTable(recaps), everydayStartTable(everyday));
    }
    if (team !== 'none') {
      const teamRenderer = await teamRendererDir();
      const load = () => Math.round((loadavg()[0] as number) * 100) / 100;
      let before = load();
      const merge = await measureTeamMerge(browser, teamRenderer, join(root, 'content'));
      teamMerge = { ...merge, loadAverage: [before, load()] };
      before = load();
      const start = await measureTeamStart(browser, teamRenderer, join(root, 'content'));
      teamStart = { ...start, loadAverage: [before, load()] };
      const cores = availableParallelism();
      tables.push(
        `${teamMergeTable(merge)}\n\n(load average ${teamMerge.loadAverage.join(' → ')} on ${cores} cores)`,
        `${teamStartTable(start)}\n\n(load average ${teamStart.loadAverage.join(' → ')} on ${cores} cores)`,
      );
    }
    importsReport = tables.join('\n\n');
  } finally {
    await browser.close();
    await server.close();
  }
  const report = sizes.length > 0 ? `${table(results)}\n\n${importsReport}` : importsReport;
  console.log(`\n${report}\n`);
  const saved = {
    date: new Date().toISOString(),
    chromium: version,
    seconds: Math.round((performance.now() - started) / 1000),
    results,
    everydayStart,
    teamMerge,
    teamStart,
  };
  // One record per corpus size, the everyday start (bundled recap + a 1,000-session schedule) and the team folder's.
  await writeFile(
    join(resultsDir, 'latest.json'),
    `${JSON.stringify({ ...results, everydayStart, teamMerge, teamStart }, null, 2)}\n`,
  );
  await writeFile(join(resultsDir, 'latest-run.json'), `${JSON.stringify(saved, null, 2)}\n`);
  await writeFile(join(resultsDir, 'latest.md'), `${report}\n`);
  console.log(`bench: wrote ${join('bench', 'results', 'latest.json')} (${saved.seconds} s in all)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
