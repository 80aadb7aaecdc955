// Bad-input corpus for backups (snapshots main reads back, files picked for Restore): each bad
// version is refused with a reason, never a throw, and a restore attempted with it changes nothing
// in the database nor in the snapshots folder.
import 'fake-indexeddb/auto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackupText, readBackupText, type BackupData } from '../../../electron/common/backup-format';
import { backupsDirOf, readSnapshot, writeSnapshot } from '../../../electron/main/backups';
import { maxOpenedFileBytes } from '../../../electron/main/handlers';
import { readPickedFile } from '../../../electron/main/picked-file';
import { applyRestore, collectBackupData } from '../../../renderer/src/lib/backup/backup-data';
import { DebriefDatabase } from '../../../renderer/src/lib/db/database';
import { badVersionsOf, hugeText, nestedJson, type BadInput, type BadInputName } from './bad-inputs';

const stamp = '2024-05-20T09:00:00.000Z';
const mine: BackupData = {
  annotations: [
    {
      id: 'note-1',
      itemId: 'demo/talk',
      kind: 'note',
      body: 'Déjà vu: a café with the SRE team ☕',
      tags: ['ops'],
      createdAt: stamp,
      updatedAt: stamp,
    },
  ],
  actions: [
    {
      id: 'action-1',
      itemId: 'demo/talk',
      title: 'Propose a freeze switch',
      notes: '',
      status: 'open',
      tags: [],
      createdAt: stamp,
      updatedAt: stamp,
    },
  ],
  itemStates: [{ itemId: 'demo/talk', starred: true, updatedAt: stamp }],
  settings: [{ key: 'setting:owner', value: 'Zoë' }],
  // What the user imported: a recap with its conference and one talk, so a bad restore must leave it too.
  library: {
    conferences: [
      {
        id: 'mine',
        name: 'Zoë’s conference',
        location: '',
        startDate: '',
        endDate: '',
        timezone: 'UTC',
        days: [],
        body: '',
        source: 'recap:zoe',
      },
    ],
    items: [],
    recaps: [
      {
        id: 'recap:zoe',
        title: 'Zoë’s notes',
        conferenceId: 'mine',
        files: ['zoe.md'],
        intro: '',
        skipped: [],
        notes: [],
        importedAt: stamp,
        updatedAt: stamp,
      },
    ],
    recapLayers: [
      {
        id: 'zoe/zoe/talk',
        recapId: 'recap:zoe',
        itemId: 'demo/talk',
        ownItem: false,
        heading: 'Talk',
        file: 'zoe.md',
        line: 1,
        body: 'Déjà vu.',
        link: { itemId: 'demo/talk', confidence: 1, reason: 'same title', status: 'confirmed' },
        removed: 0,
        updatedAt: stamp,
      },
    ],
    schedules: [],
    scheduleLinks: [],
  },
};
// What a backup of other data would hold: the file the bad versions are made from.
const theirs: BackupData = {
  ...mine,
  annotations: [{ ...mine.annotations[0]!, id: 'note-2', body: 'Résumé of the keynote' }],
  actions: [],
};
const good = await createBackupText(theirs, new Date(stamp), 'test');
const versions = badVersionsOf(good);

/** The reason readBackupText gives for each version, as main reads a snapshot (lossy UTF-8). */
const expected: Record<BadInputName, RegExp> = {
  empty: /^the file is empty$/,
  blank: /^the file is empty$/,
  truncated: /cut off \(truncated\)/,
  'truncated mid-character': /cut off \(truncated\)/,
  binary: /^the file is not JSON/,
  'UTF-16 LE with BOM': /^the file is not JSON/,
  'UTF-16 BE with BOM': /^the file is not JSON/,
  // Read as UTF-8, each "é" becomes a replacement character: the JSON parses, the checksum catches it.
  'Latin-1': /checksum does not match/,
  'deeply nested JSON': /not a Debrief backup/,
};

/** Bad versions beyond the common ones, each with the reason it must be refused for. */
const special: [BadInput['name'], string, RegExp][] = [
  [
    'records nested 100,000 levels deep inside a good header',
    `${good.slice(0, good.indexOf('"data":'))}"data":${nestedJson(100_000)}}`,
    /nested too deeply/,
  ],
  [
    'a setting nested 100,000 levels deep',
    good.replace(
      '"settings":[{"key":"setting:owner","value":"Zoë"}]',
      `"settings":[{"key":"setting:x","value":${nestedJson(100_000)}}]`,
    ),
    /nested too deeply/,
  ],
  ['50 MB of text that is not JSON', hugeText(50), /^the file is not JSON/],
  ['50 MB of JSON that is not a backup', `{"notes":"${hugeText(50)}"}`, /not a Debrief backup/],
];

let database: DebriefDatabase;
let userData: string;
beforeEach(async () => {
  database = new DebriefDatabase(`bad-backups-${Math.random()}`);
  await database.open();
  await database.annotations.bulkAdd(mine.annotations);
  await database.actions.bulkAdd(mine.actions);
  await database.itemStates.bulkAdd(mine.itemStates);
  await database.meta.bulkAdd(mine.settings);
  await database.conferences.bulkAdd(mine.library!.conferences);
  await database.recaps.bulkAdd(mine.library!.recaps);
  await database.recapLayers.bulkAdd(mine.library!.recapLayers);
  userData = await mkdtemp(join(tmpdir(), 'debrief-bad-backups-'));
  await writeSnapshot(userData, await createBackupText(mine, new Date(stamp), 'test'), new Date(stamp));
});
afterEach(async () => {
  database.close();
  await database.delete();
  await rm(userData, { recursive: true, force: true });
});

/** Restore as the Backups view does it: read, and only if that succeeds, apply. */
async function tryRestore(text: string): Promise<string> {
  const reading = await readBackupText(text);
  if (reading.ok) {
    await applyRestore(database, reading.backup.data, 'replace');
    return 'restored';
  }
  return reading.error;
}

async function expectNothingChanged(): Promise<void> {
  expect(await collectBackupData(database)).toEqual(mine);
  const dir = backupsDirOf(userData);
  const names = await readdir(dir);
  expect(names).toHaveLength(1);
  const snapshot = await readBackupText(await readFile(join(dir, names[0]!), 'utf8'));
  expect(snapshot.ok && snapshot.backup.data).toEqual(mine);
}

describe('a bad backup', () => {
  it.each(Object.keys(expected) as BadInputName[])('%s: refused with a reason; nothing changes', async (name) => {
    expect(await tryRestore(versions[name].text)).toMatch(expected[name]);
    await expect(writeSnapshot(userData, versions[name].text)).rejects.toThrow(/^backup refused: /);
    await expectNothingChanged();
  });

  it.each(special)(
    '%s: refused with a reason; nothing changes',
    async (_name, text, reason) => {
      expect(await tryRestore(text)).toMatch(reason);
      await expect(writeSnapshot(userData, text)).rejects.toThrow(/^backup refused: /);
      await expectNothingChanged();
    },
    60_000,
  );

  it('a snapshot damaged on disk reads back as a reason, not a throw', async () => {
    const [name] = await readdir(backupsDirOf(userData));
    for (const version of Object.values(versions)) {
      await writeFile(join(backupsDirOf(userData), name!), version.bytes);
      const reading = await readBackupText(await readSnapshot(userData, name!));
      expect(reading.ok, version.name).toBe(false);
    }
  });

  it('a 50 MB backup that is a good one is read, not refused', async () => {
    const large: BackupData = { ...theirs, annotations: [{ ...theirs.annotations[0]!, body: hugeText(50) }] };
    const reading = await readBackupText(await createBackupText(large, new Date(stamp), 'test'));
    expect(reading.ok && reading.backup.data.annotations[0]?.body.length).toBe(50 * 1024 * 1024);
  }, 60_000);

  it('a picked file over 64 MB is refused by main before it is read', async () => {
    const path = join(userData, 'too-big.json');
    await writeFile(path, hugeText(65));
    await expect(readPickedFile(path, maxOpenedFileBytes)).rejects.toThrow(
      /^too-big\.json is 65\.0 MB; files over 64 MB cannot be opened$/,
    );
  });
});
