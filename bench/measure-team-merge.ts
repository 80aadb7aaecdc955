// The team merge bench (issue 16: "merging two devices × 10,000 changes takes ≤ 2 s with no
// main-thread task over 50 ms"). A fresh profile in the Chromium shell (the real main-process
// handlers) opens the app, lets the bundled recap's index settle, and joins a team folder of two
// devices' logs (team-folder-fixture.ts) through the Team view's form, as a person does. Timed
// from the form's submit to the Team view saying "Shared · 20000 changes merged at…", which the
// app shows once the merge is applied to IndexedDB (main answers the folder in pages, the page
// hands each to the team worker, which parses, merges and writes the records with syncStep); the
// records are then counted in IndexedDB.
// Long main-thread tasks are read for that span, and for the seconds after it (the search index
// taking the records in, the first send step). The same files are also merged in Node
// (TeamReplica.update + merge), the merge's own cost without the app around it.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { TeamReplica } from '../electron/common/team-sync/replica';
import type { SegmentFile } from '../electron/common/team-sync/segments';
import type { MainHandlers } from '../electron/main/handlers';
import { shellStartUrl } from '../scripts/chromium-shell';
import { attachBenchAppShell } from './app-shell';
import { busySpans, type CpuProfile } from './cpu-profile';
import { longTaskScript } from './long-tasks';
import { savedCount, slowMs, waitForEntries } from './measure-everyday-start';
import { bundledItemIds, makeTeamFolder, type TeamFolderSummary } from './team-folder-fixture';

/** A long main-thread task: when it started (ms from the submit) and how long it ran. */
export interface LongTask {
  atMs: number;
  ms: number;
}

/** What the team merge measured. Times in ms. */
export interface TeamMergeMeasurement {
  folder: TeamFolderSummary;
  /** Node, medians of three: parsing and checking every line (update), then merging (merge). */
  nodeUpdateMs: number;
  nodeMergeMs: number;
  /** From the join form's submit to the merge applied and shown. Goal ≤ 2,000 ms. */
  joinToMergedMs: number;
  /** The longest main-thread task in that span (goal ≤ 50 ms), and how many ran over 50 ms. */
  longestTaskMs: number;
  tasksOver50: number;
  /** Every task over 50 ms in that span. */
  longTasks: LongTask[];
  /** The same for the seconds after it: the search index taking the records in, the first send step. */
  afterMs: number;
  afterLongestTaskMs: number;
  afterTasksOver50: number;
  afterLongTasks: LongTask[];
  /** Where the join's time went, in order. */
  phases: TeamPhases;
  /** Records in IndexedDB once merged (the folder's, as the merge in Node counts them). */
  storedActions: number;
  storedAnnotations: number;
}

/** Where a join's time went, in order, ms. */
export interface TeamPhases {
  /** Submit to main joined: its first scan reads every segment. */
  mainJoinMs: number;
  /** From the first read's start to the last page's answer: main answering each page, the page handing it to the worker. */
  readPagesMs: number;
  /** How many pages main's answer came in. */
  pages: number;
  /** The last page posted to the worker (the merge) to its answer: parsing what is left, merging, syncStep writing the records. */
  mergeMs: number;
  /** Of that, the worker merging what it holds, then syncStep's transaction (the records made, compared and written). */
  workerMergeMs: number;
  workerApplyMs: number;
  /** The answer to the Team view saying so (Svelte's update, the conflicts listed). */
  showMs: number;
}

/** How long after the merge the page is watched: the first send step comes 2.5 s after the records change. */
const afterMergeMs = 5_000;

/**
 * Page-side probes, as an init script (source text, so that tsx adds no helpers the page does not
 * have): the join form's submit; the team worker's messages (each post to it, each answer, and
 * the answers that bring a merge, applied in the worker); and the first moment the Team view says
 * `changes` changes were merged. None of it changes what the app does.
 */
export function teamProbeScript(changes: number): string {
  return `(() => {
  const marks = { events: [] };
  Object.defineProperty(window, '__benchTeam', { value: marks });
  const note = (name, at, ms, phases) => marks.events.push({ name, at, ms, phases });
  const NativeWorker = window.Worker;
  window.Worker = class extends NativeWorker {
    constructor(url, options) {
      super(url, options);
      if (!options || options.name !== 'debrief-team') return;
      this.addEventListener('message', (event) => {
        const at = performance.now();
        const merge = event.data && event.data.result && event.data.result.merge;
        note(merge ? 'merge applied' : 'worker answered', at, performance.now() - at, merge && merge.phases);
      });
      const post = this.postMessage.bind(this);
      this.postMessage = (...args) => {
        const at = performance.now();
        post(...args);
        note('posted to worker', at, performance.now() - at);
      };
    }
  };
  const wanted = new RegExp('Shared\\\\s*·\\\\s*${changes}\\\\s+changes\\\\s+merged at');
  document.addEventListener('submit', () => {
    if (marks.joinAt !== undefined) return;
    marks.joinAt = performance.now();
    const observer = new MutationObserver(() => {
      if (marks.mergedAt !== undefined) return;
      const text = [...document.querySelectorAll('[role="status"]')].map((node) => node.textContent).join(' ');
      if (!wanted.test(text)) return;
      marks.mergedAt = performance.now();
      observer.disconnect();
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  }, true);
})();`;
}

/** What the probes saw, in page times. */
export interface TeamMarks {
  joinAt: number;
  mergedAt: number;
  events: {
    name: 'worker answered' | 'posted to worker' | 'merge applied';
    at: number;
    ms: number;
    /** A merge's answer: the worker's own times for merging and applying it. */
    phases?: { mergeMs: number; applyMs: number };
  }[];
}

/** The Team view's join form filled in and sent; resolves once the merge shows, with the page's times. */
export async function joinInTeamView(page: Page, folder: string, name: string): Promise<TeamMarks> {
  await page.getByRole('link', { name: /^Team/ }).click();
  await page.getByRole('textbox', { name: 'Team folder' }).fill(folder);
  await page.getByRole('textbox', { name: 'Your name' }).fill(name);
  await page.getByRole('button', { name: 'Join team folder' }).click();
  await page.waitForFunction(
    () => (globalThis as unknown as { __benchTeam: { mergedAt?: number } }).__benchTeam.mergedAt !== undefined,
    undefined,
    { timeout: slowMs, polling: 100 },
  );
  return page.evaluate(() => (globalThis as unknown as { __benchTeam: TeamMarks }).__benchTeam);
}

/** How many records each table of the app's IndexedDB holds (page-side source: Node's typings have no IndexedDB). */
const countScript = `new Promise((resolve, reject) => {
  const request = indexedDB.open('debrief');
  request.onerror = () => reject(request.error);
  request.onsuccess = () => {
    const database = request.result;
    const transaction = database.transaction(['actions', 'annotations'], 'readonly');
    const actions = transaction.objectStore('actions').count();
    const annotations = transaction.objectStore('annotations').count();
    transaction.oncomplete = () => {
      database.close();
      resolve({ actions: actions.result, annotations: annotations.result });
    };
    transaction.onerror = () => reject(transaction.error);
  };
})`;

/** How many action items and annotations the app's IndexedDB holds. */
export function countRecords(page: Page): Promise<{ actions: number; annotations: number }> {
  return page.evaluate(countScript) as Promise<{ actions: number; annotations: number }>;
}

/** The long tasks that overlap `from`..`to` (page times), from `origin`. */
export async function longTasksBetween(page: Page, from: number, to: number, origin: number): Promise<LongTask[]> {
  const tasks = await page.evaluate(
    () => (globalThis as unknown as { __benchLongTasks: [number, number][] }).__benchLongTasks,
  );
  return tasks
    .filter(([at, ms]) => at + ms > from && at < to)
    .map(([at, ms]) => ({ atMs: Math.round(at - origin), ms: Math.round(ms) }));
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** The replica's update and merge of `files` in Node, medians of `runs`. */
export function mergeInNode(files: readonly SegmentFile[], runs = 3): { updateMs: number; mergeMs: number } {
  const updates: number[] = [];
  const merges: number[] = [];
  for (let run = 0; run < runs; run++) {
    const replica = new TeamReplica('bench-self');
    const started = performance.now();
    replica.update({ reset: true, files: [...files] });
    const updated = performance.now();
    replica.merge();
    updates.push(updated - started);
    merges.push(performance.now() - updated);
  }
  return { updateMs: Math.round(median(updates)), mergeMs: Math.round(median(merges)) };
}

/** Starts the page's CPU profiler (for `BENCH_TEAM_PROFILE`); the returned function stops it. */
export async function startProfiler(page: Page): Promise<() => Promise<CpuProfile>> {
  const session: CDPSession = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 200 });
  await session.send('Profiler.start');
  return async () => {
    const { profile } = await session.send('Profiler.stop');
    await session.detach();
    return profile as CpuProfile;
  };
}

/** A call to main, on the wall clock. */
export interface MainCall {
  name: 'joinTeamFolder' | 'readTeamFolder';
  startedAt: number;
  endedAt?: number;
}

/** The handlers with their team folder calls timed into `calls`. */
export function timingTeamCalls(calls: MainCall[]): (handlers: MainHandlers) => MainHandlers {
  return (handlers) => {
    const timed =
      <Args extends unknown[], Result>(name: MainCall['name'], call: (...args: Args) => Promise<Result>) =>
      async (...args: Args): Promise<Result> => {
        const entry: MainCall = { name, startedAt: Date.now() };
        calls.push(entry);
        try {
          return await call(...args);
        } finally {
          entry.endedAt = Date.now();
        }
      };
    return {
      ...handlers,
      joinTeamFolder: timed('joinTeamFolder', handlers.joinTeamFolder),
      readTeamFolder: timed('readTeamFolder', handlers.readTeamFolder),
    };
  };
}

/** Where a join's time went, from the probes' marks and main's calls (wall clock; the page's starts at `origin`). */
export function teamPhases(marks: TeamMarks, calls: readonly MainCall[], origin: number): TeamPhases {
  const page = (wall: number) => wall - origin;
  const joined = calls.find((call) => call.name === 'joinTeamFolder' && page(call.startedAt) >= marks.joinAt - 50);
  const applied = marks.events.find((entry) => entry.name === 'merge applied' && entry.at >= marks.joinAt);
  const reads = calls.filter(
    (call) =>
      call.name === 'readTeamFolder' &&
      call.startedAt >= (joined?.endedAt ?? Infinity) &&
      call.endedAt !== undefined &&
      page(call.endedAt) <= (applied?.at ?? -Infinity),
  );
  const lastPost = marks.events
    .filter((entry) => entry.name === 'posted to worker' && entry.at < (applied?.at ?? 0))
    .at(-1);
  if (!joined?.endedAt || reads.length === 0 || !applied || !lastPost) {
    throw new Error(`bench: the join's steps were not all seen (${JSON.stringify({ joined, reads, marks })})`);
  }
  return {
    mainJoinMs: Math.round(page(joined.endedAt) - marks.joinAt),
    readPagesMs: Math.round(reads.at(-1)!.endedAt! - reads[0]!.startedAt),
    pages: reads.length,
    mergeMs: Math.round(applied.at - lastPost.at),
    workerMergeMs: applied.phases?.mergeMs ?? 0,
    workerApplyMs: applied.phases?.applyMs ?? 0,
    showMs: Math.round(marks.mergedAt - applied.at),
  };
}

/** Joins a folder of `devices` × `changesPerDevice` changes in the app and times the merge. */
export async function measureTeamMerge(
  browser: Browser,
  rendererDir: string,
  contentDir: string,
  devices = 2,
  changesPerDevice = 10_000,
): Promise<TeamMergeMeasurement> {
  const workDir = await mkdtemp(join(tmpdir(), 'debrief-bench-team-'));
  const teamDir = join(workDir, 'team');
  await mkdir(teamDir);
  const { files, summary } = await makeTeamFolder(teamDir, devices, changesPerDevice, bundledItemIds(contentDir));
  const node = mergeInNode(files);
  const context = await browser.newContext({ viewport: { width: 1280, height: 820 } });
  let handlers: MainHandlers | undefined;
  const calls: MainCall[] = [];
  try {
    handlers = await attachBenchAppShell(browser, context, {
      rendererDir,
      contentDir,
      userDataDir: join(workDir, 'user-data'),
      wrap: timingTeamCalls(calls),
    });
    await context.addInitScript({ content: longTaskScript });
    await context.addInitScript({ content: teamProbeScript(summary.changes) });
    const page = await context.newPage();
    await page.goto(shellStartUrl);
    // The first run's seeding, index build and save are not the merge's work.
    await waitForEntries(page, ['debrief:search-ready', 'debrief:search-saved']);
    await page.waitForTimeout(1000);
    const profileDir = process.env.BENCH_TEAM_PROFILE;
    const stopProfiler = profileDir ? await startProfiler(page) : undefined;
    const savedBefore = await savedCount(page);
    const marks = await joinInTeamView(page, teamDir, 'Bench');
    const { joinAt, mergedAt } = marks;
    const stored = await countRecords(page);
    if (stored.actions !== summary.actions || stored.annotations !== summary.annotations) {
      throw new Error(
        `bench: after the merge IndexedDB holds ${stored.actions} actions and ${stored.annotations} notes, not ${summary.actions} and ${summary.annotations}`,
      );
    }
    // The seconds after: until the search worker has saved the index with the records, and at least afterMergeMs.
    await page.waitForFunction(
      ([before, until]) =>
        performance.getEntriesByName('debrief:search-saved').length > before && performance.now() > until,
      [savedBefore, mergedAt + afterMergeMs] as const,
      { timeout: slowMs, polling: 200 },
    );
    const settledAt = await page.evaluate(() => performance.now());
    if (stopProfiler && profileDir) {
      const profile = await stopProfiler();
      await mkdir(profileDir, { recursive: true });
      await writeFile(join(profileDir, 'team-merge.cpuprofile'), JSON.stringify(profile));
      console.log(`bench: CPU profile in ${join(profileDir, 'team-merge.cpuprofile')}; busy spans over 50 ms:`);
      for (const span of busySpans(profile, 50)) console.log(span);
    }
    const during = await longTasksBetween(page, joinAt, mergedAt, joinAt);
    const phases = teamPhases(marks, calls, await page.evaluate(() => performance.timeOrigin));
    const after = await longTasksBetween(page, mergedAt, settledAt, joinAt);
    return {
      folder: summary,
      nodeUpdateMs: node.updateMs,
      nodeMergeMs: node.mergeMs,
      joinToMergedMs: Math.round(mergedAt - joinAt),
      phases,
      longestTaskMs: Math.max(0, ...during.map((task) => task.ms)),
      tasksOver50: during.filter((task) => task.ms > 50).length,
      longTasks: during,
      afterMs: Math.round(settledAt - mergedAt),
      afterLongestTaskMs: Math.max(0, ...after.map((task) => task.ms)),
      afterTasksOver50: after.filter((task) => task.ms > 50).length,
      afterLongTasks: after,
      storedActions: stored.actions,
      storedAnnotations: stored.annotations,
    };
  } finally {
    await context.close();
    await handlers?.close();
    await rm(workDir, { recursive: true, force: true });
  }
}

/** The phases' names for a table row, and their values. */
export const phaseWords =
  'main joins / main answers the pages, each handed to the worker / pages / the last page to merged and applied (worker: merge, apply) / view shows it';
export const phaseValues = (phases: TeamPhases) =>
  `${phases.mainJoinMs} / ${phases.readPagesMs} / ${phases.pages} / ${phases.mergeMs} (${phases.workerMergeMs}, ${phases.workerApplyMs}) / ${phases.showMs}`;

/** The result as a Markdown table. */
export function teamMergeTable(result: TeamMergeMeasurement): string {
  const { folder } = result;
  const tasks = (list: LongTask[]) => (list.length === 0 ? 'none' : list.map((task) => `${task.ms}`).join(', '));
  return [
    `| team merge (${folder.devices} devices × ${(folder.changes / folder.devices).toLocaleString('en')} changes, ${Math.round(folder.bytes / 1024).toLocaleString('en')} KB; ${folder.actions.toLocaleString('en')} actions, ${folder.annotations.toLocaleString('en')} notes, ${folder.conflicts} conflicts) | ms |`,
    '| --- | ---: |',
    `| join → merge applied and shown (goal ≤ 2,000 ms) | ${result.joinToMergedMs} |`,
    `| … ${phaseWords} | ${phaseValues(result.phases)} |`,
    `| longest main-thread task meanwhile (goal ≤ 50 ms) | ${result.longestTaskMs} (${result.tasksOver50} over 50 ms: ${tasks(result.longTasks)}) |`,
    `| longest task in the ${(result.afterMs / 1000).toFixed(1)} s after (index update, first send) | ${result.afterLongestTaskMs} (${result.afterTasksOver50} over 50 ms: ${tasks(result.afterLongTasks)}) |`,
    `| the merge alone in Node: parse + check every line / merge | ${result.nodeUpdateMs} / ${result.nodeMergeMs} |`,
  ].join('\n');
}
