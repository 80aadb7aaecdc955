import { describe, expect, it } from 'vitest';
import {
  dispatchMessage,
  maxTeamFolderWaitMs,
  maxTeamSegmentLength,
  messageArguments,
  messageNames,
} from '../../../../electron/common/ipc-contract';
import { spyHandlers } from '../spy-handlers';

describe('the IPC contract', () => {
  it('names every message once, with a schema for each', () => {
    expect(new Set(messageNames).size).toBe(messageNames.length);
    expect(Object.keys(messageArguments).sort()).toEqual([...messageNames].sort());
  });

  it('passes valid arguments to the handler', async () => {
    const handlers = spyHandlers();
    const request = {
      title: 'Export',
      suggestedName: 'a.csv',
      filters: [{ name: 'CSV', extensions: ['csv'] }],
      text: 'x',
    };
    await expect(dispatchMessage(handlers, 'saveFile', [request])).resolves.toBe('/chosen/file.csv');
    expect(handlers.saveFile).toHaveBeenCalledWith(request);
  });

  it('refuses unknown messages and prototype names', async () => {
    const handlers = spyHandlers();
    await expect(dispatchMessage(handlers, 'deleteEverything', [])).rejects.toThrow(/unknown message/);
    await expect(dispatchMessage(handlers, '__proto__', [])).rejects.toThrow(/unknown message/);
    await expect(dispatchMessage(handlers, 42, [])).rejects.toThrow(/unknown message/);
  });

  it('refuses wrong argument types, extra arguments, extra fields and folders in file names', async () => {
    const handlers = spyHandlers();
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
    const handlers = spyHandlers();
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
