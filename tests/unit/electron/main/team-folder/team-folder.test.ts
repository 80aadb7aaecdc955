// The team folder against real folders: joining, leaving, what readTeamFolder sends and when,
// and how this device's segments are written.
import { mkdir, readdir, readFile, rename, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { maxTeamSegmentLength } from '../../../../../electron/common/ipc-contract';
import { isDeviceId } from '../../../../../electron/common/team-sync/device-id';
import { isSyncToolTempFile } from '../../../../../electron/common/team-sync/sync-tool-files';
import { bob, makePlace, openTeamFolder } from './team';

async function writeBobsDevice(team: string, name = 'Bob'): Promise<void> {
  await mkdir(join(team, bob), { recursive: true });
  await writeFile(join(team, bob, 'device.json'), JSON.stringify({ format: 1, device: bob, name }));
}

describe('joining and leaving a team folder', () => {
  it('makes this device its folder and device file, and says so in the status', async () => {
    const place = await makePlace();
    const { teamFolder } = openTeamFolder(place.userData);
    const status = await teamFolder.join({ folder: place.team, name: 'Alice' });
    expect(status).toEqual({
      joined: true,
      device: status.device,
      folder: place.team,
      name: 'Alice',
      reachable: true,
      watching: 'events',
    });
    expect(isDeviceId(status.device)).toBe(true);
    expect(status.device).toMatch(/^[a-z2-7]{12}$/);
    expect(JSON.parse(await readFile(join(place.team, status.device, 'device.json'), 'utf8'))).toEqual({
      format: 1,
      device: status.device,
      name: 'Alice',
    });
    expect(JSON.parse(await readFile(join(place.userData, 'team-folder.json'), 'utf8'))).toEqual({
      format: 1,
      folder: place.team,
      name: 'Alice',
    });
    expect(await teamFolder.status()).toEqual(status);
  });

  it('refuses a folder that is missing, relative, a file, or overlaps the data folder, writing nothing', async () => {
    const place = await makePlace();
    const { teamFolder } = openTeamFolder(place.userData);
    await mkdir(join(place.userData, 'inside'), { recursive: true });
    await writeFile(join(place.root, 'file.txt'), 'x');
    const refusals: [string, RegExp][] = [
      [join(place.root, 'nowhere'), /^The team folder .*nowhere does not exist: create it or choose another\.$/],
      ['team', /must be given as a full path/],
      [join(place.root, 'file.txt'), /is a file, not a folder/],
      [join(place.userData, 'inside'), /is inside Debrief's own data folder/],
      [place.userData, /is inside Debrief's own data folder/],
      [place.root, /holds Debrief's own data folder/],
    ];
    for (const [folder, message] of refusals) {
      await expect(teamFolder.join({ folder, name: 'Alice' }), folder).rejects.toThrow(message);
    }
    await expect(teamFolder.join({ folder: place.team, name: '  ' })).rejects.toThrow(/name: must not be empty/);
    expect(await readdir(place.team)).toEqual([]);
    expect(await readdir(place.userData)).toEqual(['inside']);
  });

  it('keeps the device id when leaving and joining again, and deletes nothing when leaving', async () => {
    const place = await makePlace();
    const { teamFolder } = openTeamFolder(place.userData);
    const first = await teamFolder.join({ folder: place.team, name: 'Alice' });
    await teamFolder.writeSegment({ segment: 1, text: '{"a":1}\n' });
    const left = await teamFolder.leave();
    expect(left).toEqual({ joined: false, device: first.device });
    expect(await readdir(join(place.team, first.device))).toEqual(['1.jsonl', 'device.json']);
    expect(await readdir(place.userData)).toEqual(['device-id']);
    await expect(teamFolder.writeSegment({ segment: 2, text: '' })).rejects.toThrow(
      'Not sharing with a team: join a team folder first.',
    );
    const again = await teamFolder.join({ folder: place.team, name: 'Alice B.' });
    expect(again.device).toBe(first.device);
    // Another TeamFolder on the same profile (the app started again) takes up the same folder and id.
    const { teamFolder: restarted } = openTeamFolder(place.userData);
    expect(await restarted.status()).toEqual({ ...again, name: 'Alice B.' });
  });

  it('switches to another folder, and the next read starts over', async () => {
    const place = await makePlace();
    const other = join(place.root, 'other-team');
    await mkdir(other);
    await writeBobsDevice(place.team);
    await writeFile(join(place.team, bob, '1.jsonl'), 'first team\n');
    const { teamFolder } = openTeamFolder(place.userData);
    await teamFolder.join({ folder: place.team, name: 'Alice' });
    const before = await teamFolder.read({ since: 0, waitMs: 0 });
    expect(before.files).toEqual([{ name: `${bob}/1.jsonl`, text: 'first team\n' }]);
    const status = await teamFolder.join({ folder: other, name: 'Alice' });
    expect(status).toMatchObject({ joined: true, folder: other });
    const after = await teamFolder.read({ since: before.version, waitMs: 0 });
    expect(after).toMatchObject({ reset: true, files: [], teammates: [{ device: status.device, name: 'Alice' }] });
    expect(after.version).toBeGreaterThan(before.version);
  });
});

describe('reading the team folder', () => {
  it("sends other devices' segments and conflict copies of its own, never its own plain segments", async () => {
    const place = await makePlace();
    const { teamFolder } = openTeamFolder(place.userData);
    const { device } = await teamFolder.join({ folder: place.team, name: 'Alice' });
    await teamFolder.writeSegment({ segment: 1, text: 'mine\n' });
    await writeFile(join(place.team, device, '1.sync-conflict-20240518-101500-ABCDEF7.jsonl'), 'my copy\n');
    await writeBobsDevice(place.team);
    await writeFile(join(place.team, bob, '1.jsonl'), 'bob 1\n');
    await writeFile(join(place.team, bob, '2.jsonl'), 'bob 2\n');
    await writeFile(join(place.team, bob, 'notes.txt'), 'not a segment');
    const read = await teamFolder.read({ since: 0, waitMs: 0 });
    expect(read.reset).toBe(true);
    expect(read.files).toEqual(
      [
        { name: `${bob}/1.jsonl`, text: 'bob 1\n' },
        { name: `${bob}/2.jsonl`, text: 'bob 2\n' },
        { name: `${device}/1.sync-conflict-20240518-101500-ABCDEF7.jsonl`, text: 'my copy\n' },
      ].sort((a, b) => (a.name < b.name ? -1 : 1)), // by path; this device's id is random
    );
    expect(read.teammates).toEqual([
      { device, name: 'Alice' },
      { device: bob, name: 'Bob' },
    ]);
    expect(read.problems).toEqual([]);
    expect(read.status).toMatchObject({ joined: true, device });
  });

  it('answers at once, with nothing, while not joined', async () => {
    const place = await makePlace();
    const { teamFolder } = openTeamFolder(place.userData);
    const started = Date.now();
    const read = await teamFolder.read({ since: 3, waitMs: 10_000 });
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(read).toEqual({
      version: read.version,
      reset: true,
      files: [],
      removed: [],
      more: false,
      teammates: [],
      problems: [],
      status: { joined: false, device: read.status.device },
    });
  });

  it('sends only what changed since the version asked for, and what was removed', async () => {
    const place = await makePlace();
    await writeBobsDevice(place.team);
    await writeFile(join(place.team, bob, '1.jsonl'), 'one\n');
    await writeFile(join(place.team, bob, '2.jsonl'), 'two\n');
    const { teamFolder } = openTeamFolder(place.userData);
    await teamFolder.join({ folder: place.team, name: 'Alice' });
    const first = await teamFolder.read({ since: 0, waitMs: 0 });
    await writeFile(join(place.team, bob, '2.jsonl'), 'two\nthree\n');
    await rename(join(place.team, bob, '1.jsonl'), join(place.team, bob, 'old.txt'));
    const second = await teamFolder.read({ since: first.version, waitMs: 2_000 });
    expect(second).toMatchObject({
      reset: false,
      files: [{ name: `${bob}/2.jsonl`, text: 'two\nthree\n' }],
      removed: [`${bob}/1.jsonl`],
    });
    expect(second.version).toBeGreaterThan(first.version);
  });

  it('reads a file again when it is replaced by one with an older modification time', async () => {
    const place = await makePlace();
    await writeBobsDevice(place.team);
    const segment = join(place.team, bob, '1.jsonl');
    await writeFile(segment, 'one\n');
    const { teamFolder } = openTeamFolder(place.userData);
    await teamFolder.join({ folder: place.team, name: 'Alice' });
    const first = await teamFolder.read({ since: 0, waitMs: 0 });
    // As Syncthing delivers it: written under a temp name, its sender's (old) time set, renamed over.
    const temp = join(place.team, bob, '.syncthing.1.jsonl.tmp');
    await writeFile(temp, 'one\ntwo\n');
    const old = new Date('2020-01-01T00:00:00Z');
    await utimes(temp, old, old);
    await rename(temp, segment);
    expect((await stat(segment)).mtimeMs).toBe(old.getTime());
    const second = await teamFolder.read({ since: first.version, waitMs: 2_000 });
    expect(second.files).toEqual([{ name: `${bob}/1.jsonl`, text: 'one\ntwo\n' }]);
  });

  it("skips sync tools' temp files and folders without a word", async () => {
    const place = await makePlace();
    await writeBobsDevice(place.team);
    for (const name of ['.syncthing.3.jsonl.tmp', '~syncthing~x.tmp', '3.jsonl.~57d', '4.jsonl.part']) {
      await writeFile(join(place.team, bob, name), 'half a file');
    }
    await mkdir(join(place.team, '.stversions', bob), { recursive: true });
    await writeFile(join(place.team, '.stversions', bob, '1.jsonl'), 'an old version');
    await mkdir(join(place.team, '.stfolder'));
    const { teamFolder } = openTeamFolder(place.userData);
    await teamFolder.join({ folder: place.team, name: 'Alice' });
    const read = await teamFolder.read({ since: 0, waitMs: 0 });
    expect(read.files).toEqual([]);
    expect(read.problems).toEqual([]);
  });

  it("answers a waiting read when another device's segment appears, and times out with the same version", async () => {
    const place = await makePlace();
    const { teamFolder } = openTeamFolder(place.userData);
    await teamFolder.join({ folder: place.team, name: 'Alice' });
    const first = await teamFolder.read({ since: 0, waitMs: 0 });

    let started = Date.now();
    const quiet = await teamFolder.read({ since: first.version, waitMs: 300 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(quiet).toMatchObject({ version: first.version, reset: false, files: [], removed: [] });

    started = Date.now();
    const waiting = teamFolder.read({ since: first.version, waitMs: 10_000 });
    setTimeout(
      () => void writeBobsDevice(place.team).then(() => writeFile(join(place.team, bob, '1.jsonl'), 'hi\n')),
      100,
    );
    let answer = await waiting;
    // The device file may come in an answer of its own, just before the segment.
    if (answer.files.length === 0) answer = await teamFolder.read({ since: answer.version, waitMs: 5_000 });
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(answer.files).toEqual([{ name: `${bob}/1.jsonl`, text: 'hi\n' }]);
  });

  it('reports a segment that is too large, a bad device file and a link, each with its path', async () => {
    const place = await makePlace();
    await writeBobsDevice(place.team, '');
    await writeFile(join(place.team, bob, '1.jsonl'), 'x'.repeat(maxTeamSegmentLength + 1));
    await writeFile(join(place.team, bob, '2.jsonl'), 'fine\n');
    await mkdir(join(place.team, 'carol1'));
    await writeFile(
      join(place.team, 'carol1', 'device.json'),
      JSON.stringify({ format: 1, device: 'dave', name: 'C' }),
    );
    await writeFile(join(place.root, 'secret'), 'secret');
    await symlink(join(place.root, 'secret'), join(place.team, 'carol1', '1.jsonl'));
    const { teamFolder } = openTeamFolder(place.userData);
    await teamFolder.join({ folder: place.team, name: 'Alice' });
    const read = await teamFolder.read({ since: 0, waitMs: 0 });
    expect(read.files).toEqual([{ name: `${bob}/2.jsonl`, text: 'fine\n' }]);
    expect(read.problems).toEqual([
      {
        path: `${bob}/1.jsonl`,
        message: expect.stringMatching(/^is 16 MB, more than the 16 MB a segment may be: not read$/),
      },
      { path: `${bob}/device.json`, message: expect.stringMatching(/^name: must not be empty/) },
      { path: 'carol1/1.jsonl', message: 'is a symbolic link: not followed' },
      { path: 'carol1/device.json', message: 'device: is "dave", but the file is in the folder of "carol1"' },
    ]);
    expect(read.teammates.map((teammate) => teammate.name)).toEqual(['Alice']);
  });

  it('says when the folder cannot be reached, keeps what it had, and recovers when it is back', async () => {
    const place = await makePlace();
    await writeBobsDevice(place.team);
    await writeFile(join(place.team, bob, '1.jsonl'), 'one\n');
    // The 30-second scan, every 200 ms: it is what notices the folder is back.
    const { teamFolder, logged } = openTeamFolder(place.userData, { rescanEveryMs: 200 });
    await teamFolder.join({ folder: place.team, name: 'Alice' });
    const first = await teamFolder.read({ since: 0, waitMs: 0 });
    // The share goes offline: its mount point is left empty.
    const away = join(place.root, 'away');
    await rename(place.team, away);
    const offline = await teamFolder.read({ since: first.version, waitMs: 2_000 });
    expect(offline.status).toMatchObject({ joined: true, reachable: false });
    expect(offline.status.joined && offline.status.problem).toMatch(
      /^The team folder .*team does not exist: is the drive or network share connected\?$/,
    );
    // What was read stays: a share that is offline does not mean everyone's logs were deleted.
    expect(offline).toMatchObject({ version: first.version, files: [], removed: [] });
    expect(logged.join('\n')).toMatch(/does not exist/);
    await expect(teamFolder.writeSegment({ segment: 1, text: 'x\n' })).rejects.toThrow(/team does not exist/);
    await rename(away, place.team);
    const back = await teamFolder.read({ since: first.version, waitMs: 3_000 });
    expect(back.status).toMatchObject({ reachable: true });
    expect(back.status.joined && back.status.problem).toBeUndefined();
    // Watched again: a new segment is noticed by the watcher.
    await writeFile(join(place.team, bob, '2.jsonl'), 'two\n');
    const after = await teamFolder.read({ since: back.version, waitMs: 3_000 });
    expect(after.files).toEqual([{ name: `${bob}/2.jsonl`, text: 'two\n' }]);
  });

  it('polls when asked to (a network share), and still notices a new segment', async () => {
    const place = await makePlace();
    const { teamFolder } = openTeamFolder(place.userData, { env: { DEBRIEF_TEAM_FOLDER_POLL: '1' } });
    expect(await teamFolder.join({ folder: place.team, name: 'Alice' })).toMatchObject({ watching: 'polling' });
    await writeBobsDevice(place.team);
    const first = await teamFolder.read({ since: 0, waitMs: 0 });
    await writeFile(join(place.team, bob, '1.jsonl'), 'polled\n');
    const started = Date.now();
    const read = await teamFolder.read({ since: first.version, waitMs: 5_000 });
    expect(read.files).toEqual([{ name: `${bob}/1.jsonl`, text: 'polled\n' }]);
    expect(Date.now() - started).toBeLessThan(2_500);
  });
});

describe('writing a segment', () => {
  it('writes the text exactly, through a temp file sync tools skip, and leaves no temp file', async () => {
    const place = await makePlace();
    const { teamFolder } = openTeamFolder(place.userData);
    const { device } = await teamFolder.join({ folder: place.team, name: 'Alice' });
    const text = `${JSON.stringify({ note: 'é ✓ 😀' })}\n`.repeat(1_000);
    await teamFolder.writeSegment({ segment: 7, text });
    await teamFolder.writeSegment({ segment: 7, text: `${text}last\n` });
    expect(await readFile(join(place.team, device, '7.jsonl'), 'utf8')).toBe(`${text}last\n`);
    expect((await readdir(join(place.team, device))).sort()).toEqual(['7.jsonl', 'device.json']);
    // The name atomic-file.ts gives its temp files, which every sync tool's pattern must cover.
    expect(isSyncToolTempFile(`${device}/.7.jsonl.0123456789ab.tmp`)).toBe(true);
  });
});
