// How the team folder is watched: which file systems are polled, and which paths the watcher ignores.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isIgnored } from '../../../../../electron/main/team-folder/folder-watcher';
import { networkFileSystems, watchingFor } from '../../../../../electron/main/team-folder/network-share';

const local = { platform: 'linux' as const, folder: '/home/alice/Team', pollOverride: undefined };

describe('watching the team folder', () => {
  it("polls a network share (by Linux's file-system type), and uses events on a local disk", () => {
    for (const type of [0x6969, 0x517b, 0xff534d42, 0xfe534d42, 0x65735546, 0x01021997]) {
      expect(watchingFor({ ...local, fileSystemType: type }), networkFileSystems.get(type)).toBe('polling');
    }
    // CIFS as a 32-bit signed number, as some platforms hand it over.
    expect(watchingFor({ ...local, fileSystemType: 0xff534d42 | 0 })).toBe('polling');
    for (const type of [0xef53 /* ext4 */, 0x9123683e /* btrfs */, 0x58465342 /* xfs */, 0x01021994 /* tmpfs */]) {
      expect(watchingFor({ ...local, fileSystemType: type })).toBe('events');
    }
    expect(watchingFor({ ...local, fileSystemType: undefined })).toBe('events');
  });

  it("polls when DEBRIEF_TEAM_FOLDER_POLL=1, and on a Windows UNC path; other platforms' numbers mean nothing", () => {
    expect(watchingFor({ ...local, fileSystemType: 0xef53, pollOverride: '1' })).toBe('polling');
    expect(watchingFor({ ...local, fileSystemType: 0xef53, pollOverride: '0' })).toBe('events');
    expect(
      watchingFor({ platform: 'win32', folder: '\\\\server\\team', fileSystemType: 0, pollOverride: undefined }),
    ).toBe('polling');
    expect(watchingFor({ platform: 'win32', folder: 'D:\\Team', fileSystemType: 0, pollOverride: undefined })).toBe(
      'events',
    );
    expect(
      watchingFor({ platform: 'darwin', folder: '/Volumes/x', fileSystemType: 0x6969, pollOverride: undefined }),
    ).toBe('events');
  });

  it("ignores all but devices' folders and their files, and sync tools' own files", () => {
    const team = join('/', 'home', 'alice', 'Team');
    const at = (...parts: string[]) => join(team, ...parts);
    expect(isIgnored(team, team, true)).toBe(false);
    expect(isIgnored(team, at('bobbobbobbob'), true)).toBe(false);
    expect(isIgnored(team, at('bobbobbobbob', '3.jsonl'))).toBe(false);
    expect(isIgnored(team, at('bobbobbobbob', 'device.json'))).toBe(false);
    for (const ignored of [
      at('.stversions'),
      at('.git'),
      at('bobbobbobbob', '.syncthing.3.jsonl.tmp'),
      at('bobbobbobbob', '~syncthing~x.tmp'),
      at('bobbobbobbob', '3.jsonl.~57d'),
      at('bobbobbobbob', 'deeper', 'x.jsonl'),
      at('Team notes'),
      join('/', 'elsewhere'),
    ]) {
      expect(isIgnored(team, ignored), ignored).toBe(true);
    }
    expect(isIgnored(team, at('bobbobbobbob', 'deeper'), true)).toBe(true);
  });
});
