// Backups through the real UI: back up now, restore a snapshot with a preview, refuse a damaged
// file without changing anything, and export everything to a file that reads back whole.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readBackupText } from '../../electron/common/backup-format';
import { expect, test } from './fixtures';
import { clearStore, putRecords, readRecords } from './pages/user-database';

const stamp = '2024-05-20T09:00:00.000Z';
const note = {
  id: 'backup-note',
  itemId: 'kubecon-eu-2022/effective-disaster-recovery',
  kind: 'note',
  body: 'Propose a "big red button" — owner: me, due Friday 🚀',
  tags: ['deploys'],
  createdAt: stamp,
  updatedAt: stamp,
};
const action = {
  id: 'backup-action',
  itemId: 'kubecon-eu-2022/effective-disaster-recovery',
  title: 'Propose a deploy freeze switch',
  notes: 'line one\nline two',
  status: 'open',
  tags: [],
  createdAt: stamp,
  updatedAt: stamp,
};

test('backs up, then restores a snapshot after the data was lost', async ({ app, page }) => {
  await putRecords(page, 'annotations', [note]);
  await putRecords(page, 'actions', [action]);
  await app.recapNav.getByRole('link', { name: 'Backups' }).click();
  await expect(app.readingHeading()).toHaveText('Backups');

  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('article', { name: 'Backups' }).getByRole('status')).toContainText(
    'Backed up: debrief-backup-',
  );
  const snapshots = page.getByRole('list', { name: 'Snapshots' }).getByRole('listitem');
  await expect(snapshots).toHaveCount(1);

  // Something wipes the data.
  await clearStore(page, 'annotations');
  await clearStore(page, 'actions');

  await snapshots
    .first()
    .getByRole('button', { name: /Restore the snapshot of/ })
    .click();
  const preview = page.getByRole('list', { name: 'What the restore will do' });
  await expect(preview).toContainText('Notes and highlights: 1 added, 0 changed, 0 removed, 0 unchanged');
  await expect(preview).toContainText('Action items: 1 added');
  await page.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(page.getByRole('article', { name: 'Backups' }).getByRole('status')).toContainText(
    'Restored debrief-backup-',
  );

  expect(await readRecords(page, 'annotations')).toEqual([note]);
  expect(await readRecords(page, 'actions')).toEqual([action]);
});

test('refuses a damaged backup file and changes nothing', async ({ app, page, dialogs, workDir }) => {
  await putRecords(page, 'annotations', [note]);
  await app.recapNav.getByRole('link', { name: 'Backups' }).click();

  dialogs.savePath = join(workDir, 'everything.json');
  await page.getByRole('button', { name: 'Export everything…' }).click();
  await expect(page.getByRole('article', { name: 'Backups' }).getByRole('status')).toContainText(
    `Saved to ${dialogs.savePath}`,
  );
  const text = await readFile(dialogs.savePath, 'utf8');
  const reading = await readBackupText(text);
  expect(reading.ok && reading.backup.data.annotations).toEqual([note]);

  const damaged = join(workDir, 'damaged.json');
  await writeFile(damaged, text.slice(0, Math.floor(text.length / 2)));
  dialogs.openPath = damaged;
  await page.getByRole('button', { name: 'Restore from a file…' }).click();
  await expect(page.getByRole('article', { name: 'Backups' }).getByRole('alert')).toContainText(
    'damaged.json cannot be restored',
  );
  await expect(page.getByRole('article', { name: 'Backups' }).getByRole('alert')).toContainText('truncated');
  await expect(page.getByRole('article', { name: 'Backups' }).getByRole('alert')).toContainText('Nothing was changed');
  await expect(page.getByRole('button', { name: 'Restore', exact: true })).toHaveCount(0);
  expect(await readRecords(page, 'annotations')).toEqual([note]);
});
