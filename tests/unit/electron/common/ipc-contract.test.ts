import { describe, expect, it, vi } from 'vitest';
import {
  dispatchMessage,
  maxTeamFolderWaitMs,
  maxTeamSegmentLength,
  messageArguments,
  messageNames,
  type DebriefApi,
} from '../../../../electron/common/ipc-contract';

function fakeHandlers(): DebriefApi {
  return {
    getAppInfo: vi.fn(async () => ({ name: 'Debrief', version: '1', shell: 'chromium' as const, openDialogs: false })),
    loadContent: vi.fn(async () => ({ hash: 'h', conferences: [], items: [], problems: [] })),
    saveFile: vi.fn(async () => '/tmp/x'),
    openFile: vi.fn(async () => null),
    openRecapFiles: vi.fn(async () => null),
    openExternal: vi.fn(async () => undefined),
    savePdf: vi.fn(async () => '/tmp/x.pdf'),
    exportNotesFolder: vi.fn(async () => null),
    writeBackup: vi.fn(async () => ({ name: 'b', createdAt: '', bytes: 0 })),
    listBackups: vi.fn(async () => []),
    readBackup: vi.fn(async () => ''),
    getTeamFolder: vi.fn(async () => ({ joined: false as const, device: 'abcdefghijkl' })),
    chooseTeamFolder: vi.fn(async () => null),
    joinTeamFolder: vi.fn(async () => ({ joined: false as const, device: 'abcdefghijkl' })),
    leaveTeamFolder: vi.fn(async () => ({ joined: false as const, device: 'abcdefghijkl' })),
    readTeamFolder: vi.fn(async () => ({
      version: 0,
      reset: true,
      files: [],
      removed: [],
      teammates: [],
      problems: [],
      status: { joined: false as const, device: 'abcdefghijkl' },
    })),
    writeTeamSegment: vi.fn(async () => undefined),
    shareTeamImport: vi.fn(async () => undefined),
    listTeamImports: vi.fn(async () => []),
    readTeamImport: vi.fn(async () => ({ name: 'recap.md', bytes: new Uint8Array() })),
  };
}

describe('the IPC contract', () => {
  it('names every message once, with a schema for each', () => {
    expect(new Set(messageNames).size).toBe(messageNames.length);
    expect(Object.keys(messageArguments).sort()).toEqual([...messageNames].sort());
  });

  it('passes valid arguments to the handler', async () => {
    const handlers = fakeHandlers();
    const request = {
      title: 'Export',
      suggestedName: 'a.csv',
      filters: [{ name: 'CSV', extensions: ['csv'] }],
      text: 'x',
    };
    await expect(dispatchMessage(handlers, 'saveFile', [request])).resolves.toBe('/tmp/x');
    expect(handlers.saveFile).toHaveBeenCalledWith(request);
  });

  it('refuses unknown messages and prototype names', async () => {
    const handlers = fakeHandlers();
    await expect(dispatchMessage(handlers, 'deleteEverything', [])).rejects.toThrow(/unknown message/);
    await expect(dispatchMessage(handlers, '__proto__', [])).rejects.toThrow(/unknown message/);
    await expect(dispatchMessage(handlers, 42, [])).rejects.toThrow(/unknown message/);
  });

  it('refuses wrong argument types, extra arguments, extra fields and folders in file names', async () => {
    const handlers = fakeHandlers();
    const good = {
      title: 'Export',
      suggestedName: 'a.csv',
      filters: [{ name: 'CSV', extensions: ['csv'] }],
      text: 'x',
    };
    await expect(dispatchMessage(handlers, 'saveFile', 'x')).rejects.toThrow(/must be a list/);
    await expect(dispatchMessage(handlers, 'saveFile', [])).rejects.toThrow(/invalid arguments/);
    await expect(dispatchMessage(handlers, 'saveFile', [good, good])).rejects.toThrow(/invalid arguments/);
    await expect(dispatchMessage(handlers, 'saveFile', [{ ...good, path: '/etc/passwd' }])).rejects.toThrow(/invalid/);
    await expect(dispatchMessage(handlers, 'saveFile', [{ ...good, suggestedName: '../../x' }])).rejects.toThrow(
      /suggestedName/,
    );
    await expect(dispatchMessage(handlers, 'saveFile', [{ ...good, text: 42 }])).rejects.toThrow(/text/);
    await expect(dispatchMessage(handlers, 'getAppInfo', [1])).rejects.toThrow(/invalid arguments/);
    await expect(dispatchMessage(handlers, 'openExternal', ['x'.repeat(10_000)])).rejects.toThrow(/invalid/);
    expect(handlers.saveFile).not.toHaveBeenCalled();
  });

  it('passes team folder requests within their limits, trimming the name, and refuses the rest', async () => {
    const handlers = fakeHandlers();
    await dispatchMessage(handlers, 'joinTeamFolder', [{ folder: '/home/alice/Team', name: '  Alice  ' }]);
    expect(handlers.joinTeamFolder).toHaveBeenCalledWith({ folder: '/home/alice/Team', name: 'Alice' });
    await dispatchMessage(handlers, 'readTeamFolder', [{ since: 12, waitMs: maxTeamFolderWaitMs }]);
    expect(handlers.readTeamFolder).toHaveBeenCalledWith({ since: 12, waitMs: maxTeamFolderWaitMs });
    await expect(
      dispatchMessage(handlers, 'readTeamFolder', [{ since: 12, waitMs: maxTeamFolderWaitMs + 1 }]),
    ).rejects.toThrow(/waitMs/);
    await expect(dispatchMessage(handlers, 'readTeamFolder', [{ since: -1, waitMs: 0 }])).rejects.toThrow(/since/);
    await expect(dispatchMessage(handlers, 'writeTeamSegment', [{ segment: 1.5, text: '' }])).rejects.toThrow(
      /segment/,
    );
    await expect(
      dispatchMessage(handlers, 'writeTeamSegment', [{ segment: 1, text: 'x'.repeat(maxTeamSegmentLength + 1) }]),
    ).rejects.toThrow(/text/);
    await expect(
      dispatchMessage(handlers, 'joinTeamFolder', [{ folder: '/t', name: 'x'.repeat(101) }]),
    ).rejects.toThrow(/name.*at most 100/);
    expect(handlers.writeTeamSegment).not.toHaveBeenCalled();
  });
});
