import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackupText } from '../../../../electron/common/backup-format';
import { listSnapshots, readSnapshot, snapshotsToRemove, writeSnapshot } from '../../../../electron/main/backups';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'debrief-backups-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const empty = { annotations: [], actions: [], itemStates: [], settings: [] };

describe('backup snapshots', () => {
  it('are written atomically, listed newest first and read back by name', async () => {
    const text = await createBackupText(empty, new Date('2024-05-18T10:00:00Z'), '1');
    const first = await writeSnapshot(dir, text, new Date('2024-05-18T10:00:00.000Z'));
    const second = await writeSnapshot(dir, text, new Date('2024-05-18T10:05:00.000Z'));
    expect(first.name).toBe('debrief-backup-20240518-100000-000.json');
    expect((await listSnapshots(dir)).map((s) => s.name)).toEqual([second.name, first.name]);
    expect(await readSnapshot(dir, first.name)).toBe(text);
    expect(await readdir(join(dir, 'backups'))).toHaveLength(2);
  });

  it('refuse a damaged snapshot before writing anything', async () => {
    await expect(writeSnapshot(dir, '{"format":"debrief-backup"')).rejects.toThrow(/backup refused: .*truncated/);
    expect(await listSnapshots(dir)).toEqual([]);
  });

  it('read only snapshot names, never paths', async () => {
    await writeFile(join(dir, 'secret.txt'), 'secret');
    for (const name of ['../secret.txt', '/etc/passwd', 'debrief-backup-20240518-100000-000.json/../../secret.txt']) {
      await expect(readSnapshot(dir, name)).rejects.toThrow(/not a backup snapshot name/);
    }
  });

  it('rotate to the last 10 plus the newest of each of the last 7 days', () => {
    const names: string[] = [];
    for (let day = 1; day <= 20; day++) {
      for (const hour of ['08', '12', '18'])
        names.push(`debrief-backup-202405${String(day).padStart(2, '0')}-${hour}0000-000.json`);
    }
    const removed = new Set(snapshotsToRemove(names, new Date('2024-05-20T20:00:00Z')));
    const kept = names.filter((n) => !removed.has(n)).sort();
    // Last 10 = 20th (3), 19th (3), 18th (3), 17th 18:00; plus newest of the 13th–16th.
    expect(kept).toEqual(
      [
        '20240513-180000',
        '20240514-180000',
        '20240515-180000',
        '20240516-180000',
        '20240517-180000',
        '20240518-080000',
        '20240518-120000',
        '20240518-180000',
        '20240519-080000',
        '20240519-120000',
        '20240519-180000',
        '20240520-080000',
        '20240520-120000',
        '20240520-180000',
      ].map((stamp) => `debrief-backup-${stamp}-000.json`),
    );
  });
});
