// Which team folder this profile shares through, and under what name: `team-folder.json` in the
// user's data folder. A file that cannot be read leaves the profile not sharing, with a log line
// that names the file and the field, rather than a crash or a guess.
import { readFile, unlink } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { z } from 'zod';
import { teammateName } from '../../common/ipc-contract';
import { describeSchemaError } from '../../common/user-record-schemas';
import { writeFileAtomically } from '../atomic-file';

/** The format this version writes and reads. */
export const teamFolderConfigFormat = 1;

/** What the file holds. */
export interface TeamFolderConfig {
  folder: string;
  name: string;
}

const configSchema = z.object({
  format: z.literal(teamFolderConfigFormat),
  folder: z.string().min(1).refine(isAbsolute, 'must be an absolute path'),
  name: teammateName,
});

/** The file the choice is kept in. */
export function configFileOf(userDataDir: string): string {
  return join(userDataDir, 'team-folder.json');
}

/** The saved choice; undefined when the profile does not share (no file, or one that is damaged, which is logged). */
export async function loadConfig(
  userDataDir: string,
  log: (message: string) => void,
): Promise<TeamFolderConfig | undefined> {
  const path = configFileOf(userDataDir);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    log(`${path} could not be read (${String(error)}): not sharing with a team until it can`);
    return undefined;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    log(`${path} is not valid JSON: not sharing with a team until you join a team folder again`);
    return undefined;
  }
  const newer =
    typeof raw === 'object' && raw !== null && 'format' in raw && Number(raw.format) > teamFolderConfigFormat;
  const result = configSchema.safeParse(raw);
  if (!result.success) {
    const why = newer ? 'was written by a newer Debrief' : describeSchemaError(result.error);
    log(`${path}: ${why}: not sharing with a team until you join a team folder again`);
    return undefined;
  }
  return { folder: result.data.folder, name: result.data.name };
}

/** Saves the choice atomically. */
export async function saveConfig(userDataDir: string, config: TeamFolderConfig): Promise<void> {
  const text = JSON.stringify({ format: teamFolderConfigFormat, folder: config.folder, name: config.name }, null, 2);
  await writeFileAtomically(configFileOf(userDataDir), `${text}\n`);
}

/** Forgets the choice (the device id stays). */
export async function removeConfig(userDataDir: string): Promise<void> {
  await unlink(configFileOf(userDataDir)).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
}
