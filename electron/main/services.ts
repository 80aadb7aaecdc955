// Electron's dialogs, shell and printer, behind the MainServices interface the handlers use.
import { BrowserWindow, dialog, shell } from 'electron';
import { importedExtensions } from '../common/imported-files';
import type { MainServices } from './handlers';
import { printHtmlToPdf } from './pdf-printer';

/** The real dialogs and browser. */
export const electronServices: MainServices = {
  async chooseSavePath(request) {
    const options = { title: request.title, defaultPath: request.suggestedName, filters: request.filters };
    const window = BrowserWindow.getFocusedWindow();
    const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    return result.canceled ? undefined : result.filePath;
  },
  async chooseOpenPath(request) {
    const options = { title: request.title, filters: request.filters, properties: ['openFile' as const] };
    const window = BrowserWindow.getFocusedWindow();
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    return result.canceled ? undefined : result.filePaths[0];
  },
  async chooseRecapPaths(request) {
    const options = {
      title: request.title,
      filters: [{ name: 'Recap (Markdown or text)', extensions: [...importedExtensions.recap] }],
      properties: request.folder ? ['openDirectory' as const] : ['openFile' as const, 'multiSelections' as const],
    };
    const window = BrowserWindow.getFocusedWindow();
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    return result.canceled ? undefined : result.filePaths;
  },
  async chooseExportFolder(request) {
    // The folder picked is where the files go: a vault, or a folder in one (it can be made in the dialog).
    const options = {
      title: request.title,
      buttonLabel: 'Export here',
      properties: ['openDirectory' as const, 'createDirectory' as const, 'promptToCreate' as const],
    };
    const window = BrowserWindow.getFocusedWindow();
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    return result.canceled ? undefined : result.filePaths[0];
  },
  async chooseTeamFolder() {
    // The folder Syncthing, Dropbox, Nextcloud or Git keeps in sync; a new one can be made in the dialog.
    const options = {
      title: 'Choose the team folder',
      buttonLabel: 'Share through this folder',
      properties: ['openDirectory' as const, 'createDirectory' as const],
    };
    const window = BrowserWindow.getFocusedWindow();
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    return result.canceled ? undefined : result.filePaths[0];
  },
  renderPdf: printHtmlToPdf,
  openInBrowser(url) {
    // Called only by the openExternal handler, after isWebLink has refused every scheme but http(s).
    return shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK
  },
};
