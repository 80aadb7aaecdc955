// The notes-app export against a real folder: it writes one stamped file per talk, writes again
// only what changed, leaves the user's own files byte for byte as they were, never follows a link,
// never replaces a file that appeared meanwhile, and leaves no temporary file behind.
import { mkdir, mkdtemp, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NotesFolderFile } from '../../../../electron/common/ipc-contract';
import { editedSinceWritten, stampNote } from '../../../../electron/common/notes-folder-plan';
import { writeFileAtomically } from '../../../../electron/main/atomic-file';
import { exportNotesFolder, hashNoteText } from '../../../../electron/main/notes-folder-export';
import { listTree } from './ipc-tree';

const posix = process.platform !== 'win32';
let root: string;
let vault: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'debrief-notes-export-'));
  vault = join(root, 'vault');
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

function talk(debriefId: string, fileName: string, body = `# ${fileName}\n`): NotesFolderFile {
  return { debriefId, fileName, text: `---\ndebrief-id: ${JSON.stringify(debriefId)}\n---\n${body}` };
}

const wanted = [talk('t1', 'Keynote.md'), talk('t2', 'Operators.md')];

/** Every path under the vault that looks like a temporary file of an atomic write. */
async function temporaryFiles(): Promise<string[]> {
  return Object.keys(await listTree(vault)).filter((path) => path.endsWith('.tmp'));
}

describe('exportNotesFolder', () => {
  it('creates the folder and writes each talk stamped, then writes only what changed', async () => {
    const first = await exportNotesFolder(vault, wanted);
    expect(first).toEqual({
      folder: vault,
      created: ['Keynote.md', 'Operators.md'],
      updated: [],
      unchanged: 0,
      leftAlone: [],
    });
    expect(await readFile(join(vault, 'Keynote.md'), 'utf8')).toBe(stampNote(wanted[0]!.text, hashNoteText));

    const before = await listTree(vault);
    const keynoteInode = (await stat(join(vault, 'Keynote.md'))).ino;
    const changed = [wanted[0]!, talk('t2', 'Operators.md', '# Operators\nnew notes\n')];
    const second = await exportNotesFolder(vault, changed);
    expect(second).toMatchObject({ created: [], updated: ['Operators.md'], unchanged: 1, leftAlone: [] });
    const after = await listTree(vault);
    expect(after['Keynote.md']).toBe(before['Keynote.md']);
    expect((await stat(join(vault, 'Keynote.md'))).ino).toBe(keynoteInode);
    expect(after['Operators.md']).not.toBe(before['Operators.md']);
    expect(await readFile(join(vault, 'Operators.md'), 'utf8')).toContain('new notes');
    expect(await temporaryFiles()).toEqual([]);
  });

  it("leaves the user's own files byte for byte, and the tools' folders unread", async () => {
    await mkdir(join(vault, '.obsidian'), { recursive: true });
    const mine = '---\ntitle: My keynote\n---\nMy own notes, not Debrief’s.\r\n';
    await writeFile(join(vault, 'Keynote.md'), mine);
    // A Debrief file hidden in the notes tool's settings is not one of the vault's notes.
    await writeFile(join(vault, '.obsidian', 'Operators.md'), stampNote(wanted[1]!.text, hashNoteText));
    const result = await exportNotesFolder(vault, wanted);
    expect(result.created).toEqual(['Keynote (2).md', 'Operators.md']);
    expect(await readFile(join(vault, 'Keynote.md'), 'utf8')).toBe(mine);
    await exportNotesFolder(
      vault,
      wanted.map((file) => ({ ...file, text: `${file.text}more\n` })),
    );
    expect(await readFile(join(vault, 'Keynote.md'), 'utf8')).toBe(mine);
  });

  it('finds a file the user moved into a subfolder and updates it there; an edited one is left alone', async () => {
    await exportNotesFolder(vault, wanted);
    await mkdir(join(vault, 'KubeCon', 'Day 1'), { recursive: true });
    const moved = join(vault, 'KubeCon', 'Day 1', 'Keynote.md');
    await writeFile(moved, await readFile(join(vault, 'Keynote.md')));
    await rm(join(vault, 'Keynote.md'));
    const edited = `${await readFile(join(vault, 'Operators.md'), 'utf8')}\nMy thoughts.\n`;
    await writeFile(join(vault, 'Operators.md'), edited);

    const changed = wanted.map((file) => ({ ...file, text: `${file.text}more\n` }));
    const result = await exportNotesFolder(vault, changed);
    expect(result).toMatchObject({
      created: [],
      updated: ['KubeCon/Day 1/Keynote.md'],
      leftAlone: [{ file: 'Operators.md', reason: editedSinceWritten }],
    });
    expect(await readFile(moved, 'utf8')).toBe(stampNote(changed[0]!.text, hashNoteText));
    expect(await readFile(join(vault, 'Operators.md'), 'utf8')).toBe(edited);
  });

  it.skipIf(!posix)('never follows a link: neither to a Debrief file elsewhere nor to a folder', async () => {
    const elsewhere = join(root, 'elsewhere');
    await mkdir(join(elsewhere, 'inside'), { recursive: true });
    const stamped = stampNote(wanted[0]!.text, hashNoteText);
    await writeFile(join(elsewhere, 'Keynote.md'), stamped);
    await writeFile(join(elsewhere, 'inside', 'Operators.md'), stampNote(wanted[1]!.text, hashNoteText));
    await mkdir(vault);
    await symlink(join(elsewhere, 'Keynote.md'), join(vault, 'Linked keynote.md'));
    await symlink(join(elsewhere, 'inside'), join(vault, 'linked folder'));
    const outside = await listTree(elsewhere);

    const changed = wanted.map((file) => ({ ...file, text: `${file.text}more\n` }));
    const result = await exportNotesFolder(vault, changed);
    expect(result.created).toEqual(['Keynote.md', 'Operators.md']);
    expect(result.updated).toEqual([]);
    expect(await listTree(elsewhere)).toEqual(outside);
  });

  it('does not replace a file that took the name meanwhile, and says so', async () => {
    await mkdir(vault);
    const path = join(vault, 'Keynote.md');
    await writeFile(path, 'appeared');
    await expect(writeFileAtomically(path, 'mine', { replace: false })).rejects.toMatchObject({ code: 'EEXIST' });
    expect(await readFile(path, 'utf8')).toBe('appeared');
    expect(await temporaryFiles()).toEqual([]);
  });

  it('fails, writing nothing, when the chosen folder is a file', async () => {
    await writeFile(vault, 'a file, not a folder');
    await expect(exportNotesFolder(vault, wanted)).rejects.toThrow(/EEXIST|ENOTDIR/);
    expect(await readFile(vault, 'utf8')).toBe('a file, not a folder');
  });

  it('refuses a wanted file without its debrief-id before writing anything', async () => {
    await expect(
      exportNotesFolder(vault, [wanted[0]!, { debriefId: 't3', fileName: 'Bare.md', text: '# Bare\n' }]),
    ).rejects.toThrow(/Bare\.md must start with front matter/);
    expect(await listTree(vault)).toEqual({});
  });
});
