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
});
