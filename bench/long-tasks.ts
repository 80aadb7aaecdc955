// Long main-thread tasks in a bench page: an init script records every one Chromium reports, and
// the longest that overlaps a measured span is read back.
import type { Page } from 'playwright-core';

/** The init script that records long tasks as [start, duration] pairs on `window.__benchLongTasks`. */
export const longTaskScript = `(() => {
  const tasks = [];
  Object.defineProperty(window, '__benchLongTasks', { value: tasks });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
})();`;

/** The longest long task (ms) overlapping `from`..`to` (performance.now() times), 0 when none. */
export function longestTaskBetween(page: Page, from: number, to: number): Promise<number> {
  return page.evaluate(
    ([start, end]) =>
      Math.max(
        0,
        ...(globalThis as unknown as { __benchLongTasks: [number, number][] }).__benchLongTasks
          .filter(([at, duration]) => at + duration > start && at < end)
          .map(([, duration]) => duration),
      ),
    [from, to] as const,
  );
}
