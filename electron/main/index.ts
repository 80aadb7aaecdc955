// Debrief's main process, as a table of contents: lifecycle, security, protocol, IPC, window.
import { app, BrowserWindow, Menu } from 'electron';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { openFilesFromDesktop } from './desktop-files';
import { createHandlers } from './handlers';
import { registerIpcHandlers } from './ipc';
import { buildMenu } from './menu';
import { contentDirOf, rendererDirOf } from './paths';
import { bringForward, connectWindow, RendererEvents } from './renderer-events';
import { lockDownSession } from './security';
import { electronServices } from './services';
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
    registerIpcHandlers(
      createHandlers(
        {
          contentDir: contentDirOf(location),
          userDataDir: app.getPath('userData'),
          appInfo: { name: app.getName(), version: app.getVersion(), shell: 'electron' },
        },
        electronServices,
      ),
    );
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
