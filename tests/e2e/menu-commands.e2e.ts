// The native menu and the desktop's "Open with" reach the renderer as events from main. The shell
// bridge plays main's part here: it sends the same events, and the renderer must act on them as it
// does in the desktop app.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { sendShellEvent, shellEventScript, shellStartUrl } from '../../scripts/chromium-shell';
import { expect, test } from './fixtures';
import { DebriefApp } from './pages/debrief-app';
import { RecapReview } from './pages/recap-review';

const recap = resolve(import.meta.dirname, '..', 'fixtures', 'menu-commands', 'hallway-recap.md');
const recapTitle = 'Hallway track, written up on the train home';

test('menu items run the commands of their ids', async ({ app, page }) => {
  await sendShellEvent(page, 'runCommand', { commandId: 'view.actions' });
  await expect(app.readingPane.getByRole('article', { name: 'Action items' })).toBeVisible();
  await expect(app.readingHeading()).toHaveText('Action items');

  await sendShellEvent(page, 'runCommand', { commandId: 'backup.now' });
  await expect(app.readingPane.getByRole('heading', { level: 1 })).toHaveText('Backups');
  await expect(app.readingPane.getByRole('status')).toContainText('Backed up:');

  await sendShellEvent(page, 'runCommand', { commandId: 'palette.open' });
  await expect(page.getByRole('dialog')).toBeVisible();
  // The palette is a dialog: a menu command waits until it is closed, as a shortcut does.
  await sendShellEvent(page, 'runCommand', { commandId: 'view.trash' });
  await expect(page.getByRole('status').filter({ hasText: 'Close the open dialog first' })).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await sendShellEvent(page, 'runCommand', { commandId: 'view.trash' });
  await expect(app.readingHeading()).toHaveText(/Trash/);
});

test('a command the renderer does not have is explained, and changes nothing', async ({ app, page }) => {
  const before = page.url();
  await sendShellEvent(page, 'runCommand', { commandId: 'nothing.like-this' });
  await expect(page.getByRole('status').filter({ hasText: 'Unknown command “nothing.like-this”' })).toHaveCount(1);
  expect(page.url()).toBe(before);
  await expect(app.recapNav).toBeVisible();
});

test('a recap opened from the desktop is imported and shown', async ({ app, page }) => {
  const bytes = new Uint8Array(await readFile(recap));
  await sendShellEvent(page, 'openUserFile', { name: 'hallway-recap.md', bytes });
  // The file is read and reviewed first: nothing is saved until the user imports it.
  const review = new RecapReview(page);
  await expect(review.dialog).toBeVisible();
  await expect(review.dialog.getByRole('textbox', { name: 'Name of this recap' })).toHaveValue(recapTitle);
  await expect(review.talks()).toHaveCount(2);
  await expect(app.recapNav.getByRole('list', { name: 'Imported recaps' })).toHaveCount(0);
  await review.importAll(2);
  await expect(app.readingHeading()).toHaveText(recapTitle);
  await expect(review.recapTalks()).toHaveText(['First morning', 'Afternoon']);
  await expect(app.recapNav.getByRole('list', { name: 'Imported recaps' }).getByRole('listitem')).toHaveCount(1);

  // Opened again: the same recap under the same conference, updated in place.
  await sendShellEvent(page, 'openUserFile', { name: 'hallway-recap.md', bytes });
  await expect(review.dialog).toBeVisible();
  await expect(review.dialog.getByRole('combobox', { name: 'Conference' }).locator('option:checked')).toHaveText(
    recapTitle,
  );
  await review.importAll(2);
  await expect(app.recapNav.getByRole('status')).toContainText('0 talks added, 2 updated');
  await expect(app.recapNav.getByRole('list', { name: 'Imported recaps' }).getByRole('listitem')).toHaveCount(1);

  // A file of a kind Debrief does not import is refused with a sentence, and nothing is added.
  await sendShellEvent(page, 'openUserFile', { name: 'slides.pdf', bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46]) });
  await expect(app.recapNav.getByRole('alert')).toContainText('slides.pdf is not a file Debrief imports');
  await expect(app.recapNav.getByRole('list', { name: 'Imported recaps' }).getByRole('listitem')).toHaveCount(1);
});

test('a file the app was launched with waits until the app listens, then is imported', async ({ page }) => {
  // Sent before any of the page's scripts run: nobody listens yet, as when main sends a file the
  // moment the page has loaded and the recap is still loading.
  const bytes = new Uint8Array(await readFile(recap));
  await page.addInitScript({ content: shellEventScript('openUserFile', { name: 'hallway-recap.md', bytes }) });
  await page.goto(shellStartUrl);
  const app = new DebriefApp(page);
  await app.waitUntilLoaded();
  const review = new RecapReview(page);
  await expect(review.dialog).toBeVisible();
  await expect(review.talks()).toHaveCount(2);
  await review.importAll(2);
  await expect(app.readingHeading()).toHaveText(recapTitle);
  await expect(review.recapTalks()).toHaveText(['First morning', 'Afternoon']);
  await expect(app.recapNav.getByRole('list', { name: 'Imported recaps' }).getByRole('listitem')).toHaveCount(1);
});
