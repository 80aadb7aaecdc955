// Debrief's main process, as a table of contents: lifecycle, security, protocol, IPC, window.
import { app, BrowserWindow, Menu } from 'electron';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { openFilesFromDesktop } from './desktop-files';
import { createHandlers, type MainHandlers } from './handlers';
import { registerIpcHandlers } from './ipc';
import { buildMenu } from './menu';
import { contentDirOf, rendererDirOf } from './paths';
import { bringForward, connectWindow, RendererEvents } from './renderer-events';
import { lockDownSession } from './security';
import { electronServices } from './services';
import { teamFolderFromArguments, workingDirOf } from './team-folder/command-line';
import { createMainWindow } from './window';

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Menu commands and opened files for the renderer, held until its page has loaded.
  const events = new RendererEvents();
  app.on('browser-window-created', (_event, window) => connectWindow(window, events));

  let opening: Promise<BrowserWindow> | undefined;
  /** The Debrief window brought forward: the open one, the one being opened, or a new one. */
  const showMainWindow = async (): Promise<BrowserWindow> => {
    const open = BrowserWindow.getAllWindows()[0];
    if (open) {
      bringForward(open);
      return open;
    }
    opening ??= createMainWindow(app.getPath('userData')).finally(() => (opening = undefined));
    return opening;
  };

  const started = app.whenReady().then(async () => {
    const location = { isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, appPath: app.getAppPath() };
    lockDownSession();
    serveRenderer(rendererDirOf(location));
    const handlers = createHandlers(
      {
        contentDir: contentDirOf(location),
        userDataDir: app.getPath('userData'),
        appInfo: { name: app.getName(), version: app.getVersion(), shell: 'electron' },
      },
      electronServices,
    );
    registerIpcHandlers(handlers);
    app.on('will-quit', () => void handlers.close());
    await joinTeamFolderFromCommandLine(handlers);
    Menu.setApplicationMenu(
      buildMenu((commandId) => {
        events.send('runCommand', { commandId });
        // On macOS the menu stays when every window is closed: the command waits for a new one.
        void showMainWindow();
      }),
    );
    await showMainWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) void showMainWindow();
    });
  });

  // Now, before `ready`: macOS announces the files that launched the app early. Their window waits for the start.
  openFilesFromDesktop(events, () => started.then(showMainWindow));
  app.on('second-instance', () => void started.then(showMainWindow));

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}

/** `--team-folder DIR --name NAME`: joins that folder before the window opens; a mistake is reported, and the app starts anyway. */
async function joinTeamFolderFromCommandLine(handlers: MainHandlers): Promise<void> {
  try {
    const request = teamFolderFromArguments(process.argv.slice(1), workingDirOf());
    if (request) await handlers.joinTeamFolder(request);
  } catch (error) {
    console.error(`Debrief: ${error instanceof Error ? error.message : String(error)}`);
  }
}
