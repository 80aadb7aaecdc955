// Takes a screenshot of every view in light and dark, as a person would see it.
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { expect, test } from '../e2e/fixtures';
import type { DebriefApp } from '../e2e/pages/debrief-app';
import { LibraryView, seedHarbourConference } from '../e2e/pages/library-view';

const folder = resolve(import.meta.dirname, '..', '..', 'screenshots');

/** Each view: its file name and how to get there from the app's start. */
const views: [string, (app: DebriefApp) => Promise<void>][] = [
  ['overview', async () => undefined],
  ['day', async (app) => app.openSection(/^Day 1\b/)],
  [
    'talk',
    async (app) => {
      await app.openSection(/^Day 1\b/);
      await app.openItem(/Effective Disaster Recovery/);
    },
  ],
  [
    'booth',
    async (app) => {
      await app.openSection(/^Booths/);
      await app.openItem(/Karpenter/);
    },
  ],
  ['annotations', async (app) => app.recapNav.getByRole('link', { name: 'Annotations' }).click()],
  ['trash', async (app) => app.recapNav.getByRole('link', { name: 'Trash' }).click()],
  ['backups', async (app) => app.recapNav.getByRole('link', { name: 'Backups' }).click()],
  [
    'library',
    async (app) => {
      await seedHarbourConference(app.page);
      await app.recapNav.getByRole('link', { name: /^Library\b/ }).click();
      await expect(new LibraryView(app.page).conferences).toHaveCount(2);
    },
  ],
  [
    'schedule-only-conference',
    async (app) => {
      await seedHarbourConference(app.page);
      await new LibraryView(app.page).switchTo('harbour', 'Harbour Cloud Days 2023');
      await expect(app.readingHeading()).toHaveText('Harbour Cloud Days 2023');
    },
  ],
  [
    'search',
    async (app) => {
      await app.page.getByRole('combobox', { name: 'Search' }).fill('autoscal');
      await expect(app.page.getByRole('listbox').getByRole('option').first()).toBeVisible();
    },
  ],
];

for (const theme of ['light', 'dark'] as const) {
  for (const [name, open] of views) {
    test(`${name} (${theme})`, async ({ app, page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await open(app);
      await mkdir(folder, { recursive: true });
      await page.screenshot({ path: join(folder, `${name}-${theme}.png`) });
    });
  }
}
