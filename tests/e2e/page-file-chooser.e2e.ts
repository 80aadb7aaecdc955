// Without the Electron binary there is no native open dialog: in the Chromium shell every import
// and restore uses the page's own file chooser instead — several recap files, a whole folder, a
// schedule and a backup — and each lands exactly as through main's dialog.
import { join, resolve } from 'node:path';
import { expect, openProfile, test } from './fixtures';
import { DebriefApp } from './pages/debrief-app';
import { RecapReview } from './pages/recap-review';
import { shellStartUrl } from '../../scripts/chromium-shell';

const fixtures = resolve(import.meta.dirname, '..', 'fixtures');

test('imports recap files, a recap folder and a schedule through the page’s file chooser', async ({
  browser,
  contentDir,
  workDir,
  dialogs,
}) => {
  const context = await openProfile(browser, {
    contentDir,
    userDataDir: join(workDir, 'shell-data'),
    dialogs,
    withoutOpenDialogs: true,
  });
  try {
    const page = await context.newPage();
    await page.goto(shellStartUrl);
    const app = new DebriefApp(page);
    await app.waitUntilLoaded();

    // A schedule, through the chooser the page opens.
    let chooser = page.waitForEvent('filechooser');
    await app.recapNav.getByRole('button', { name: 'Import a schedule…' }).click();
    await (await chooser).setFiles(join(fixtures, 'schedule-import', 'harbour-cloud-days-2023.ics'));
    await page.getByRole('button', { name: 'Import 6 sessions' }).click();
    await expect(app.recapNav.getByRole('status')).toContainText('Imported 6 sessions');

    // A whole folder: its files keep their paths inside it.
    const review = new RecapReview(page);
    chooser = page.waitForEvent('filechooser');
    await app.recapNav.getByRole('button', { name: 'Import a folder…' }).click();
    const folderChooser = await chooser;
    expect(folderChooser.isMultiple()).toBe(true);
    await folderChooser.setFiles(join(fixtures, 'library', 'harbour-notes'));
    await expect(review.dialog).toBeVisible();
    await expect(review.talks()).toHaveCount(3);
    await expect(review.dialog).toContainText('harbour-notes/day-1/lighthouse.md');
    await review.importAll(3);
    await expect(app.readingHeading()).toHaveText('harbour-notes');

    // Several files at once.
    chooser = page.waitForEvent('filechooser');
    await app.recapNav.getByRole('button', { name: 'Import recap files…' }).click();
    await (
      await chooser
    ).setFiles([
      join(fixtures, 'library', 'bob-lighthouse.md'),
      join(fixtures, 'recap-import', 'harbour-devdays-2024.md'),
    ]);
    await expect(review.dialog).toBeVisible();
    await expect(review.dialog).toContainText('2 files');
  } finally {
    await context.close();
  }
});
