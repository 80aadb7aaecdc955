// The trip report's two messages through dispatchMessage and the real handlers, with the dialogs
// and the printer answered by the test: savePdf prints only once a path is chosen and writes the
// bytes atomically; exportNotesFolder writes into the folder chosen; both resolve to null when
// cancelled, and the contract refuses what the renderer must never send.
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  dispatchMessage,
  type DebriefApi,
  type NotesFolderExport,
  type NotesFolderFile,
} from '../../../../electron/common/ipc-contract';
import { createHandlers, type MainServices } from '../../../../electron/main/handlers';
import { listTree } from './ipc-tree';

let root: string;
let dialogs: { savePath?: string; exportFolder?: string };
const pdfBytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x00, 0xff]);
const services = {
  chooseSavePath: vi.fn<MainServices['chooseSavePath']>(async () => dialogs.savePath),
  chooseExportFolder: vi.fn<MainServices['chooseExportFolder']>(async () => dialogs.exportFolder),
  renderPdf: vi.fn<MainServices['renderPdf']>(async () => pdfBytes),
  openInBrowser: vi.fn<MainServices['openInBrowser']>(async () => undefined),
};
let handlers: DebriefApi;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'debrief-ipc-trip-report-'));
  await mkdir(join(root, 'chosen'));
  dialogs = {};
  vi.clearAllMocks();
  handlers = createHandlers(
    {
      contentDir: join(root, 'content'),
      userDataDir: join(root, 'user-data'),
      appInfo: { name: 'Debrief', version: 'test', shell: 'electron' },
    },
    services,
  );
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const pdfRequest = {
  title: 'Save the trip report as PDF',
  suggestedName: 'trip-report.pdf',
  html: '<h1>Valencia</h1>',
};

function talk(debriefId: string, fileName: string): NotesFolderFile {
  return { debriefId, fileName, text: `---\ndebrief-id: ${JSON.stringify(debriefId)}\n---\n# ${fileName}\n` };
}

const notesRequest = {
  title: 'Export to a notes folder',
  suggestedFolderName: 'KubeCon EU 2022',
  files: [talk('t1', 'Keynote.md'), talk('t2', 'Operators.md')],
};

describe('savePdf', () => {
  it('asks for a .pdf path, prints the page and writes its bytes there, and only there', async () => {
    dialogs.savePath = join(root, 'chosen', 'report.pdf');
    await expect(dispatchMessage(handlers, 'savePdf', [pdfRequest])).resolves.toBe(dialogs.savePath);
    expect(services.chooseSavePath).toHaveBeenCalledWith({
      title: pdfRequest.title,
      suggestedName: 'trip-report.pdf',
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    expect(services.renderPdf).toHaveBeenCalledWith('<h1>Valencia</h1>');
    expect(new Uint8Array(await readFile(dialogs.savePath))).toEqual(pdfBytes);
    expect(await readdir(join(root, 'chosen'))).toEqual(['report.pdf']);
  });

  it('prints nothing and writes nothing when the dialog is cancelled', async () => {
    const before = await listTree(root);
    await expect(dispatchMessage(handlers, 'savePdf', [pdfRequest])).resolves.toBeNull();
    expect(services.renderPdf).not.toHaveBeenCalled();
    expect(await listTree(root)).toEqual(before);
  });

  it('keeps the old file whole when printing fails', async () => {
    dialogs.savePath = join(root, 'chosen', 'report.pdf');
    await dispatchMessage(handlers, 'savePdf', [pdfRequest]);
    const before = await listTree(root);
    services.renderPdf.mockRejectedValueOnce(new Error('the printer failed'));
    await expect(dispatchMessage(handlers, 'savePdf', [pdfRequest])).rejects.toThrow('the printer failed');
    expect(await listTree(root)).toEqual(before);
  });
});

describe('exportNotesFolder', () => {
  it('writes into the folder chosen (made if missing) and says what it did', async () => {
    dialogs.exportFolder = join(root, 'chosen', 'KubeCon EU 2022');
    const result = (await dispatchMessage(handlers, 'exportNotesFolder', [notesRequest])) as NotesFolderExport;
    expect(services.chooseExportFolder).toHaveBeenCalledWith({
      title: notesRequest.title,
      suggestedFolderName: 'KubeCon EU 2022',
    });
    expect(result).toEqual({
      folder: dialogs.exportFolder,
      created: ['Keynote.md', 'Operators.md'],
      updated: [],
      unchanged: 0,
      leftAlone: [],
    });
    expect(await readFile(join(dialogs.exportFolder, 'Keynote.md'), 'utf8')).toMatch(
      /^---\ndebrief-id: "t1"\ndebrief-hash: [0-9a-f]{16}\n---\n# Keynote\.md\n$/,
    );
    const again = (await dispatchMessage(handlers, 'exportNotesFolder', [notesRequest])) as NotesFolderExport;
    expect(again).toMatchObject({ created: [], updated: [], unchanged: 2 });
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const before = await listTree(root);
    await expect(dispatchMessage(handlers, 'exportNotesFolder', [notesRequest])).resolves.toBeNull();
    expect(await listTree(root)).toEqual(before);
  });
});

describe('what the contract refuses before a dialog opens', () => {
  const refusals: [string, 'savePdf' | 'exportNotesFolder', unknown][] = [
    ['a PDF name that is not .pdf', 'savePdf', { ...pdfRequest, suggestedName: 'report.html' }],
    ['a PDF name with a folder', 'savePdf', { ...pdfRequest, suggestedName: '../report.pdf' }],
    ['HTML that is not text', 'savePdf', { ...pdfRequest, html: 42 }],
    ['a file name with a slash', 'exportNotesFolder', { ...notesRequest, files: [talk('t1', 'day-1/Keynote.md')] }],
    ['a file name with a backslash', 'exportNotesFolder', { ...notesRequest, files: [talk('t1', '..\\Keynote.md')] }],
    ['a file that is not .md', 'exportNotesFolder', { ...notesRequest, files: [talk('t1', 'Keynote.txt')] }],
    [
      'two files of one talk',
      'exportNotesFolder',
      { ...notesRequest, files: [talk('t1', 'A.md'), talk('t1', 'B.md')] },
    ],
    ['a folder name with a folder in it', 'exportNotesFolder', { ...notesRequest, suggestedFolderName: '../x' }],
    [
      'a file with a path field',
      'exportNotesFolder',
      { ...notesRequest, files: [{ ...talk('t1', 'A.md'), path: '/' }] },
    ],
    ['a talk with no id', 'exportNotesFolder', { ...notesRequest, files: [{ ...talk('t1', 'A.md'), debriefId: '' }] }],
  ];

  it.each(refusals)('refuses %s', async (_label, name, request) => {
    const before = await listTree(root);
    await expect(dispatchMessage(handlers, name, [request])).rejects.toThrow(new RegExp(`^${name}: invalid arguments`));
    expect(services.chooseSavePath).not.toHaveBeenCalled();
    expect(services.chooseExportFolder).not.toHaveBeenCalled();
    expect(services.renderPdf).not.toHaveBeenCalled();
    expect(await listTree(root)).toEqual(before);
  });
});
