// Writes a backup snapshot every few minutes while something changed, and when the window is
// hidden or closed with changes pending. Main keeps a rolling set of them.
import { liveQuery } from 'dexie';
import { createBackupText } from '../../../../electron/common/backup-format';
import type { BackupSnapshot } from '../../../../electron/common/ipc-contract';
import type { DebriefDatabase } from '../db/database';
import { collectBackupData, settingPrefix } from './backup-data';

/** How often a pending change is backed up. */
export const autoBackupIntervalMs = 3 * 60_000;

/** Writes the current data as a backup snapshot through `write` (main's writeBackup). */
export async function backUpNow(
  database: DebriefDatabase,
  write: (text: string) => Promise<BackupSnapshot>,
  appVersion: string,
): Promise<BackupSnapshot> {
  return write(await createBackupText(await collectBackupData(database), new Date(), appVersion));
}

// Cheap to compute and changes whenever a user record is added, edited, deleted or restored.
async function fingerprint(database: DebriefDatabase): Promise<string> {
  const latest = async (table: DebriefDatabase['annotations'] | DebriefDatabase['actions']) =>
    (await table.orderBy('updatedAt').last())?.updatedAt ?? '';
  return JSON.stringify([
    await database.annotations.count(),
    await latest(database.annotations),
    await database.actions.count(),
    await latest(database.actions),
    await database.itemStates.count(),
    (await database.itemStates.toArray()).reduce((max, state) => (state.updatedAt > max ? state.updatedAt : max), ''),
    await database.meta.where('key').startsWith(settingPrefix).count(),
  ]);
}

/**
 * Watches the user's records and backs them up while they change. `report` hears '' after each
 * backup written and a reason after each failure. Returns a function that stops it.
 */
export function startAutoBackup(
  database: DebriefDatabase,
  write: (text: string) => Promise<BackupSnapshot>,
  appVersion: string,
  report: (failure: string) => void,
): () => void {
  let baseline: string | undefined;
  let pending = false;
  let running = false;
  const flush = async (): Promise<void> => {
    if (!pending || running) return;
    running = true;
    pending = false;
    try {
      await backUpNow(database, write, appVersion);
      report('');
    } catch (error) {
      pending = true;
      report(error instanceof Error ? error.message : String(error));
    } finally {
      running = false;
    }
  };
  const subscription = liveQuery(() => fingerprint(database)).subscribe({
    next: (value) => {
      if (baseline !== undefined && value !== baseline) pending = true;
      baseline = value;
    },
    error: (error: unknown) => report(error instanceof Error ? error.message : String(error)),
  });
  const timer = setInterval(() => void flush(), autoBackupIntervalMs);
  const onHidden = (): void => {
    if (document.visibilityState === 'hidden') void flush();
  };
  document.addEventListener('visibilitychange', onHidden);
  const onPageHide = (): void => void flush();
  window.addEventListener('pagehide', onPageHide);
  return () => {
    subscription.unsubscribe();
    clearInterval(timer);
    document.removeEventListener('visibilitychange', onHidden);
    window.removeEventListener('pagehide', onPageHide);
  };
}
