import { mkdir, mkdtemp, open, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadContentBundle } from '../../../../electron/main/content-loader';

// The loader's reads are watched, to prove an oversized file is refused by its size alone.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return { ...actual, readFile: vi.fn(actual.readFile) };
});

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'debrief-content-'));
  vi.mocked(readFile).mockClear();
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const conference = `---
id: demo-conf
name: Demo Conf
location: Lisbon, Portugal
startDate: 2024-03-01
endDate: 2024-03-02
timezone: Europe/Lisbon
days:
  - { number: 1, date: 2024-03-01, label: Day 1 }
---
## Overview
A demo.
`;
const talk = (id: string, title = `Talk ${id}`) =>
  `---\nid: ${id}\nkind: talk\ntitle: "${title}"\nday: 1\n---\nAbout ${id}.\n`;

async function write(path: string, text: string | Uint8Array): Promise<string> {
  const full = join(dir, path);
  await mkdir(join(full, '..'), { recursive: true });
  await writeFile(full, text);
  return full;
}

async function goodContent(): Promise<void> {
  await write('demo-conf/conference.md', conference);
  await write('demo-conf/items/alpha.md', talk('alpha'));
  await write('demo-conf/items/beta.md', talk('beta'));
  await write('demo-conf/items/gamma.md', talk('gamma'));
}

describe('loadContentBundle', () => {
  it('loads every good file next to a bad one, and reports the bad one by name and line', async () => {
    await goodContent();
    await write('demo-conf/items/broken.md', '---\nid: broken\nkind: talk\ntitle: [unclosed\nday: 1\n---\n');
    await write('demo-conf/items/latin1.md', new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xe9, 0x0a]));
    const bundle = await loadContentBundle(dir);
    expect(bundle.conferences.map((c) => c.id)).toEqual(['demo-conf']);
    expect(bundle.items.map((i) => i.id)).toEqual(['demo-conf/alpha', 'demo-conf/beta', 'demo-conf/gamma']);
    expect(bundle.items.find((i) => i.slug === 'beta')).toMatchObject({ title: 'Talk beta', body: 'About beta.' });
    expect(bundle.problems).toEqual([
      expect.objectContaining({ file: 'demo-conf/items/broken.md', message: expect.stringMatching(/not valid YAML/) }),
      { file: 'demo-conf/items/latin1.md', line: 2, message: 'the file is not valid UTF-8 text' },
    ]);
  });

  it('refuses a 50 MB file by its size, without reading it, and keeps the rest', async () => {
    await goodContent();
    const huge = join(dir, 'demo-conf/items/huge.md');
    // A sparse file: 50 MB by its size, nothing written to disk.
    const handle = await open(huge, 'w');
    await handle.truncate(50 * 1024 * 1024);
    await handle.close();
    const bundle = await loadContentBundle(dir);
    expect(bundle.items).toHaveLength(3);
    expect(bundle.problems).toEqual([
      { file: 'demo-conf/items/huge.md', message: 'the file is 50.0 MB; the limit is 2.0 MB' },
    ]);
    const reads = vi.mocked(readFile).mock.calls.map(([path]) => String(path));
    expect(reads).toContain(join(dir, 'demo-conf/items/alpha.md'));
    expect(reads).not.toContain(huge);
  });

  it('changes its hash when a file changes, and only then', async () => {
    await goodContent();
    const first = await loadContentBundle(dir);
    expect(first.hash).toMatch(/^[0-9a-f]{16}$/);
    expect((await loadContentBundle(dir)).hash).toBe(first.hash);

    // Touching a file, or adding a file the format does not read, changes nothing.
    const alpha = join(dir, 'demo-conf/items/alpha.md');
    await utimes(alpha, new Date(2001, 1, 1), new Date(2001, 1, 1));
    await write('demo-conf/notes.txt', 'not content');
    expect((await loadContentBundle(dir)).hash).toBe(first.hash);

    await write('demo-conf/items/alpha.md', talk('alpha', 'Talk alpha, edited'));
    const edited = await loadContentBundle(dir);
    expect(edited.hash).not.toBe(first.hash);
    expect(edited.items.find((i) => i.slug === 'alpha')?.title).toBe('Talk alpha, edited');

    await write('demo-conf/items/alpha.md', talk('alpha'));
    expect((await loadContentBundle(dir)).hash).toBe(first.hash);

    await write('demo-conf/items/delta.md', talk('delta'));
    expect((await loadContentBundle(dir)).hash).not.toBe(first.hash);
  });

  it('says so when the content folder cannot be read', async () => {
    const missing = join(dir, 'nowhere');
    const bundle = await loadContentBundle(missing);
    expect(bundle).toMatchObject({ hash: 'missing', conferences: [], items: [] });
    expect(bundle.problems).toEqual([
      { file: missing, message: expect.stringMatching(/^the content folder could not be read: ENOENT/) },
    ]);
  });
});
