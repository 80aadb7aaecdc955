// The preload with Electron faked: `window.debrief` has one function per message and `on` for the
// events, never ipcRenderer; events that come before the renderer listens wait for it.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { eventNames, messageNames } from '../../../../electron/common/ipc-messages';

type IpcListener = (event: unknown, payload: unknown) => void;

const fake = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  channels: new Map<string, IpcListener>(),
  invoked: [] as unknown[][],
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => fake.exposed.set(key, api) },
  ipcRenderer: {
    invoke: async (...args: unknown[]) => void fake.invoked.push(args),
    on: (channel: string, listener: IpcListener) => fake.channels.set(channel, listener),
  },
}));

/** The preload, loaded afresh: its waiting events start empty. */
async function loadPreload() {
  vi.resetModules();
  fake.exposed.clear();
  fake.channels.clear();
  await import('../../../../electron/preload/index');
  const api = fake.exposed.get('debrief') as Record<string, unknown> & {
    on: (name: string, listener: unknown) => () => void;
  };
  const fromMain = (name: string, payload: unknown) =>
    fake.channels.get(`debrief:${name}`)!({ sender: 'ipc' }, payload);
  return { api, fromMain };
}

const tick = () => new Promise((done) => setTimeout(done, 5));

beforeEach(() => void (fake.invoked.length = 0));

describe('the preload bridge', () => {
  it('exposes the messages and `on`, and nothing else', async () => {
    const { api } = await loadPreload();
    expect(Object.keys(api).sort()).toEqual([...messageNames, 'on'].sort());
    await (api.getAppInfo as () => Promise<unknown>)();
    expect(fake.invoked).toEqual([['debrief:getAppInfo']]);
    expect([...fake.channels.keys()].sort()).toEqual(eventNames.map((name) => `debrief:${name}`).sort());
  });

  it("hands a listener the payload alone, never Electron's event, until it unsubscribes", async () => {
    const { api, fromMain } = await loadPreload();
    const listener = vi.fn();
    const stop = api.on('runCommand', listener);
    fromMain('runCommand', { commandId: 'view.actions' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]).toEqual([{ commandId: 'view.actions' }]);
    stop();
    fromMain('runCommand', { commandId: 'talk.next' });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('keeps events that come before anyone listens, for the first listener, in order', async () => {
    const { api, fromMain } = await loadPreload();
    fromMain('openUserFile', { name: 'a.md', bytes: new Uint8Array([1]) });
    fromMain('openUserFile', { name: 'b.ics', bytes: new Uint8Array([2]) });
    const first = vi.fn();
    api.on('openUserFile', first);
    expect(first).not.toHaveBeenCalled();
    await tick();
    expect(first.mock.calls.map(([file]) => (file as { name: string }).name)).toEqual(['a.md', 'b.ics']);
    const second = vi.fn();
    api.on('openUserFile', second);
    await tick();
    expect(second).not.toHaveBeenCalled();
  });

  it('refuses unknown events and listeners that are not functions', async () => {
    const { api } = await loadPreload();
    expect(() => api.on('deleteEverything', () => undefined)).toThrow(/there is no event "deleteEverything"/);
    expect(() => api.on('__proto__', () => undefined)).toThrow(/there is no event/);
    expect(() => api.on('runCommand', 'alert(1)')).toThrow(/must be a function/);
  });

  it('keeps one failing listener from silencing the others', async () => {
    const { api, fromMain } = await loadPreload();
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const after = vi.fn();
    api.on('runCommand', () => {
      throw new Error('boom');
    });
    api.on('runCommand', after);
    fromMain('runCommand', { commandId: 'view.trash' });
    expect(after).toHaveBeenCalledTimes(1);
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });
});
