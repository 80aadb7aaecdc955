// Wires the desktop's ways of opening a file with Debrief to OpenedFiles: macOS's `open-file`, the
// first launch's command line, and the command line of a second launch. Call it before the app is
// ready: macOS announces the files that launched the app before `ready`.
import { app, BrowserWindow, dialog } from 'electron';
import { importedFilePaths, OpenedFiles } from './opened-files';
import type { RendererEvents } from './renderer-events';

/**
 * Listens for files the user opens Debrief with and sends each, read, to the renderer as `openUserFile`;
 * `showWindow` brings the Debrief window forward (or opens it) once the app has started.
 */
export function openFilesFromDesktop(events: RendererEvents, showWindow: () => Promise<unknown>): void {
  const files = new OpenedFiles({
    deliver: (file) => events.send('openUserFile', file),
    refuse: (message) => void app.whenReady().then(() => showRefusal(message)),
  });
  const openAndShow = (paths: string[]): void => {
    if (paths.length === 0) return;
    void files.open(paths);
    void showWindow();
  };
  app.on('open-file', (event, path) => {
    // Says to macOS that Debrief took the file (otherwise it reports that the file could not be opened).
    event.preventDefault();
    openAndShow([path]);
  });
  app.on('second-instance', (_event, argv, workingDirectory) => openAndShow(importedFilePaths(argv, workingDirectory)));
  openAndShow(importedFilePaths(process.argv, process.cwd()));
}

async function showRefusal(message: string): Promise<void> {
  const options = {
    type: 'warning' as const,
    title: 'Debrief',
    message: 'A file could not be opened',
    detail: message,
  };
  const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  await (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
}
