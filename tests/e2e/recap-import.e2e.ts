// Importing a recap the user wrote, through the open dialog and by dropping it on the window: the
// review shows each talk and what it links to, known talks and booths get the recap's notes, the
// rest become talks of their own, and importing the same file again updates that recap in place.
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { expect, test } from './fixtures';
import { readDatabase, recordsOf } from './pages/fault-database';
import { RecapNotes, RecapReview } from './pages/recap-review';

const fixture = resolve(import.meta.dirname, '..', 'fixtures', 'recap-import', 'team-kubecon-talks.md');
const recapTitle = "Our team's KubeCon talks";
const disasterRecovery = 'Effective Disaster Recovery: The Day We Deleted Production';
const backstage = 'Backstage: Restoring Order To Your Chaos';
const ownTalk = 'Pairing on call with the SRE guild';
const talkTitles = [disasterRecovery, backstage, ownTalk, 'Karpenter', 'Flux'];

test('imports a recap from the open dialog, links its talks, and updates it in place when imported again', async ({
  app,
  page,
  dialogs,
  workDir,
}) => {
  const path = join(workDir, 'team-kubecon-talks.md');
  const text = await readFile(fixture, 'utf8');
  await writeFile(path, text);
  const review = new RecapReview(page);
  await review.open(dialogs, [path], false);

  // The review: the conference, and each talk with what its notes go to.
  await expect(review.dialog.getByRole('combobox', { name: 'Conference' }).locator('option:checked')).toHaveText(
    'KubeCon + CloudNativeCon Europe 2022',
  );
  await expect(review.talks()).toHaveCount(5);
  for (const title of [disasterRecovery, backstage, 'Karpenter', 'Flux']) {
    await expect(review.linkOf(title).locator('option:checked')).toHaveText(new RegExp(`^${title}`));
  }
  await expect(review.linkOf(ownTalk).locator('option:checked')).toHaveText('A talk of its own');
  // Nothing is saved before the user says so.
  await expect(app.recapNav.getByRole('list', { name: 'Imported recaps' })).toHaveCount(0);
  await review.importAll(5);

  await expect(app.readingHeading()).toHaveText(recapTitle);
  const recapUrl = page.url();
  await expect(review.recapTalks()).toHaveText(talkTitles);

  // A linked talk opens the talk itself, with the recap's notes on it.
  await review.recapTalks().filter({ hasText: backstage }).click();
  await expect(app.readingHeading()).toHaveText(backstage);
  const notes = new RecapNotes(page, recapTitle);
  await expect(notes.region).toContainText('The talk everyone discussed at dinner');

  // The same file again, edited since: the same recap and the same talks, with the new words.
  await writeFile(path, text.replace('The talk everyone discussed at dinner', 'The talk we still argue about'));
  await review.open(dialogs, [path], false);
  await expect(review.talks()).toHaveCount(5);
  // Its own talk is still its own, not linked to the item the first import made for it.
  await expect(review.linkOf(ownTalk).locator('option:checked')).toHaveText('A talk of its own');
  await review.importAll(5);
  await expect(app.recapNav.getByRole('status')).toContainText('0 talks added, 5 updated, 4 linked');
  await expect(page).toHaveURL(recapUrl);
  await expect(app.readingHeading()).toHaveText(recapTitle);
  await expect(app.recapNav.getByRole('list', { name: 'Imported recaps' }).getByRole('listitem')).toHaveCount(1);
  await expect(review.recapTalks()).toHaveText(talkTitles);

  await review.recapTalks().filter({ hasText: backstage }).click();
  await expect(app.readingHeading()).toHaveText(backstage);
  await expect(notes.region).toHaveCount(1);
  await expect(notes.region).toContainText('The talk we still argue about');
  await expect(notes.region).not.toContainText('The talk everyone discussed at dinner');

  // The talk of its own was updated, not made a second time.
  const items = recordsOf<{ title: string; removed: number }>(await readDatabase(page), 'items');
  expect(items.filter((item) => item.title === ownTalk && item.removed === 0)).toHaveLength(1);
});

test('imports a recap dropped on the window, and refuses a dropped file that is not a recap', async ({ app, page }) => {
  const text = await readFile(fixture, 'utf8');
  const review = new RecapReview(page);
  const drop = async (name: string, content: string | number[]) => {
    await page.evaluate(
      ({ name, content }) => {
        const transfer = new DataTransfer();
        const body = typeof content === 'string' ? content : new Uint8Array(content);
        transfer.items.add(new File([body], name));
        for (const type of ['dragover', 'drop']) {
          window.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
        }
      },
      { name, content },
    );
  };
  await drop('photo.png', [0x89, 0x50, 0x4e, 0x47]);
  await expect(app.recapNav.getByRole('alert')).toContainText('photo.png is not a file Debrief imports');
  await expect(app.recapNav.getByRole('alert')).toContainText('Nothing was changed.');

  await drop('notes-binary.md', [0x89, 0x50, 0, 0, 1]);
  const alert = app.recapNav.getByRole('alert');
  await expect(alert).toContainText('notes-binary.md');
  await expect(alert).toContainText('binary file, not UTF-8 text');
  await expect(alert).toContainText('Nothing was changed.');
  await expect(review.dialog).toBeHidden();
  await expect(app.recapNav.getByRole('list', { name: 'Imported recaps' })).toHaveCount(0);

  await drop('team-notes.md', text);
  await expect(review.dialog).toBeVisible();
  await expect(review.talks()).toHaveCount(5);
  await review.importAll(5);
  await expect(app.readingHeading()).toHaveText(recapTitle);
  await expect(app.recapNav.getByRole('list', { name: 'Imported recaps' }).getByRole('listitem')).toHaveCount(1);

  // Dropped again: the same recap, nothing added.
  await drop('team-notes.md', text);
  await expect(review.dialog).toBeVisible();
  await review.importAll(5);
  await expect(app.recapNav.getByRole('status')).toContainText('0 talks added, 5 updated');
  await expect(app.recapNav.getByRole('list', { name: 'Imported recaps' }).getByRole('listitem')).toHaveCount(1);
  await expect(review.recapTalks()).toHaveCount(5);
});
