// openRecapFiles through dispatchMessage and the real handlers, with the dialog answered by the
// test: several files are read by name; a folder is walked for its recap files, and every file it
// does not read comes back with the reason, so the review can list it as skipped.
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatchMessage, type DebriefApi, type PickedRecapFiles } from '../../../../electron/common/ipc-contract';
import { createHandlers } from '../../../../electron/main/handlers';

const posix = process.platform !== 'win32';
let root: string;
let picked: string[] | undefined;

function handlersWith(dialogs: boolean): DebriefApi {
  return createHandlers(
    {
      contentDir: join(root, 'content'),
      userDataDir: join(root, 'user-data'),
      appInfo: { name: 'Debrief', version: 'test', shell: 'electron' },
    },
    {
      chooseSavePath: async () => undefined,
      chooseExportFolder: async () => undefined,
      renderPdf: async () => new Uint8Array(),
      ...(dialogs ? { chooseOpenPath: async () => undefined, chooseRecapPaths: async () => picked } : {}),
      openInBrowser: async () => undefined,
    },
  );
}

function open(folder: boolean, handlers = handlersWith(true)): Promise<PickedRecapFiles | null> {
  return dispatchMessage(handlers, 'openRecapFiles', [{ title: 'Import', folder }]) as Promise<PickedRecapFiles | null>;
}

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'debrief-ipc-recaps-'));
  picked = undefined;
  const vault = join(root, 'KubeCon 2019');
  await mkdir(join(vault, 'day 2'), { recursive: true });
  await mkdir(join(vault, '.obsidian'));
  await writeFile(join(vault, 'day-1.md'), '# Day 1\n');
  await writeFile(join(vault, 'day 2', 'operators.md'), '## Operators\n');
  await writeFile(join(vault, 'day 2', 'photo.png'), new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
  await writeFile(join(vault, '.obsidian', 'workspace.md'), 'settings, not notes');
  await writeFile(join(root, 'outside.md'), 'SECRET');
  if (posix) await symlink(join(root, 'outside.md'), join(vault, 'link.md'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('openRecapFiles', () => {
  it('reads several picked files by name', async () => {
    picked = [join(root, 'KubeCon 2019', 'day-1.md'), join(root, 'outside.md')];
    const result = await open(false);
    expect(result?.folder).toBeUndefined();
    expect(result?.files.map((file) => [file.path, text(file.bytes)])).toEqual([
      ['day-1.md', '# Day 1\n'],
      ['outside.md', 'SECRET'],
    ]);
  });

  it('walks a folder: recap files by relative path, other files with why, tool folders and links left out', async () => {
    picked = [join(root, 'KubeCon 2019')];
    const result = await open(true);
    expect(result?.folder).toBe('KubeCon 2019');
    const byPath = Object.fromEntries(
      result!.files.map((file) => [file.path, file.bytes ? text(file.bytes) : file.problem]),
    );
    expect(byPath['KubeCon 2019/day-1.md']).toBe('# Day 1\n');
    expect(byPath['KubeCon 2019/day 2/operators.md']).toBe('## Operators\n');
    expect(byPath['KubeCon 2019/day 2/photo.png']).toMatch(/not a recap file/);
    expect(Object.keys(byPath).some((path) => path.includes('.obsidian'))).toBe(false);
    if (posix) expect(byPath['KubeCon 2019/link.md']).toMatch(/link to another file/);
    expect(JSON.stringify(result)).not.toContain('SECRET');
  });

  it('says why a picked file cannot be read, without failing the others', async () => {
    picked = [join(root, 'missing.md'), join(root, 'outside.md')];
    const result = await open(false);
    expect(result?.files[0]).toEqual({ path: 'missing.md', problem: expect.stringMatching(/does not exist/) });
    expect(text(result?.files[1]?.bytes)).toBe('SECRET');
  });

  it('resolves to null when the dialog is cancelled', async () => {
    await expect(open(true)).resolves.toBeNull();
  });

  it('tells the renderer whether main has open dialogs, and refuses to open one where it has none', async () => {
    expect((await handlersWith(true).getAppInfo()).openDialogs).toBe(true);
    const shell = handlersWith(false);
    expect((await shell.getAppInfo()).openDialogs).toBe(false);
    await expect(open(false, shell)).rejects.toThrow(/no open dialog/);
  });
});
