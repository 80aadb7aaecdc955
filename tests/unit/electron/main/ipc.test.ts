// registerIpcHandlers with Electron's ipcMain faked: each channel is called the way Electron calls
// it, with an event whose senderFrame is the app's top frame, a subframe, or a foreign page.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { messageNames, type DebriefApi } from '../../../../electron/common/ipc-contract';
import { spyHandlers } from '../spy-handlers';

type InvokeListener = (event: unknown, ...args: unknown[]) => Promise<unknown> | unknown;

const fake = vi.hoisted(() => ({ channels: new Map<string, InvokeListener>() }));

vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, listener: InvokeListener) => fake.channels.set(channel, listener) },
  session: { defaultSession: {} },
  shell: { openExternal: async () => undefined },
}));

const { registerIpcHandlers } = await import('../../../../electron/main/ipc');

/** A frame as Electron describes it: top frames have no parent. */
function frame(url: string, parent: object | null = null) {
  return { url, parent, origin: new URL(url).protocol === 'app:' ? 'app://debrief' : new URL(url).origin };
}

const appFrame = frame('app://debrief/index.html#/kubecon-eu-2022/day/1');

let handlers: DebriefApi;
beforeEach(() => {
  fake.channels.clear();
  handlers = spyHandlers();
  registerIpcHandlers(handlers);
});

function invoke(name: string, senderFrame: unknown, ...args: unknown[]): Promise<unknown> {
  const listener = fake.channels.get(`debrief:${name}`);
  if (!listener) throw new Error(`no handler on debrief:${name}`);
  return Promise.resolve().then(() => listener({ senderFrame, sender: {} }, ...args));
}

describe('registerIpcHandlers', () => {
  it('listens on exactly one debrief: channel per message of the contract', () => {
    expect([...fake.channels.keys()].sort()).toEqual(messageNames.map((name) => `debrief:${name}`).sort());
  });

  it("answers the app's own top frame", async () => {
    await expect(invoke('getAppInfo', appFrame)).resolves.toMatchObject({ name: 'Debrief' });
    await expect(invoke('openExternal', appFrame, 'https://kubernetes.io/')).resolves.toBeUndefined();
    expect(handlers.openExternal).toHaveBeenCalledWith('https://kubernetes.io/');
  });

  it('refuses a frame of another origin, a subframe, and a frame that is gone', async () => {
    const senders = [
      frame('https://evil.example/index.html'),
      frame('file:///tmp/page.html'),
      frame('app://evil/index.html'),
      frame('app://debrief/index.html', appFrame),
      frame('https://evil.example/', appFrame),
      null,
      undefined,
    ];
    for (const sender of senders) {
      for (const name of messageNames) {
        await expect(invoke(name, sender), `${name} from ${JSON.stringify(sender)}`).rejects.toThrow(
          /refused: message from outside the Debrief window/,
        );
      }
    }
    for (const name of messageNames) expect(handlers[name], name).not.toHaveBeenCalled();
  });

  it('refuses invalid arguments from the app itself before any handler runs', async () => {
    await expect(invoke('openExternal', appFrame, 42)).rejects.toThrow(/openExternal: invalid arguments/);
    await expect(invoke('readBackup', appFrame, '')).rejects.toThrow(/readBackup: invalid arguments/);
    await expect(invoke('getAppInfo', appFrame, 'extra')).rejects.toThrow(/getAppInfo: invalid arguments/);
    await expect(invoke('joinTeamFolder', appFrame, { folder: '/team', name: ' ' })).rejects.toThrow(
      /joinTeamFolder: invalid arguments \(argument 0\.name\): must not be empty/,
    );
    await expect(invoke('readTeamFolder', appFrame, { since: 0, waitMs: 60_000 })).rejects.toThrow(
      /readTeamFolder: invalid arguments/,
    );
    await expect(invoke('writeTeamSegment', appFrame, { segment: 0, text: '' })).rejects.toThrow(
      /writeTeamSegment: invalid arguments/,
    );
    await expect(invoke('saveFile', appFrame, { title: 'x', path: '/etc/passwd' })).rejects.toThrow(
      /saveFile: invalid arguments/,
    );
    for (const name of messageNames) expect(handlers[name], name).not.toHaveBeenCalled();
  });
});
