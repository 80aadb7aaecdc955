// Automatic backup snapshots in the user's data folder: written atomically, named by time, and
// rotated so the last 10 are kept plus the newest of each of the last 7 days.
import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { readBackupText } from '../common/backup-format';
import type { BackupSnapshot } from '../common/ipc-contract';
import { writeFileAtomically } from './atomic-file';

const snapshotName = /^debrief-backup-(\d{8})-(\d{6})-(\d{3})\.json$/;

/** The folder snapshots live in. */
export function backupsDirOf(userDataDir: string): string {
  return join(userDataDir, 'backups');
}

/** Whether a name is a snapshot this app wrote (the only names readBackup accepts: no paths). */
export function isSnapshotName(name: string): boolean {
  return snapshotName.test(name);
}

function nameFor(time: Date): string {
  const iso = time.toISOString(); // 2024-05-18T10:11:12.345Z
  return `debrief-backup-${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}-${iso.slice(20, 23)}.json`;
}

function timeOf(name: string): Date {
  const [, day, time, ms] = snapshotName.exec(name) ?? [];
  return new Date(
    `${day!.slice(0, 4)}-${day!.slice(4, 6)}-${day!.slice(6, 8)}T${time!.slice(0, 2)}:${time!.slice(2, 4)}:${time!.slice(4, 6)}.${ms}Z`,
  );
}

/** Which snapshots rotation removes: all but the newest `keepLatest`, and the newest of each of the last `keepDays` days. */
export function snapshotsToRemove(names: string[], now: Date, keepLatest = 10, keepDays = 7): string[] {
  const newestFirst = names.filter(isSnapshotName).sort().reverse();
  const keep = new Set(newestFirst.slice(0, keepLatest));
  const oldestKeptDay = new Date(now.getTime() - keepDays * 86_400_000).toISOString().slice(0, 10);
  const daysSeen = new Set<string>();
  for (const name of newestFirst) {
    const day = timeOf(name).toISOString().slice(0, 10);
    if (day >= oldestKeptDay && !daysSeen.has(day)) {
      daysSeen.add(day);
      keep.add(name);
    }
  }
  return newestFirst.filter((name) => !keep.has(name));
}

/** Checks a snapshot's text, writes it atomically and rotates the folder. */
export async function writeSnapshot(userDataDir: string, text: string, now = new Date()): Promise<BackupSnapshot> {
  const reading = await readBackupText(text);
  if (!reading.ok) throw new Error(`backup refused: ${reading.error}`);
  const dir = backupsDirOf(userDataDir);
  await mkdir(dir, { recursive: true });
  let name = nameFor(now);
  const existing = await readdir(dir);
  for (let step = 1; existing.includes(name); step++) name = nameFor(new Date(now.getTime() + step));
  await writeFileAtomically(join(dir, name), text);
  for (const old of snapshotsToRemove([...existing, name], now)) await unlink(join(dir, old)).catch(() => undefined);
  return { name, createdAt: timeOf(name).toISOString(), bytes: Buffer.byteLength(text) };
}

/** The snapshots on disk, newest first. */
export async function listSnapshots(userDataDir: string): Promise<BackupSnapshot[]> {
  const dir = backupsDirOf(userDataDir);
  const names = (await readdir(dir).catch(() => [] as string[])).filter(isSnapshotName).sort().reverse();
  return Promise.all(
    names.map(async (name) => ({
      name,
      createdAt: timeOf(name).toISOString(),
      bytes: (await stat(join(dir, name))).size,
    })),
  );
}

/** A snapshot's text, by name (never by path). */
export async function readSnapshot(userDataDir: string, name: string): Promise<string> {
  if (!isSnapshotName(name)) throw new Error(`"${name.slice(0, 80)}" is not a backup snapshot name`);
  return readFile(join(backupsDirOf(userDataDir), name), 'utf8');
}
