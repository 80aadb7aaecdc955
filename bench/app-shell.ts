// The real Chromium shell with main's own handlers, for the bench's journeys through the UI: the
// bundled content (or none), a profile folder of its own, no save dialogs, and open dialogs that
// either hand over one chosen path or are off, so files go through the page's own chooser.
import type { Browser, BrowserContext } from 'playwright-core';
import { createHandlers, type MainHandlers } from '../electron/main/handlers';
import { attachShell } from '../scripts/chromium-shell';
import { printHtmlWithBrowser } from '../scripts/print-pdf';

export interface BenchAppShell {
  rendererDir: string;
  contentDir: string;
  userDataDir: string;
  /** The path main's open dialog answers with; without it there is no open dialog, as in the Chromium shell. */
  openPath?: string;
  /** Sees every handler before the page does (to time calls to main); returns the ones the page gets. */
  wrap?: (handlers: MainHandlers) => MainHandlers;
}

/**
 * Attaches the shell to `context`: the page then talks to main's handlers as it would in the app.
 * Returns the handlers: `close()` them when done (a team folder's watcher runs until then).
 */
export async function attachBenchAppShell(
  browser: Browser,
  context: BrowserContext,
  shell: BenchAppShell,
): Promise<MainHandlers> {
  const { openPath } = shell;
  const created = createHandlers(
    {
      contentDir: shell.contentDir,
      userDataDir: shell.userDataDir,
      appInfo: { name: 'Debrief', version: 'bench', shell: 'chromium' },
    },
    {
      chooseSavePath: async () => undefined,
      chooseExportFolder: async () => undefined,
      renderPdf: (html) => printHtmlWithBrowser(browser, html),
      chooseOpenPath: openPath === undefined ? undefined : async () => openPath,
      chooseRecapPaths: openPath === undefined ? undefined : async () => undefined,
      openInBrowser: async () => {},
    },
  );
  const handlers = shell.wrap ? shell.wrap(created) : created;
  await attachShell(context, { rendererDir: shell.rendererDir, handlers });
  return handlers;
}
