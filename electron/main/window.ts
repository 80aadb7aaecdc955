// The main window, created with the secure defaults and placed where the user left it.
import { BrowserWindow, screen } from 'electron';
import { join } from 'node:path';
import { appOrigin } from '../common/app-origin';
import { lockDownContents } from './security';
import { readWindowState, writeWindowState, type WindowState } from './window-state';

/** The webPreferences every window gets; the security test reads them back from the real window. */
export function secureWebPreferences(preloadPath: string): Electron.WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    spellcheck: false,
  };
}

function isOnScreen(state: WindowState): boolean {
  if (state.x === undefined || state.y === undefined) return false;
  const { x, y, width, height } = state as Required<WindowState>;
  return screen.getAllDisplays().some(({ workArea: area }) => {
    return x < area.x + area.width && x + width > area.x && y < area.y + area.height && y + height > area.y;
  });
}

/** Opens the Debrief window on app://debrief/. */
export async function createMainWindow(userDataDir: string): Promise<BrowserWindow> {
  const state = await readWindowState(userDataDir);
  const options: Electron.BrowserWindowConstructorOptions = {
    ...(isOnScreen(state) ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: 640,
    minHeight: 480,
    show: false,
    title: 'Debrief',
    backgroundColor: '#f7f7f5',
    webPreferences: secureWebPreferences(join(import.meta.dirname, '../preload/index.cjs')),
  };
  // Electronegativity cannot see into secureWebPreferences() (context isolation and sandbox are on; the
  // unit tests pin them), and a middle-click opens no window: lockDownContents denies every window.open.
  const window = new BrowserWindow(options); // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK
  lockDownContents(window.webContents);
  if (state.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());

  const remember = (): void => {
    if (window.isDestroyed()) return;
    const bounds = window.getNormalBounds();
    void writeWindowState(userDataDir, { ...bounds, maximized: window.isMaximized() }).catch(() => undefined);
  };
  window.on('close', remember);
  await window.loadURL(`${appOrigin}/index.html`);
  return window;
}
