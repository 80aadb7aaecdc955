// The first journey: the app opens on the bundled recap, shows its days, and a talk opens from the list.
import { expect, test } from './fixtures';

test('opens on the bundled conference, lists its days and opens a talk', async ({ app, page, blockedRequests }) => {
  await expect(app.recapNav.getByRole('heading', { name: 'KubeCon + CloudNativeCon Europe 2022' })).toBeVisible();
  await expect(app.readingHeading()).toHaveText('KubeCon + CloudNativeCon Europe 2022');
  for (const day of ['Day 0', 'Day 1', 'Day 2', 'Day 3']) {
    await expect(app.recapNav.getByRole('link', { name: new RegExp(`^${day}\\b`) })).toBeVisible();
  }

  await app.openSection(/^Day 1\b/);
  await app.openItem(/Effective Disaster Recovery/);
  await expect(app.readingHeading()).toHaveText('Effective Disaster Recovery: The Day We Deleted Production');
  await expect(app.readingPane).toContainText('Rick Spencer');
  await expect(app.readingPane).toContainText('big red button');

  // The place survives a reload: the route lives in the location hash.
  await page.reload();
  await app.waitUntilLoaded();
  await expect(app.readingHeading()).toHaveText('Effective Disaster Recovery: The Day We Deleted Production');
  expect(blockedRequests).toEqual([]);
});
