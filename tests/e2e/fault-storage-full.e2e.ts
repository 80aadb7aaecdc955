// Fault journey: the disk is full. The browser profile is on disk and the app's storage quota is
// set to what it already uses, so IndexedDB itself refuses each commit with a real
// QuotaExceededError — which Dexie hands on only as an aborted transaction.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createBackupText } from '../../electron/common/backup-format';
import { expect } from './fixtures';
import { TalkAnnotations } from './pages/annotation-talk';
import { readDatabase, recordsOf } from './pages/fault-database';
import { alreadyThere, byKey, manyRecords, talkTitle } from './pages/fault-records';
import { limitStorage, storageUse, testOnDisk as test } from './pages/fault-profile';
import { openApp } from './pages/fault-renderer';
import { putRecords } from './pages/user-database';

test('a restore that fills the disk says so and changes nothing; so does a note; both work once there is room', async ({
  context,
  dialogs,
  workDir,
}) => {
  test.setTimeout(90_000);
  // "Nothing lost" here: when the quota is hit, every record the user had is still there field by
  // field, not one record of the failed restore is, the UI says that the restore failed and why,
  // and a note typed while the disk is full stays in its editor until it can be saved.
  const first = await openApp(await context.newPage());
  await putRecords(first.page, 'annotations', alreadyThere.annotations);
  await putRecords(first.page, 'actions', alreadyThere.actions);
  await putRecords(first.page, 'itemStates', alreadyThere.itemStates);
  await putRecords(first.page, 'meta', alreadyThere.settings);

  // The disk fills up while Debrief is closed. (While a database is open, IndexedDB trusts what it
  // last learned of the room left for a while: the window stays closed a few seconds.)
  await limitStorage(context, (await storageUse(context)).usage);
  await first.page.close();
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  const app = await openApp(await context.newPage(), '#/backups');
  const page = app.page;

  // A backup of 2,000 notes whose text does not compress (IndexedDB compresses what it stores).
  const large = manyRecords(2_000);
  for (const [index, note] of large.annotations.entries()) note.body += ` ${noise(index)}`;
  dialogs.openPath = join(workDir, 'large-backup.json');
  await writeFile(dialogs.openPath, await createBackupText(large, new Date(), 'test'));
  const backups = page.getByRole('article', { name: 'Backups' });
  await page.getByRole('button', { name: 'Restore from a file…' }).click();
  await expect(page.getByRole('list', { name: 'What the restore will do' })).toContainText(
    'Notes and highlights: 2000 added',
  );
  await page.getByRole('button', { name: 'Restore', exact: true }).click();

  const alert = backups.getByRole('alert');
  await expect(alert).toContainText('storage quota exceeded');
  await expect(alert).toContainText('Nothing was changed');
  await expect(backups.getByRole('status')).toHaveCount(0);
  const afterFailure = await readDatabase(page);
  expect(byKey(recordsOf(afterFailure, 'annotations'))).toEqual(byKey(alreadyThere.annotations));
  expect(recordsOf(afterFailure, 'actions')).toEqual(alreadyThere.actions);
  expect(recordsOf(afterFailure, 'itemStates')).toEqual(alreadyThere.itemStates);

  // The disk is still full: a note typed now is not saved, says why, and stays in its editor.
  await app.openSection(/^Day 1\b/);
  await app.openItem(/Effective Disaster Recovery/);
  await expect(app.readingHeading()).toHaveText(talkTitle);
  const talk = new TalkAnnotations(page);
  await talk.notesSection.getByRole('button', { name: 'Edit notes' }).click();
  const typed = `${alreadyThere.annotations[0]!.body}\n\nWritten while the disk was full: ${noise(-1)}`;
  await talk.notesBox().fill(typed);
  const noteAlert = talk.notesSection.getByRole('alert');
  await expect(noteAlert).toContainText(`Your note on “${talkTitle}” was not saved`);
  await expect(noteAlert).toContainText('storage quota exceeded');
  await expect(talk.notesBox()).toHaveValue(typed);
  expect(recordsOf(await readDatabase(page), 'annotations')).toContainEqual(alreadyThere.annotations[0]);

  // Room again: the note saves on retry, and the same restore goes through whole.
  await limitStorage(context, undefined);
  await noteAlert.getByRole('button', { name: 'Try saving again' }).click();
  await expect(talk.noteStatus()).toHaveText('Saved');
  await app.recapNav.getByRole('link', { name: 'Backups' }).click();
  await page.getByRole('button', { name: 'Restore from a file…' }).click();
  await page.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(backups.getByRole('status')).toContainText('Restored large-backup.json (merge)');
  const restored = await readDatabase(page);
  const notes = recordsOf<{ id: string; body: string }>(restored, 'annotations');
  expect(notes).toHaveLength(2_000 + alreadyThere.annotations.length);
  expect(notes.find((note) => note.id === alreadyThere.annotations[0]!.id)?.body).toBe(typed);
});

// Text that does not compress: a few hundred characters of a deterministic pseudo-random sequence.
function noise(seed: number): string {
  let state = (seed * 2654435761) >>> 0 || 1;
  let text = '';
  for (let index = 0; index < 400; index++) {
    state = (state * 1103515245 + 12345) >>> 0;
    text += String.fromCharCode(97 + ((state >>> 16) % 26));
  }
  return text;
}
