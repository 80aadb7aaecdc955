// A team folder and a profile's data folder under a fresh temporary folder, with a TeamFolder on
// them whose log lines the test can read. Every TeamFolder made here is closed after the test.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { TeamFolder, type TeamFolderOptions } from '../../../../../electron/main/team-folder/team-folder';

export interface Place {
  root: string;
  team: string;
  userData: string;
}

let roots: string[] = [];
let opened: TeamFolder[] = [];

/** A fresh root holding `team/` (existing, empty) and `user-data/` (not made yet). */
export async function makePlace(): Promise<Place> {
  const root = await mkdtemp(join(tmpdir(), 'debrief-team-folder-'));
  roots.push(root);
  await mkdir(join(root, 'team'));
  return { root, team: join(root, 'team'), userData: join(root, 'user-data') };
}

/** A TeamFolder on `userData`, closed after the test; `logged` collects what it logs. */
export function openTeamFolder(
  userData: string,
  options: Partial<TeamFolderOptions> = {},
): { teamFolder: TeamFolder; logged: string[] } {
  const logged: string[] = [];
  const teamFolder = new TeamFolder({ userDataDir: userData, log: (line) => logged.push(line), env: {}, ...options });
  opened.push(teamFolder);
  return { teamFolder, logged };
}

/** A teammate's device id (as a real one would be: 12 base32 characters). */
export const bob = 'bobbobbobbob';

beforeEach(() => {
  roots = [];
  opened = [];
});

afterEach(async () => {
  await Promise.all(opened.map((teamFolder) => teamFolder.close()));
  await Promise.all(roots.map((root) => rm(root, { recursive: true, force: true })));
});
