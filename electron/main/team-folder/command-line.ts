// `--team-folder DIR --name NAME` on the command line: join that folder at start, as the
// settings would. Read by the Electron app and by the Chromium shell alike.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { JoinTeamFolderRequest } from '../../common/ipc-contract';

/** The flags, for a parseArgs `options` table. */
export const teamFolderFlags = {
  'team-folder': { type: 'string' },
  name: { type: 'string' },
} as const;

/** What parseArgs made of them: a flag given without a value is `true` when parsing is not strict. */
export interface TeamFolderFlagValues {
  'team-folder'?: string | boolean;
  name?: string | boolean;
}

const usage = '--team-folder DIR --name NAME (the name your teammates know you by)';

/**
 * The folder to join from the flags, or undefined when neither is given. A relative folder is
 * taken from `workingDir`. Throws a one-line error when only one is given, or one has no value.
 */
export function teamFolderFromFlags(
  values: TeamFolderFlagValues,
  workingDir: string,
): JoinTeamFolderRequest | undefined {
  const folder = values['team-folder'];
  const name = values.name;
  if (folder === undefined && name === undefined) return undefined;
  if (folder === true || folder === '') throw new Error(`--team-folder needs a folder: ${usage}.`);
  if (name === true) throw new Error(`--name needs a name: ${usage}.`);
  if (folder === undefined || folder === false) throw new Error(`--name needs --team-folder too: ${usage}.`);
  if (name === undefined || name === false) throw new Error(`--team-folder needs --name too: ${usage}.`);
  return { folder: resolve(workingDir, folder), name };
}

/** The same from a whole command line (Electron's, which also carries Chromium's and Electron's own flags). */
export function teamFolderFromArguments(args: string[], workingDir: string): JoinTeamFolderRequest | undefined {
  const { values } = parseArgs({ args, options: teamFolderFlags, strict: false, allowPositionals: true });
  return teamFolderFromFlags(values as TeamFolderFlagValues, workingDir);
}

/** The folder the user typed the command in: npm runs scripts in the project's folder but says where it was run from. */
export function workingDirOf(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): string {
  return env.INIT_CWD || cwd;
}
