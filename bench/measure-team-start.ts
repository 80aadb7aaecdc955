// The team folder's cost at start (issue 16: "a folder holding 50,000 changes adds ≤ 300 ms to the
// cold start"). Three profiles of the Chromium shell (the real main-process handlers), started as
// the everyday start is (a new window on the profile, timed to first paint and to search ready):
//  - plain: the bundled recap, no team folder;
//  - team: the same, joined through the Team view to a folder of 5 devices × 10,000 changes
//    (team-folder-fixture.ts), merged and settled before the first timed start, so each start
//    reads and merges the whole folder again, as the app does on every start;
//  - left: the team profile after leaving the folder: the same records in IndexedDB, no folder.
// The starts alternate (plain, team; then plain, left), three of each, so that a busier moment of
// the machine falls on both sides. team − plain is what the folder and its records cost the start;
// team − left what the folder itself costs, its records aside.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { MainHandlers } from '../electron/main/handlers';
import { shellStartUrl } from '../scripts/chromium-shell';
import { attachBenchAppShell } from './app-shell';
import { busySpans } from './cpu-profile';
import { longTaskScript } from './long-tasks';
import { savedCount, slowMs, timeStart, waitForEntries } from './measure-everyday-start';
import {
  countRecords,
  joinInTeamView,
  longTasksBetween,
  teamPhases,
  teamProbeScript,
  timingTeamCalls,
  type MainCall,
  type TeamMarks,
  type TeamPhases,
  startProfiler,
} from './measure-team-merge';
import { bundledItemIds, makeTeamFolder, type TeamFolderSummary } from './team-folder-fixture';

/** One timed start, ms from navigation start. */
export interface TeamStart {
  firstPaintMs: number;
  searchReadyMs: number;
  documents: number;
  source: string;
  /** Team profile only: when the start's merge of the folder was applied (the worker's answer). */
  mergedMs?: number;
  /** Team profile only: when main had answered the start's first read of the folder (every segment). */
  readAnsweredMs?: number;
  /** The longest main-thread task from navigation start to search ready (or to the merge applied, if later). */
  longestTaskMs: number;
}

/** The starts of one profile. */
export interface TeamStartSeries {
  starts: TeamStart[];
  firstPaintMedianMs: number;
  searchReadyMedianMs: number;
}

/** What the team start measured. */
export interface TeamStartMeasurement {
  folder: TeamFolderSummary;
  /** Joining the folder on the team profile, before the timed starts. */
  joinToMergedMs: number;
  joinPhases: TeamPhases;
  plain: TeamStartSeries;
  team: TeamStartSeries;
  left: TeamStartSeries;
  /** Medians: team − plain and team − left, for first paint and search ready. Goal ≤ 300 ms. */
  addedFirstPaintMs: number;
  addedSearchReadyMs: number;
  folderOnlyFirstPaintMs: number;
  folderOnlySearchReadyMs: number;
}

const starts = 3;
/** After the join, the page stays this long at least: the first send step comes 2.5 s after the records change. */
const settleMs = 5_000;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const round = (value: number) => Math.round(value);

/** A fresh profile with the bundled recap's index built and saved. */
async function openProfile(
  browser: Browser,
  rendererDir: string,
  contentDir: string,
  userDataDir: string,
  changes: number,
  calls: MainCall[],
): Promise<{ context: BrowserContext; handlers: MainHandlers; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 820 } });
  const handlers = await attachBenchAppShell(browser, context, {
    rendererDir,
    contentDir,
    userDataDir,
    wrap: timingTeamCalls(calls),
  });
  await context.addInitScript({ content: longTaskScript });
  await context.addInitScript({ content: teamProbeScript(changes) });
  const page = await context.newPage();
  await page.goto(shellStartUrl);
  await waitForEntries(page, ['debrief:search-ready', 'debrief:search-saved']);
  return { context, handlers, page };
}

/** A new window on the profile, timed; on a team profile it stays open until the start's merge is applied. */
async function timeTeamStart(
  context: BrowserContext,
  joined: boolean,
  calls: readonly MainCall[],
  profileTo?: string,
): Promise<TeamStart> {
  const page = await context.newPage();
  try {
    const stopProfiler = profileTo ? await startProfiler(page) : undefined;
    const times = await timeStart(page);
    let mergedMs: number | undefined;
    let readAnsweredMs: number | undefined;
    if (joined) {
      await page.waitForFunction(
        () =>
          (globalThis as unknown as { __benchTeam: TeamMarks }).__benchTeam.events.some(
            (event) => event.name === 'merge applied',
          ),
        undefined,
        { timeout: slowMs, polling: 100 },
      );
      const marks = await page.evaluate(() => (globalThis as unknown as { __benchTeam: TeamMarks }).__benchTeam);
      const applied = marks.events.find((event) => event.name === 'merge applied');
      if (applied) mergedMs = applied.at;
      const origin = await page.evaluate(() => performance.timeOrigin);
      const read = calls.find((call) => call.name === 'readTeamFolder' && call.startedAt >= origin);
      if (read?.endedAt) readAnsweredMs = read.endedAt - origin;
    }
    if (stopProfiler && profileTo) {
      const profile = await stopProfiler();
      await writeFile(profileTo, JSON.stringify(profile));
      console.log(`bench: CPU profile of a start in ${profileTo}; busy spans over 50 ms:`);
      for (const span of busySpans(profile, 50)) console.log(span);
    }
    const end = Math.max(times.searchReadyMs, mergedMs ?? 0);
    const tasks = await longTasksBetween(page, 0, end, 0);
    return {
      firstPaintMs: round(times.firstPaintMs),
      searchReadyMs: round(times.searchReadyMs),
      documents: times.documents,
      source: times.source,
      ...(mergedMs === undefined ? {} : { mergedMs: round(mergedMs) }),
      ...(readAnsweredMs === undefined ? {} : { readAnsweredMs: round(readAnsweredMs) }),
      longestTaskMs: Math.max(0, ...tasks.map((task) => task.ms)),
    };
  } finally {
    await page.close();
  }
}

function series(list: TeamStart[]): TeamStartSeries {
  return {
    starts: list,
    firstPaintMedianMs: median(list.map((start) => start.firstPaintMs)),
    searchReadyMedianMs: median(list.map((start) => start.searchReadyMs)),
  };
}

/** Times starts with and without a team folder of `devices` × `changesPerDevice` changes. */
export async function measureTeamStart(
  browser: Browser,
  rendererDir: string,
  contentDir: string,
  devices = 5,
  changesPerDevice = 10_000,
): Promise<TeamStartMeasurement> {
  const workDir = await mkdtemp(join(tmpdir(), 'debrief-bench-team-start-'));
  const teamDir = join(workDir, 'team');
  await mkdir(teamDir);
  const { summary } = await makeTeamFolder(teamDir, devices, changesPerDevice, bundledItemIds(contentDir));
  const opened: { context: BrowserContext; handlers: MainHandlers }[] = [];
  try {
    const plainCalls: MainCall[] = [];
    const plain = await openProfile(browser, rendererDir, contentDir, join(workDir, 'plain'), 0, plainCalls);
    opened.push(plain);
    await plain.page.close();

    const calls: MainCall[] = [];
    const team = await openProfile(
      browser,
      rendererDir,
      contentDir,
      join(workDir, 'team-user'),
      summary.changes,
      calls,
    );
    opened.push(team);
    const savedBefore = await savedCount(team.page);
    const marks = await joinInTeamView(team.page, teamDir, 'Bench');
    const joinPhases = teamPhases(marks, calls, await team.page.evaluate(() => performance.timeOrigin));
    const stored = await countRecords(team.page);
    if (stored.actions !== summary.actions || stored.annotations !== summary.annotations) {
      throw new Error(
        `bench: after the merge IndexedDB holds ${stored.actions} actions and ${stored.annotations} notes, not ${summary.actions} and ${summary.annotations}`,
      );
    }
    // Settled: the index saved with the records, and the first send step done.
    await team.page.waitForFunction(
      ([before, until]) =>
        performance.getEntriesByName('debrief:search-saved').length > before && performance.now() > until,
      [savedBefore, marks.mergedAt + settleMs] as const,
      { timeout: slowMs, polling: 200 },
    );
    await team.page.close();

    const plainStarts: TeamStart[] = [];
    const teamStarts: TeamStart[] = [];
    for (let run = 0; run < starts; run++) {
      plainStarts.push(await timeTeamStart(plain.context, false, plainCalls));
      const profileDir = process.env.BENCH_TEAM_PROFILE;
      const profileTo = profileDir && run === 0 ? join(profileDir, 'team-start.cpuprofile') : undefined;
      teamStarts.push(await timeTeamStart(team.context, true, calls, profileTo));
    }
    await team.handlers.leaveTeamFolder();
    const leftStarts: TeamStart[] = [];
    for (let run = 0; run < starts; run++) {
      plainStarts.push(await timeTeamStart(plain.context, false, plainCalls));
      leftStarts.push(await timeTeamStart(team.context, false, calls));
    }
    const [plainSeries, teamSeries, leftSeries] = [series(plainStarts), series(teamStarts), series(leftStarts)];
    return {
      folder: summary,
      joinToMergedMs: round(marks.mergedAt - marks.joinAt),
      joinPhases,
      plain: plainSeries,
      team: teamSeries,
      left: leftSeries,
      addedFirstPaintMs: teamSeries.firstPaintMedianMs - plainSeries.firstPaintMedianMs,
      addedSearchReadyMs: teamSeries.searchReadyMedianMs - plainSeries.searchReadyMedianMs,
      folderOnlyFirstPaintMs: teamSeries.firstPaintMedianMs - leftSeries.firstPaintMedianMs,
      folderOnlySearchReadyMs: teamSeries.searchReadyMedianMs - leftSeries.searchReadyMedianMs,
    };
  } finally {
    for (const { context, handlers } of opened) {
      await context.close();
      await handlers.close();
    }
    await rm(workDir, { recursive: true, force: true });
  }
}

/** The result as a Markdown table. */
export function teamStartTable(result: TeamStartMeasurement): string {
  const { folder } = result;
  const list = (values: (number | undefined)[]) => values.map((value) => value ?? '–').join(' / ');
  const row = (name: string, s: TeamStartSeries, merged = false) =>
    `| ${name} (${s.starts[0]?.documents.toLocaleString('en')} documents) | ${s.firstPaintMedianMs} (${list(s.starts.map((start) => start.firstPaintMs))}) | ${s.searchReadyMedianMs} (${list(s.starts.map((start) => start.searchReadyMs))}) | ${merged ? s.starts.map((start) => `${start.readAnsweredMs ?? '–'} → ${start.mergedMs ?? '–'}`).join(' / ') : '–'} | ${list(s.starts.map((start) => start.longestTaskMs))} |`;
  return [
    `| start with a team folder (${folder.devices} devices × ${(folder.changes / folder.devices).toLocaleString('en')} changes, ${Math.round(folder.bytes / 1024).toLocaleString('en')} KB; ${folder.actions.toLocaleString('en')} actions, ${folder.annotations.toLocaleString('en')} notes) | first paint, median (each start) | search ready, median (each start) | folder read → merged again (each start) | longest task (each start) |`,
    '| --- | ---: | ---: | ---: | ---: |',
    row('no team folder', result.plain),
    row('joined, folder merged at the start before', result.team, true),
    row('left the folder (its records kept)', result.left),
    `| added by the folder and its records (goal ≤ 300 ms) | ${result.addedFirstPaintMs} | ${result.addedSearchReadyMs} | | |`,
    `| added by the folder alone (joined − left) | ${result.folderOnlyFirstPaintMs} | ${result.folderOnlySearchReadyMs} | | |`,
    `| joining it first (not timed as a start) | | ${result.joinToMergedMs} ms to merged | | |`,
  ].join('\n');
}
