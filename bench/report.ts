// Turns measurements into the numbers `npm run bench` prints and saves: one record per corpus
// size (the keys bench/results/latest.json holds) and a Markdown table with the goals beside them.
import type { AppMeasurements } from './measure-app';
import type { EngineMeasurements } from './measure-engines';

/** The saved results of one corpus size. All times in milliseconds, memory in MB. */
export interface SizeResult {
  documents: number;
  /** Keystroke → results painted in the real search box, over the typing script. */
  searchP50Ms: number;
  searchP95Ms: number;
  /** Keystroke → results in the DOM, before the frame that paints them: the app's own share. */
  renderedP50Ms: number;
  renderedP95Ms: number;
  /** Who answered while typing: the page's copy of a small index, or the worker. */
  answeredBy: 'page' | 'worker';
  /** The same queries in one page: the app's search path, raw MiniSearch, FlexSearch. */
  appSearchP95Ms: number;
  rawMiniSearchP95Ms: number;
  flexSearchP95Ms: number;
  /** appSearchP95Ms / rawMiniSearchP95Ms, and the same over the sum of all queries. */
  appVsRawP95: number;
  appVsRawTotal: number;
  coldStartMs: number;
  coldStartSource: string;
  /** The profile's second and third cold starts, timed as `coldStartMs`, and how each got its index. */
  coldStartRepeatsMs: number[];
  coldStartRepeatsSources: string[];
  contentTransportMs: number;
  importMs: number;
  indexSaveMs: number;
  importMaxTaskMs: number;
  typingMaxTaskMs: number;
  heapMB: number;
  pageHeapMB: number;
  workerHeapMB: number | null;
  keystrokes: number;
  /** Where the time goes: the slowest keystrokes in the box, and the slowest queries in the app's search path. */
  slowestKeystrokes: [string, number][];
  slowestAppQueries: [string, number][];
  /** The machine's 1-minute load average before and after this size (other work skews every time). */
  loadAverage?: number[];
  /** The search worker's steps (ms) on the first run and the cold start. */
  workerPhases: { import: Record<string, number>; coldStart: Record<string, number> };
  buildMs: { miniSearch: number; flexSearch: number };
}

/** The p-th percentile (nearest rank) of some numbers. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] as number;
}

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

function roundAll(phases: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(phases).map(([key, value]) => [key, round(value)]));
}

/** One size's record, from what the app and the engines page measured. */
export function summarize(documents: number, app: AppMeasurements, engines: EngineMeasurements): SizeResult {
  const column = (key: 'appMs' | 'miniSearchMs' | 'flexSearchMs') => engines.timings.map((t) => t[key]);
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const appP95 = percentile(column('appMs'), 95);
  const rawP95 = percentile(column('miniSearchMs'), 95);
  return {
    documents,
    searchP50Ms: round(percentile(app.keystrokeMs, 50)),
    searchP95Ms: round(percentile(app.keystrokeMs, 95)),
    renderedP50Ms: round(percentile(app.renderedMs, 50)),
    renderedP95Ms: round(percentile(app.renderedMs, 95)),
    answeredBy: app.answeredInPage ? 'page' : 'worker',
    appSearchP95Ms: round(appP95, 2),
    rawMiniSearchP95Ms: round(rawP95, 2),
    flexSearchP95Ms: round(percentile(column('flexSearchMs'), 95), 2),
    appVsRawP95: round(appP95 / rawP95, 2),
    appVsRawTotal: round(sum(column('appMs')) / sum(column('miniSearchMs')), 2),
    coldStartMs: round(app.coldStartMs),
    coldStartSource: app.coldStartSource,
    coldStartRepeatsMs: app.coldStartRepeatsMs.map((value) => round(value)),
    coldStartRepeatsSources: app.coldStartRepeatsSources,
    contentTransportMs: round(app.contentTransportMs),
    importMs: round(app.importMs),
    indexSaveMs: round(app.indexSaveMs),
    importMaxTaskMs: round(app.importMaxTaskMs),
    typingMaxTaskMs: round(app.typingMaxTaskMs),
    heapMB: round(app.pageHeapMB + (app.workerHeapMB ?? 0)),
    pageHeapMB: round(app.pageHeapMB),
    workerHeapMB: app.workerHeapMB === undefined ? null : round(app.workerHeapMB),
    keystrokes: app.keystrokeMs.length,
    slowestKeystrokes: app.slowestKeystrokes,
    slowestAppQueries: [...engines.timings]
      .sort((a, b) => b.appMs - a.appMs)
      .slice(0, 8)
      .map((t): [string, number] => [t.query, round(t.appMs, 2)]),
    workerPhases: { import: roundAll(app.importPhases), coldStart: roundAll(app.coldStartPhases) },
    buildMs: {
      miniSearch: round(engines.builds.miniSearchMs),
      flexSearch: round(engines.builds.flexSearchMs),
    },
  };
}

interface Row {
  label: string;
  value: (result: SizeResult) => string;
  goal: (size: number) => string;
}

const ms = (value: number) => `${value} ms`;

const rows: Row[] = [
  { label: 'Keystroke → results painted, p50', value: (r) => ms(r.searchP50Ms), goal: () => '' },
  {
    label: 'Keystroke → results painted, p95',
    value: (r) => ms(r.searchP95Ms),
    goal: (size) => (size <= 1000 ? '≤ 8 ms' : size <= 10_000 ? '≤ 16 ms' : '≤ 50 ms'),
  },
  {
    label: 'Keystroke → results in the DOM, p50 / p95',
    value: (r) => `${r.renderedP50Ms} / ${r.renderedP95Ms} ms (${r.answeredBy})`,
    goal: () => '',
  },
  { label: 'Same queries, app search path p95', value: (r) => ms(r.appSearchP95Ms), goal: () => '' },
  { label: 'Same queries, raw MiniSearch p95', value: (r) => ms(r.rawMiniSearchP95Ms), goal: () => '' },
  {
    label: 'App ÷ raw MiniSearch (p95 / total)',
    value: (r) => `${r.appVsRawP95}× / ${r.appVsRawTotal}×`,
    goal: () => '≤ 1.3×',
  },
  { label: 'Same queries, FlexSearch p95 (reference)', value: (r) => ms(r.flexSearchP95Ms), goal: () => '' },
  {
    label: 'Cold start → search ready (saved index)',
    value: (r) => `${ms(r.coldStartMs)} (${r.coldStartSource})`,
    goal: (size) => (size === 10_000 ? '≤ 400 ms' : ''),
  },
  {
    label: 'Cold start, 2nd / 3rd start',
    value: (r) => {
      const sources = [...new Set(r.coldStartRepeatsSources)];
      return `${r.coldStartRepeatsMs.join(' / ')} ms (${sources.join(', ')})`;
    },
    goal: () => '',
  },
  {
    label: 'First-run import (stored + indexed)',
    value: (r) => ms(r.importMs),
    goal: (size) => (size === 10_000 ? '≤ 3000 ms' : ''),
  },
  { label: 'Longest main-thread task, importing', value: (r) => ms(r.importMaxTaskMs), goal: () => '≤ 50 ms' },
  { label: 'Longest main-thread task, typing', value: (r) => ms(r.typingMaxTaskMs), goal: () => '≤ 50 ms' },
  { label: 'Index saved (worker, after ready)', value: (r) => ms(r.indexSaveMs), goal: () => '' },
  {
    label: 'JS heap (page + search worker)',
    value: (r) => `${r.heapMB} MB (${r.pageHeapMB} + ${r.workerHeapMB ?? '?'})`,
    goal: (size) => (size === 10_000 ? '≤ 150 MB' : ''),
  },
  {
    label: 'Content handed over (stand-in for IPC, not counted)',
    value: (r) => ms(r.contentTransportMs),
    goal: () => '',
  },
];

/** The results as a Markdown table: one row per measure, one column per size, and the goal. */
export function table(results: Record<string, SizeResult>): string {
  const sizes = Object.keys(results).map(Number);
  const header = `| measure | ${sizes.map((s) => `${s.toLocaleString('en')} talks`).join(' | ')} | goal |`;
  const rule = `| --- | ${sizes.map(() => '---:').join(' | ')} | --- |`;
  const body = rows.map((row) => {
    const goals = [...new Set(sizes.map((size) => row.goal(size)).filter(Boolean))];
    const goal = goals.length <= 1 ? (goals[0] ?? '') : sizes.map((s) => `${row.goal(s) || '—'}`).join(' / ');
    return `| ${row.label} | ${sizes.map((size) => row.value(results[size] as SizeResult)).join(' | ')} | ${goal} |`;
  });
  return [header, rule, ...body].join('\n');
}
