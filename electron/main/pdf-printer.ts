// Prints a self-contained HTML page (a trip report) to PDF in a hidden window that can do nothing
// else: no scripts, no preload, sandboxed, in a session of its own kept in memory whose every
// request is cancelled but the page itself and the data: URLs it embeds. The page is loaded from a
// private temporary file, not a data: URL: Chromium refuses URLs over 2 MB, and a report of every
// talk with its notes can be larger than that once URL-encoded.
import { BrowserWindow, session, type Session } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { lockDownContents } from './security';

/** The print window's session: no `persist:` prefix, so nothing it sees is written to disk. */
export const pdfPartition = 'debrief-pdf';

/** The page margins, in inches (the Chromium shell's printer uses the same). */
export const pdfMargins = { top: 0.6, bottom: 0.6, left: 0.6, right: 0.6 };

/** The files being printed now: the only pages (besides data: URLs) the print session lets through. */
const printedFiles = new Set<string>();

/** Whether the print session lets a request through: the printed file itself, or what the page embeds. */
export function isPrintedPage(url: string): boolean {
  if (url.startsWith('data:')) return true;
  if (!url.startsWith('file:')) return false;
  try {
    // By path, not by URL text: Chromium and Node may spell one file's URL differently.
    return printedFiles.has(fileURLToPath(url));
  } catch {
    return false;
  }
}
let lockedDown: Session | undefined;

/** The print session, locked down the first time it is used (after the app is ready). */
function printSession(): Session {
  if (lockedDown) return lockedDown;
  const printing = session.fromPartition(pdfPartition);
  printing.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  printing.setPermissionCheckHandler(() => false);
  printing.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isPrintedPage(details.url) });
  });
  lockedDown = printing;
  return printing;
}

/** Prints the page to an A4 PDF with its backgrounds; resolves to the PDF's bytes. */
export async function printHtmlToPdf(html: string): Promise<Uint8Array> {
  const folder = await mkdtemp(join(tmpdir(), 'debrief-pdf-'));
  const file = join(folder, 'trip-report.html');
  let window: BrowserWindow | undefined;
  try {
    await writeFile(file, html, { encoding: 'utf8', mode: 0o600 });
    printedFiles.add(file);
    const options: Electron.BrowserWindowConstructorOptions = {
      show: false,
      webPreferences: {
        session: printSession(),
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        javascript: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        spellcheck: false,
      },
    };
    // Electronegativity cannot see into `options` (context isolation and sandbox are on; the unit
    // tests pin them). The window is hidden, so nothing is ever clicked in it, and a middle-click
    // would open no window anyway: lockDownContents below denies every window.open.
    window = new BrowserWindow(options); // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK
    // A meta refresh or a link needs no script: the page must not go anywhere, nor open a window.
    lockDownContents(window.webContents);
    await window.loadURL(pathToFileURL(file).href);
    const pdf = await window.webContents.printToPDF({ printBackground: true, pageSize: 'A4', margins: pdfMargins });
    return new Uint8Array(pdf);
  } finally {
    printedFiles.delete(file);
    if (window && !window.isDestroyed()) window.destroy();
    await rm(folder, { recursive: true, force: true });
  }
}
