// The window Debrief opens: the webPreferences of Electron's security checklist, the lock-down
// applied to its contents, and the app origin it loads. Electron's BrowserWindow is faked.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({ windows: [] as FakeWindow[] }));

interface FakeWindow {
  options: Electron.BrowserWindowConstructorOptions;
  loaded: string[];
  webContents: {
    events: string[];
    windowOpenHandler: unknown;
    on(event: string): void;
    setWindowOpenHandler(handler: unknown): void;
  };
}

vi.mock('electron', () => {
  class BrowserWindow {
    readonly loaded: string[] = [];
    readonly webContents = {
      events: [] as string[],
      windowOpenHandler: undefined as unknown,
      on(event: string) {
        this.events.push(event);
      },
      setWindowOpenHandler(handler: unknown) {
        this.windowOpenHandler = handler;
      },
    };
    constructor(readonly options: Electron.BrowserWindowConstructorOptions) {
      fake.windows.push(this);
    }
    maximize(): void {}
    once(): void {}
    on(): void {}
    async loadURL(url: string): Promise<void> {
      this.loaded.push(url);
    }
  }
  return {
    BrowserWindow,
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    session: { defaultSession: {} },
    shell: { openExternal: async () => undefined },
  };
});

const { createMainWindow, secureWebPreferences } = await import('../../../../electron/main/window');

/** Every setting of Electron's security checklist that a window's webPreferences carry. */
const checklist = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
};

let userData: string;
beforeEach(async () => {
  fake.windows.length = 0;
  userData = await mkdtemp(join(tmpdir(), 'debrief-window-security-'));
});
afterEach(async () => {
  await rm(userData, { recursive: true, force: true });
});

describe('secureWebPreferences', () => {
  it("holds every webPreferences item of Electron's security checklist", () => {
    expect(secureWebPreferences('/app/out/preload/index.cjs')).toMatchObject({
      ...checklist,
      preload: '/app/out/preload/index.cjs',
    });
  });

  it('turns on nothing that weakens the renderer', () => {
    const preferences = secureWebPreferences('/p.cjs') as Record<string, unknown>;
    // The remote module left Electron in v14; a stale option must not come back with it.
    for (const risky of ['enableRemoteModule', 'enableBlinkFeatures', 'additionalArguments', 'partition', 'session']) {
      expect(preferences, risky).not.toHaveProperty(risky);
    }
  });
});

describe('createMainWindow', () => {
  it('opens one window with the secure preferences, locked down, on app://debrief', async () => {
    await createMainWindow(userData);
    expect(fake.windows).toHaveLength(1);
    const [window] = fake.windows;
    expect(window!.options.webPreferences).toMatchObject(checklist);
    expect(window!.options.webPreferences?.preload).toMatch(/preload[\\/]index\.cjs$/);
    expect(window!.webContents.events).toEqual(expect.arrayContaining(['will-navigate', 'will-attach-webview']));
    expect(window!.webContents.windowOpenHandler).toBeTypeOf('function');
    expect(window!.loaded).toEqual(['app://debrief/index.html']);
  });
});
