// The two files the team folder keeps in the profile's data folder: the device id, made once, and
// team-folder.json, which a damaged copy of turns into "not sharing" and a log line, never a crash.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isDeviceId } from '../../../../../electron/common/team-sync/device-id';
import { loadConfig, saveConfig } from '../../../../../electron/main/team-folder/config-file';
import { loadDeviceId, makeDeviceId } from '../../../../../electron/main/team-folder/device-id-file';
import { makePlace, openTeamFolder } from './team';

describe('the device id', () => {
  it('is 12 random base32 characters, a valid device id', () => {
    const ids = new Set(Array.from({ length: 200 }, makeDeviceId));
    expect(ids.size).toBe(200);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z2-7]{12}$/);
      expect(isDeviceId(id)).toBe(true);
    }
  });

  it('is made once and kept, even by two loads at once', async () => {
    const { userData } = await makePlace();
    const log: string[] = [];
    const [a, b] = await Promise.all([
      loadDeviceId(userData, (l) => log.push(l)),
      loadDeviceId(userData, (l) => log.push(l)),
    ]);
    expect(a).toBe(b);
    expect(await loadDeviceId(userData, (l) => log.push(l))).toBe(a);
    expect(await readFile(join(userData, 'device-id'), 'utf8')).toBe(`${a}\n`);
    expect(log).toEqual([]);
  });

  it('is made again, with a log line, when its file holds something else', async () => {
    const { userData } = await makePlace();
    await mkdir(userData);
    await writeFile(join(userData, 'device-id'), '__proto__');
    const log: string[] = [];
    const id = await loadDeviceId(userData, (l) => log.push(l));
    expect(isDeviceId(id)).toBe(true);
    expect(log).toEqual([
      expect.stringMatching(/device-id holds no device id \("__proto__"\): a new one replaces it$/),
    ]);
    expect(await readFile(join(userData, 'device-id'), 'utf8')).toBe(`${id}\n`);
  });
});

describe('team-folder.json', () => {
  it('reads back what was saved', async () => {
    const { userData, team } = await makePlace();
    await mkdir(userData);
    await saveConfig(userData, { folder: team, name: 'Alice' });
    expect(await loadConfig(userData, () => undefined)).toEqual({ folder: team, name: 'Alice' });
  });

  it('leaves the profile not sharing when damaged, logging the file and the field', async () => {
    const { userData } = await makePlace();
    await mkdir(userData);
    const file = join(userData, 'team-folder.json');
    const cases: [string, RegExp][] = [
      ['{"format":1,"folder":"/team"', /team-folder\.json is not valid JSON: not sharing/],
      ['{"format":1,"folder":"/team","name":""}', /team-folder\.json: name: must not be empty/],
      ['{"format":1,"folder":"team","name":"Alice"}', /team-folder\.json: folder: must be an absolute path/],
      ['{"format":2,"folder":"/team","name":"Alice"}', /team-folder\.json: was written by a newer Debrief/],
      ['[]', /team-folder\.json: /],
    ];
    for (const [text, message] of cases) {
      await writeFile(file, text);
      const log: string[] = [];
      expect(await loadConfig(userData, (l) => log.push(l)), text).toBeUndefined();
      expect(log, text).toEqual([expect.stringMatching(message)]);
      expect(log[0], text).toContain(file);
    }
    // Through the TeamFolder: not joined, same id as ever, and no crash.
    const { teamFolder, logged } = openTeamFolder(userData);
    const status = await teamFolder.status();
    expect(status).toEqual({ joined: false, device: expect.any(String) });
    expect(logged).toHaveLength(1);
  });
});
