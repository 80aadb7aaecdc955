// Sharing imported recaps and schedules as files: copied into the device's own imports, listed for
// teammates (never one's own), read back only from where they belong, never through a link.
import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import {
  listSharedImports,
  readSharedImport,
  shareImport,
} from '../../../../../electron/main/team-folder/shared-imports';

let team: string;
beforeEach(async () => {
  team = await mkdtemp(join(tmpdir(), 'debrief-shared-imports-'));
});
afterEach(async () => {
  await rm(team, { recursive: true, force: true });
});

const recap = new TextEncoder().encode('# KubeCon notes\n\nDéjà vu at the keynote.\n');

it('shares a file once, and a different file under a taken name as a copy', async () => {
  await shareImport(team, 'alice', 'notes.md', recap);
  await shareImport(team, 'alice', 'notes.md', recap);
  await shareImport(team, 'alice', 'notes.md', new TextEncoder().encode('# Other notes\n'));
  expect((await readdir(join(team, 'alice', 'imports'))).sort()).toEqual(['notes (2).md', 'notes.md']);
  await expect(shareImport(team, 'alice', 'evil.exe', recap)).rejects.toThrow(/not a recap or schedule/);
});

it('lists teammates’ shared files, not one’s own, and reads them back byte for byte', async () => {
  await shareImport(team, 'alice', 'notes.md', recap);
  await shareImport(team, 'bob', 'schedule.ics', new TextEncoder().encode('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n'));
  await writeFile(join(team, 'alice', 'imports', '.syncthing.more.md.tmp'), 'half');
  const seenByBob = await listSharedImports(team, 'bob');
  expect(seenByBob.map((file) => file.path)).toEqual(['alice/imports/notes.md']);
  expect(seenByBob[0]).toMatchObject({ device: 'alice', name: 'notes.md', bytes: recap.length });
  expect(await readSharedImport(team, 'alice/imports/notes.md')).toEqual({ name: 'notes.md', bytes: recap });
});

it('reads only shared imports, never a path out of the folder or through a link', async () => {
  await expect(readSharedImport(team, '../../etc/passwd')).rejects.toThrow(/not a shared recap or schedule/);
  await expect(readSharedImport(team, 'alice/1.jsonl')).rejects.toThrow(/not a shared recap or schedule/);
  await mkdir(join(team, 'mallory', 'imports'), { recursive: true });
  await writeFile(join(team, 'secret.md'), 'outside');
  await symlink(join(team, 'secret.md'), join(team, 'mallory', 'imports', 'linked.md'));
  expect(await listSharedImports(team, 'bob')).toEqual([]);
  await expect(readSharedImport(team, 'mallory/imports/linked.md')).rejects.toThrow(/could not be read/);
});
