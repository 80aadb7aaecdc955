import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomically } from '../../../../electron/main/atomic-file';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'debrief-atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomically', () => {
  it('replaces the file whole and leaves no temporary file behind', async () => {
    const path = join(dir, 'export.csv');
    await writeFile(path, 'old');
    await writeFileAtomically(path, 'new ✓ "quoted"\n');
    expect(await readFile(path, 'utf8')).toBe('new ✓ "quoted"\n');
    expect(await readdir(dir)).toEqual(['export.csv']);
  });

  it('leaves the old file untouched when the write cannot happen', async () => {
    const path = join(dir, 'missing-folder', 'x.csv');
    await expect(writeFileAtomically(path, 'x')).rejects.toThrow();
    const existing = join(dir, 'keep.txt');
    await writeFile(existing, 'keep');
    // A folder where the file should be: the rename fails, the temp file is cleaned up.
    const folderTarget = join(dir, 'taken');
    await mkdir(folderTarget);
    await expect(writeFileAtomically(folderTarget, 'x')).rejects.toThrow();
    expect((await readdir(dir)).sort()).toEqual(['keep.txt', 'taken']);
    expect(await readFile(existing, 'utf8')).toBe('keep');
  });

  it('writes bytes as they are', async () => {
    const path = join(dir, 'report.pdf');
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x0a]);
    await writeFileAtomically(path, bytes);
    expect(new Uint8Array(await readFile(path))).toEqual(bytes);
    expect(await readdir(dir)).toEqual(['report.pdf']);
  });

  it('without replacing, writes a new file but never one over a file already there', async () => {
    const path = join(dir, 'Keynote.md');
    await writeFileAtomically(path, 'first', { replace: false });
    expect(await readFile(path, 'utf8')).toBe('first');
    await expect(writeFileAtomically(path, 'second', { replace: false })).rejects.toMatchObject({ code: 'EEXIST' });
    expect(await readFile(path, 'utf8')).toBe('first');
    expect(await readdir(dir)).toEqual(['Keynote.md']);
  });
});
