// `--team-folder DIR --name NAME`: both or neither, and a relative folder from where the user typed it.
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  teamFolderFromArguments,
  teamFolderFromFlags,
  workingDirOf,
} from '../../../../../electron/main/team-folder/command-line';

const here = resolve('/home/alice/work');

describe('the team folder flags', () => {
  it('give the folder (relative ones from the working folder) and the name', () => {
    expect(teamFolderFromFlags({ 'team-folder': '/srv/Team', name: 'Alice' }, here)).toEqual({
      folder: resolve('/srv/Team'),
      name: 'Alice',
    });
    expect(teamFolderFromFlags({ 'team-folder': '../Team', name: 'Alice' }, here)).toEqual({
      folder: join(resolve('/home/alice'), 'Team'),
      name: 'Alice',
    });
    expect(teamFolderFromFlags({}, here)).toBeUndefined();
  });

  it('refuse one without the other, or without its value, in one line', () => {
    expect(() => teamFolderFromFlags({ 'team-folder': '/srv/Team' }, here)).toThrow(
      /^--team-folder needs --name too: --team-folder DIR --name NAME/,
    );
    expect(() => teamFolderFromFlags({ name: 'Alice' }, here)).toThrow(/^--name needs --team-folder too/);
    expect(() => teamFolderFromFlags({ 'team-folder': true, name: 'Alice' }, here)).toThrow(
      /^--team-folder needs a folder/,
    );
    expect(() => teamFolderFromFlags({ 'team-folder': '/srv/Team', name: true }, here)).toThrow(/^--name needs a name/);
  });

  it("are read from Electron's command line among Chromium's and Electron's own", () => {
    expect(
      teamFolderFromArguments(
        ['.', '--no-sandbox', '--team-folder', 'Team', '--name=Alice Smith', '--inspect=9229'],
        here,
      ),
    ).toEqual({ folder: join(here, 'Team'), name: 'Alice Smith' });
    expect(teamFolderFromArguments(['.', '--no-sandbox'], here)).toBeUndefined();
    expect(() => teamFolderFromArguments(['.', '--team-folder'], here)).toThrow(/needs a folder/);
  });

  it("take the folder npm was run from, not the project's", () => {
    expect(workingDirOf({ INIT_CWD: '/home/alice/work' }, '/repo')).toBe('/home/alice/work');
    expect(workingDirOf({}, '/repo')).toBe('/repo');
  });
});
