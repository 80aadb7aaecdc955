// This profile's device id: made once, at random, and kept in the user's data folder, so that
// leaving the team folder and joining it again (or another one) goes on writing the same log.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isDeviceId } from '../../common/team-sync/device-id';
import { writeFileAtomically } from '../atomic-file';

/** Lower-case base32: 32 symbols, so every random byte maps to one evenly, and no two look alike. */
const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';

/** The file the id is kept in. */
export function deviceIdFileOf(userDataDir: string): string {
  return join(userDataDir, 'device-id');
}

/** A new device id: 12 random base32 characters (60 bits), never derived from the user's name or machine. */
export function makeDeviceId(): string {
  return [...randomBytes(12)].map((byte) => alphabet[byte % alphabet.length]).join('');
}

/**
 * The profile's device id, made and saved the first time. A file that holds no valid id is
 * reported and replaced: without an id the profile could not share at all.
 */
export async function loadDeviceId(userDataDir: string, log: (message: string) => void): Promise<string> {
  const path = deviceIdFileOf(userDataDir);
  const saved = await readSavedId(path);
  if (saved.id) return saved.id;
  if (saved.damaged !== undefined) {
    log(`${path} holds no device id (${JSON.stringify(saved.damaged.slice(0, 80))}): a new one replaces it`);
  }
  const id = makeDeviceId();
  await mkdir(userDataDir, { recursive: true });
  try {
    // Never replaces a file: if another window of this profile made an id meanwhile, that one wins.
    await writeFileAtomically(path, `${id}\n`, { replace: saved.damaged !== undefined });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const winner = await readSavedId(path);
    if (winner.id) return winner.id;
    throw error;
  }
  return id;
}

async function readSavedId(path: string): Promise<{ id?: string; damaged?: string }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
  const id = text.trim();
  return isDeviceId(id) ? { id } : { damaged: text };
}
