// The two messages that touch files the user picks, through dispatchMessage and the real
// handlers, with the dialogs answered by the test: saveFile writes the chosen file and nothing
// else; openFile reads only a regular file of at most 64 MB and says clearly why it will not.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatchMessage, type DebriefApi, type OpenedFile } from '../../../../electron/common/ipc-contract';
import { createHandlers, maxOpenedFileBytes } from '../../../../electron/main/handlers';
import { listTree } from './ipc-tree';

const posix = process.platform !== 'win32';
let root: string;
let dialogs: { savePath?: string; openPath?: string };
let handlers: DebriefApi;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'debrief-ipc-files-'));
  await mkdir(join(root, 'chosen'));
  await mkdir(join(root, 'user-data'));
  await writeFile(join(root, 'outside.txt'), 'ORIGINAL');
  dialogs = {};
  handlers = createHandlers(
    {
      contentDir: join(root, 'content'),
      userDataDir: join(root, 'user-data'),
      appInfo: { name: 'Debrief', version: 'test', shell: 'electron' },
    },
    {
      chooseSavePath: async () => dialogs.savePath,
      chooseExportFolder: async () => undefined,
      renderPdf: async () => new Uint8Array(),
      chooseOpenPath: async () => dialogs.openPath,
      openInBrowser: async () => undefined,
    },
  );
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const filters = [{ name: 'Markdown', extensions: ['md'] }];

function save(text: string, suggestedName = 'actions.md'): Promise<unknown> {
  return dispatchMessage(handlers, 'saveFile', [{ title: 'Export action items', suggestedName, filters, text }]);
}

function open(): Promise<OpenedFile | null> {
  return dispatchMessage(handlers, 'openFile', [{ title: 'Import', filters }]) as Promise<OpenedFile | null>;
}

describe('saveFile', () => {
  it('writes exactly the file the dialog chose, whatever name the renderer suggested', async () => {
    const before = await listTree(root);
    dialogs.savePath = join(root, 'chosen', 'my-actions.md');
    await expect(save('- [ ] Propose a deploy freeze switch\n', 'suggested.md')).resolves.toBe(dialogs.savePath);
    expect(await readFile(dialogs.savePath, 'utf8')).toBe('- [ ] Propose a deploy freeze switch\n');
    const after = await listTree(root);
    expect(Object.keys(after).filter((path) => !(path in before))).toEqual(['chosen/my-actions.md']);
    expect({ ...after, 'chosen/my-actions.md': undefined }).toEqual({ ...before, 'chosen/my-actions.md': undefined });
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const before = await listTree(root);
    await expect(save('text')).resolves.toBeNull();
    expect(await listTree(root)).toEqual(before);
  });

  it.skipIf(!posix)('replaces a link the dialog chose instead of writing through it to another file', async () => {
    dialogs.savePath = join(root, 'chosen', 'link.md');
    await symlink(join(root, 'outside.txt'), dialogs.savePath);
    await save('exported');
    expect(await readFile(join(root, 'outside.txt'), 'utf8')).toBe('ORIGINAL');
    expect(await readFile(dialogs.savePath, 'utf8')).toBe('exported');
  });

  it('fails with an error and leaves no temporary file when the chosen folder does not exist', async () => {
    const before = await listTree(root);
    dialogs.savePath = join(root, 'missing-folder', 'actions.md');
    await expect(save('text')).rejects.toThrow(/ENOENT/);
    expect(await listTree(root)).toEqual(before);
  });

  it('fails and leaves nothing behind when the chosen path is a folder', async () => {
    const before = await listTree(root);
    dialogs.savePath = join(root, 'chosen');
    await expect(save('text')).rejects.toThrow();
    expect(await listTree(root)).toEqual(before);
  });
});

describe('openFile', () => {
  it('reads the regular file the dialog chose, by name only', async () => {
    dialogs.openPath = join(root, 'chosen', 'schedule.ics');
    await writeFile(dialogs.openPath, 'BEGIN:VCALENDAR');
    const file = await open();
    expect(file?.name).toBe('schedule.ics');
    expect(new TextDecoder().decode(file?.bytes)).toBe('BEGIN:VCALENDAR');
  });

  it('resolves to null when the dialog is cancelled', async () => {
    await expect(open()).resolves.toBeNull();
  });

  it('says a missing file does not exist', async () => {
    dialogs.openPath = join(root, 'chosen', 'gone.json');
    await expect(open()).rejects.toThrow('gone.json could not be opened: it does not exist');
  });

  it('refuses a file over 64 MB before reading it', async () => {
    dialogs.openPath = join(root, 'chosen', 'huge.json');
    await writeFile(dialogs.openPath, '');
    await truncate(dialogs.openPath, maxOpenedFileBytes + 1); // sparse: no 64 MB written to disk
    await expect(open()).rejects.toThrow('huge.json is 64.0 MB; files over 64 MB cannot be opened');
  });

  it('refuses a folder', async () => {
    dialogs.openPath = join(root, 'chosen');
    await expect(open()).rejects.toThrow('chosen could not be opened: it is a folder, not a file');
  });

  it.skipIf(!posix)('follows a link to a regular file the user chose, and names the link', async () => {
    dialogs.openPath = join(root, 'chosen', 'latest.json');
    await symlink(join(root, 'outside.txt'), dialogs.openPath);
    const file = await open();
    expect(file?.name).toBe('latest.json');
    expect(new TextDecoder().decode(file?.bytes)).toBe('ORIGINAL');
  });

  it.skipIf(!posix)('says why a link cannot be opened: broken, circular, or leading to a device', async () => {
    dialogs.openPath = join(root, 'chosen', 'broken.json');
    await symlink(join(root, 'nowhere.json'), dialogs.openPath);
    await expect(open()).rejects.toThrow(
      'broken.json could not be opened: it does not exist (or is a link to a file that does not)',
    );

    dialogs.openPath = join(root, 'chosen', 'loop.json');
    await symlink(dialogs.openPath, dialogs.openPath);
    await expect(open()).rejects.toThrow('loop.json could not be opened: it is a link that leads in a circle');

    // /dev/zero reports size 0 and never ends: reading it would hang the main process.
    dialogs.openPath = join(root, 'chosen', 'zero.json');
    await symlink('/dev/zero', dialogs.openPath);
    await expect(open()).rejects.toThrow('zero.json could not be opened: it is not a regular file');
  });

  it.skipIf(!posix)('refuses a named pipe without waiting for a writer', async () => {
    dialogs.openPath = join(root, 'chosen', 'pipe.json');
    execFileSync('mkfifo', [dialogs.openPath]);
    await expect(open()).rejects.toThrow('pipe.json could not be opened: it is not a regular file');
  });
});
