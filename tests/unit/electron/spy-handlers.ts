// Every message of the IPC contract answered by a vi.fn spy with a plausible answer: the handlers
// the contract and ipcMain tests dispatch to.
import { vi } from 'vitest';
import type { DebriefApi } from '../../../electron/common/ipc-contract';

/** Handlers for every message, each a spy. */
export function spyHandlers(): DebriefApi {
  return {
    getAppInfo: vi.fn(async () => ({ name: 'Debrief', version: '1', shell: 'electron' as const, openDialogs: true })),
    loadContent: vi.fn(async () => ({ hash: 'h', conferences: [], items: [], problems: [] })),
    saveFile: vi.fn(async () => '/chosen/file.csv'),
    openFile: vi.fn(async () => null),
    openRecapFiles: vi.fn(async () => null),
    openExternal: vi.fn(async () => undefined),
    savePdf: vi.fn(async () => '/chosen/report.pdf'),
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
      more: false,
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
