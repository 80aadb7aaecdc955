// The native menu and the renderer's command list are one: every menu item names a command the
// palette has, under the same title and shortcut. And the renderer runs what the menu asks for,
// imports what main was handed, and explains what it cannot do.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { menuCommands } from '../../../../electron/common/menu-commands';
import type { DebriefEvents, EventName } from '../../../../electron/common/ipc-contract';

// The commands' work (database, session, imports) is not under test here: only the list.
vi.mock('../../../../renderer/src/lib/session.svelte', () => ({ session: { go: vi.fn(), route: { view: 'home' } } }));
vi.mock('../../../../renderer/src/lib/recap-queries', () => ({ listSectionItems: vi.fn(async () => []) }));
vi.mock('../../../../renderer/src/lib/recaps/recap-imports.svelte', () => ({
  recapImports: { chooseAndImport: vi.fn(), importBytes: vi.fn(), refuse: vi.fn() },
}));
vi.mock('../../../../renderer/src/lib/schedule/schedule-imports.svelte', () => ({
  scheduleImports: { chooseAndImport: vi.fn(), read: vi.fn() },
}));

const { appCommands } = await import('../../../../renderer/src/lib/commands/app-commands');
const { checkCommands } = await import('../../../../renderer/src/lib/commands/command-registry');
const { listenToMainProcess, runMenuCommand, openFileFromMain } =
  await import('../../../../renderer/src/lib/commands/menu-commands');
type Command = import('../../../../renderer/src/lib/commands/command-registry').Command;

const stubContext = {
  place: {} as never,
  openPalette: () => undefined,
  openHelp: () => undefined,
  openConferenceSwitcher: () => undefined,
  explain: () => undefined,
};

let openDialog: object | null = null;
beforeEach(() => {
  openDialog = null;
  vi.stubGlobal('document', { querySelector: (selector: string) => (selector === 'dialog[open]' ? openDialog : null) });
});
afterEach(() => vi.unstubAllGlobals());

describe('the menu and the command list', () => {
  const commands = appCommands(stubContext);

  it('is a valid command list', () => {
    expect(() => checkCommands(commands)).not.toThrow();
  });

  it.each(menuCommands().map((entry) => [entry.commandId, entry] as const))(
    'the menu item %s runs a command of the list, with its title and its first shortcut',
    (id, entry) => {
      const command = commands.find((candidate) => candidate.id === id);
      expect(command, `the renderer has no command "${id}"`).toBeDefined();
      expect(entry.label).toBe(command!.title);
      expect(entry.shortcut).toEqual(command!.shortcuts[0]);
    },
  );
});

function fakeCommands(): Command[] {
  return [
    { id: 'view.actions', title: 'Open Actions', shortcuts: [], run: vi.fn() },
    {
      id: 'broken.command',
      title: 'Break',
      shortcuts: [],
      run: vi.fn(async () => {
        throw new Error('the disk is full');
      }),
    },
  ];
}

describe('runMenuCommand', () => {
  it('runs the command of the id the menu sends, and only that one', async () => {
    const commands = fakeCommands();
    const explain = vi.fn();
    runMenuCommand(commands, { commandId: 'view.actions' }, explain);
    await vi.waitFor(() => expect(commands[0]!.run).toHaveBeenCalledTimes(1));
    expect(commands[1]!.run).not.toHaveBeenCalled();
    expect(explain).not.toHaveBeenCalled();
  });

  it('says politely that it does not know a command, and runs nothing', () => {
    const commands = fakeCommands();
    const explain = vi.fn();
    runMenuCommand(commands, { commandId: 'schedule.someday' }, explain);
    expect(explain).toHaveBeenCalledWith(
      expect.stringMatching(/^Unknown command “schedule\.someday”.*Nothing was changed/),
    );
    for (const command of commands) expect(command.run).not.toHaveBeenCalled();
  });

  it('refuses a payload that is not a command id', () => {
    const commands = fakeCommands();
    const explain = vi.fn();
    for (const payload of [undefined, 'view.actions', { commandId: 42 }, { commandId: 'x', extra: 1 }]) {
      runMenuCommand(commands, payload, explain);
    }
    expect(explain).toHaveBeenCalledTimes(4);
    expect(commands[0]!.run).not.toHaveBeenCalled();
  });

  it('leaves an open dialog alone, as the shortcut does', () => {
    openDialog = {};
    const commands = fakeCommands();
    const explain = vi.fn();
    runMenuCommand(commands, { commandId: 'view.actions' }, explain);
    expect(commands[0]!.run).not.toHaveBeenCalled();
    expect(explain).toHaveBeenCalledWith('Close the open dialog first, then choose “Open Actions” again.');
  });

  it('says when a command fails', async () => {
    const explain = vi.fn();
    runMenuCommand(fakeCommands(), { commandId: 'broken.command' }, explain);
    await vi.waitFor(() => expect(explain).toHaveBeenCalledWith('Break failed: the disk is full'));
  });
});

/** A bridge whose events the test sends. */
function fakeBridge() {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  return {
    on: vi.fn((name: EventName, listener: (payload: never) => void) => {
      const set = listeners.get(name) ?? new Set();
      listeners.set(name, set);
      set.add(listener as (payload: unknown) => void);
      return () => void set.delete(listener as (payload: unknown) => void);
    }),
    emit<Name extends EventName>(name: Name, payload: DebriefEvents[Name] | unknown): void {
      for (const listener of listeners.get(name) ?? []) listener(payload);
    },
    count: (name: string) => listeners.get(name)?.size ?? 0,
  };
}

describe('listenToMainProcess', () => {
  it('runs menu commands and imports opened files, one after the other, until stopped', async () => {
    const bridge = fakeBridge();
    const commands = fakeCommands();
    const opened: string[] = [];
    let releaseFirst = (): void => undefined;
    const open = vi.fn(async (name: string, bytes: Uint8Array) => {
      if (name === 'first.md') await new Promise<void>((done) => (releaseFirst = done));
      opened.push(`${name}:${bytes.length}`);
    });
    const stop = listenToMainProcess(commands, { explain: vi.fn(), open, bridge });
    expect(bridge.count('runCommand')).toBe(1);
    expect(bridge.count('openUserFile')).toBe(1);

    bridge.emit('runCommand', { commandId: 'view.actions' });
    await vi.waitFor(() => expect(commands[0]!.run).toHaveBeenCalledTimes(1));

    bridge.emit('openUserFile', { name: 'first.md', bytes: new Uint8Array([1, 2]) });
    bridge.emit('openUserFile', { name: 'second.ics', bytes: new Uint8Array([3]) });
    await vi.waitFor(() => expect(open).toHaveBeenCalledTimes(1));
    releaseFirst();
    await vi.waitFor(() => expect(opened).toEqual(['first.md:2', 'second.ics:1']));

    stop();
    expect(bridge.count('runCommand')).toBe(0);
    expect(bridge.count('openUserFile')).toBe(0);
  });

  it('does nothing without a shell bridge (a page opened outside Debrief)', () => {
    expect(() => listenToMainProcess(fakeCommands(), { explain: vi.fn(), bridge: {} })()).not.toThrow();
  });

  it('never imports a payload that is not a file, and says why', async () => {
    const open = vi.fn(async () => undefined);
    const explain = vi.fn();
    await openFileFromMain({ name: 'notes.md', bytes: 'not bytes' }, open, explain);
    await openFileFromMain({ name: '', bytes: new Uint8Array() }, open, explain);
    expect(open).not.toHaveBeenCalled();
    expect(explain).toHaveBeenCalledTimes(2);
    expect(explain.mock.calls[0]![0]).toMatch(
      /^A file could not be opened: openUserFile: invalid event \(field bytes\)/,
    );
  });

  it('says when an import fails outright', async () => {
    const explain = vi.fn();
    await openFileFromMain(
      { name: 'notes.md', bytes: new Uint8Array([1]) },
      async () => {
        throw new Error('the database is closed');
      },
      explain,
    );
    expect(explain).toHaveBeenCalledWith('notes.md could not be opened: the database is closed.');
  });
});
