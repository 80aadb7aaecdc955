// Debrief's main process, as a table of contents: lifecycle, security, protocol, IPC, window.
import { app, BrowserWindow, Menu } from 'electron';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { createHandlers } from './handlers';
import { registerIpcHandlers } from './ipc';
import { buildMenu } from './menu';
import { contentDirOf, rendererDirOf } from './paths';
import { lockDownSession } from './security';
import { electronServices } from './services';
import { createMainWindow } from './window';

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const window = BrowserWindow.getAllWindows()[0];
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });

  void app.whenReady().then(async () => {
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
    Menu.setApplicationMenu(buildMenu());
    await createMainWindow(app.getPath('userData'));
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) void createMainWindow(app.getPath('userData'));
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
