// The installed app's wiring, with app.isPackaged true: electron/main/index.ts runs against a fake
// Electron laid out like an installation (resources/app.asar, resources/content) and a user-data
// folder. It must serve the renderer from inside the app, read the recap from resources, and keep
// everything the user makes (backups, window state) in the platform's user-data folder.
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createBackupText } from '../../../electron/common/backup-format';

type Handler = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => ({
  install: '',
  userData: '',
  protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
  ipc: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
  windows: [] as { loaded: string[] }[],
  setPathCalls: [] as unknown[],
}));

vi.mock('electron', () => {
  const on = () => undefined;
  class BrowserWindow {
    static getAllWindows = () => fake.windows;
    static getFocusedWindow = () => null;
    readonly loaded: string[] = [];
    readonly webContents = { on, setWindowOpenHandler: on };
    constructor() {
      fake.windows.push(this);
    }
    maximize = on;
    once = on;
    on = on;
    async loadURL(url: string) {
      this.loaded.push(url);
    }
  }
  return {
    app: {
      isPackaged: true,
      requestSingleInstanceLock: () => true,
      on,
      quit: on,
      whenReady: async () => undefined,
      getAppPath: () => join(fake.install, 'resources', 'app.asar'),
      getPath: (name: string) => {
        if (name !== 'userData') throw new Error(`the app asked for the ${name} folder`);
        return fake.userData;
      },
      setPath: (...args: unknown[]) => fake.setPathCalls.push(args),
      getName: () => 'debrief',
      getVersion: () => '1.2.3',
    },
    BrowserWindow,
    Menu: { buildFromTemplate: () => ({}), setApplicationMenu: on },
    protocol: {
      registerSchemesAsPrivileged: on,
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
        fake.protocolHandlers.set(scheme, handler),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: on,
        setPermissionCheckHandler: on,
        webRequest: { onBeforeRequest: on },
      },
    },
    ipcMain: { handle: (channel: string, handler: Handler) => fake.ipc.set(channel, handler) },
    screen: { getAllDisplays: () => [] },
    dialog: {},
    shell: {},
  };
});

const appFrame = { senderFrame: { url: 'app://debrief/index.html', parent: null } };

function invoke(name: string, ...args: unknown[]): Promise<unknown> {
  return Promise.resolve(fake.ipc.get(`debrief:${name}`)!(appFrame, ...args));
}

beforeAll(async () => {
  fake.install = await mkdtemp(join(tmpdir(), 'debrief-installed-'));
  fake.userData = join(fake.install, 'home', '.config', 'debrief');
  await mkdir(fake.userData, { recursive: true });
  // An installation: the renderer inside app.asar (a folder stands in for it), the recap beside it.
  const renderer = join(fake.install, 'resources', 'app.asar', 'out', 'renderer');
  await mkdir(renderer, { recursive: true });
  await writeFile(join(renderer, 'index.html'), '<!doctype html><title>Installed Debrief</title>');
  const recap = join(fake.install, 'resources', 'content', 'installed-recap');
  await mkdir(join(recap, 'items'), { recursive: true });
  await writeFile(
    join(recap, 'conference.md'),
    [
      '---',
      'id: installed-recap',
      'name: Installed Recap',
      'location: Valencia, Spain',
      'startDate: 2022-05-18',
      'endDate: 2022-05-18',
      'timezone: Europe/Madrid',
      'days:',
      '  - number: 1',
      '    date: 2022-05-18',
      '    label: Day 1',
      '---',
      '',
      'The recap that shipped with the installer.',
      '',
    ].join('\n'),
  );
  // Electron sets process.resourcesPath; plain Node has none.
  (process as { resourcesPath?: string }).resourcesPath = join(fake.install, 'resources');
  await import('../../../electron/main/index');
  await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
});

afterAll(async () => {
  delete (process as { resourcesPath?: string }).resourcesPath;
  await rm(fake.install, { recursive: true, force: true });
});

describe('the packaged app', () => {
  it('serves its renderer from inside app.asar on app://debrief', async () => {
    const response = await fake.protocolHandlers.get('app')!(new Request('app://debrief/index.html'));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Installed Debrief');
    expect(fake.windows[0]!.loaded).toEqual(['app://debrief/index.html']);
  });

  it('reads the recap from resources/content', async () => {
    const bundle = (await invoke('loadContent')) as { conferences: { id: string }[]; problems: unknown[] };
    expect(bundle.problems).toEqual([]);
    expect(bundle.conferences.map((conference) => conference.id)).toEqual(['installed-recap']);
  });

  it("keeps the user's backups in the platform's user-data folder, and never moves that folder", async () => {
    const text = await createBackupText(
      { annotations: [], actions: [], itemStates: [], settings: [] },
      new Date('2024-05-20T09:00:00.000Z'),
      '1.2.3',
    );
    const snapshot = (await invoke('writeBackup', text)) as { name: string };
    expect(await readdir(join(fake.userData, 'backups'))).toEqual([snapshot.name]);
    expect(await invoke('listBackups')).toEqual([expect.objectContaining({ name: snapshot.name })]);
    // Nothing redirects userData (into the install folder, say, which an upgrade replaces).
    expect(fake.setPathCalls).toEqual([]);
  });

  it('reports its name and version from the app', async () => {
    expect(await invoke('getAppInfo')).toEqual({
      name: 'debrief',
      version: '1.2.3',
      shell: 'electron',
      openDialogs: true,
    });
  });
});
