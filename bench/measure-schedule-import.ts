// The schedule-import bench: a generated schedule of N sessions in each format, imported through
// the real UI in Chromium (open dialog → review → import), timed from the click to the review and
// from "Import" to the outcome, with the longest main-thread task meanwhile. Goal: 1,000 sessions
// in under 2 s.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { shellStartUrl } from '../scripts/chromium-shell';
import type { MainHandlers } from '../electron/main/handlers';
import { attachBenchAppShell } from './app-shell';
import { longestTaskBetween, longTaskScript } from './long-tasks';
import { frabJson, frabXml, generateSessions, schedIcs } from './schedule-corpus';

/** What one import measured. */
export interface ScheduleImportMeasurement {
  format: string;
  sessions: number;
  fileKB: number;
  /** Click on "Import a schedule…" to the review on screen: reading and matching, off the page. */
  readMs: number;
  /** Click on "Import N sessions" to the outcome said: saving the sessions and links. */
  saveMs: number;
  totalMs: number;
  /** Longest main-thread task from the first click to the outcome. */
  maxTaskMs: number;
}

/** Imports a generated schedule of `count` sessions in each format and times it. */
export async function measureScheduleImport(
  browser: Browser,
  rendererDir: string,
  contentDir: string,
  count: number,
): Promise<ScheduleImportMeasurement[]> {
  const workDir = await mkdtemp(join(tmpdir(), 'debrief-bench-schedule-'));
  const sessions = generateSessions(count);
  const files = [
    { format: 'frab XML', name: 'bench.xml', text: frabXml(sessions) },
    { format: 'frab JSON', name: 'bench.json', text: frabJson(sessions) },
    { format: 'iCalendar', name: 'bench.ics', text: schedIcs(sessions) },
  ];
  const results: ScheduleImportMeasurement[] = [];
  try {
    for (const file of files) {
      const path = join(workDir, file.name);
      await writeFile(path, file.text);
      const context = await browser.newContext({ viewport: { width: 1280, height: 820 } });
      let handlers: MainHandlers | undefined;
      try {
        handlers = await attachBenchAppShell(browser, context, {
          rendererDir,
          contentDir,
          userDataDir: join(workDir, `user-data-${file.name}`),
          openPath: path,
        });
        await context.addInitScript({ content: longTaskScript });
        const page = await context.newPage();
        await page.goto(shellStartUrl);
        const importButton = page.getByRole('button', { name: 'Import a schedule…' });
        await importButton.waitFor();
        // Let the first run's seeding and index build settle: they are not the import's work.
        await page.waitForTimeout(1500);
        const clickedAt = await page.evaluate(() => performance.now());
        await importButton.click();
        const confirm = page.getByRole('button', { name: `Import ${count} sessions` });
        await confirm.waitFor({ timeout: 60_000 });
        const reviewedAt = await page.evaluate(() => performance.now());
        await confirm.click();
        await page
          .getByRole('status')
          .filter({ hasText: `Imported ${count} sessions` })
          .waitFor({ timeout: 60_000 });
        const doneAt = await page.evaluate(() => performance.now());
        const maxTaskMs = await longestTaskBetween(page, clickedAt, doneAt);
        results.push({
          format: file.format,
          sessions: count,
          fileKB: Math.round(Buffer.byteLength(file.text) / 1024),
          readMs: Math.round(reviewedAt - clickedAt),
          saveMs: Math.round(doneAt - reviewedAt),
          totalMs: Math.round(doneAt - clickedAt),
          maxTaskMs: Math.round(maxTaskMs),
        });
      } finally {
        await context.close();
        await handlers?.close();
      }
    }
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
  return results;
}

/** The results as a Markdown table. */
export function scheduleImportTable(results: readonly ScheduleImportMeasurement[]): string {
  const rows = results.map(
    (r) =>
      `| ${r.format} | ${r.sessions} | ${r.fileKB} KB | ${r.readMs} ms | ${r.saveMs} ms | ${r.totalMs} ms | ${r.maxTaskMs} ms |`,
  );
  return [
    '| schedule format | sessions | file | read + match (review shown) | save (outcome shown) | total (goal < 2,000 ms) | longest task |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}
