// The window never scrolls as a whole: in every view, at the usual size and at the smallest
// window, the document is exactly as tall as the window and only its panes scroll.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AgendaPage, seedKubeconSchedule } from './pages/agenda-view';
import type { DebriefApp } from './pages/debrief-app';
import { TripReportReview } from './pages/trip-report-review';

/** Each view, and how to reach it from the start. */
const views: [string, (app: DebriefApp, page: Page) => Promise<void>][] = [
  ['overview', async (app) => expect(app.readingHeading()).toBeVisible()],
  ['a day', async (app) => app.openSection(/^Day 1\b/)],
  [
    'a talk',
    async (app) => {
      await app.openSection(/^Day 1\b/);
      await app.openItem(/Effective Disaster Recovery/);
    },
  ],
  ['booths', async (app) => app.openSection(/^Booths/)],
  ['Library', async (app) => app.recapNav.getByRole('link', { name: /^Library/ }).click()],
  ['Actions', async (app) => app.recapNav.getByRole('link', { name: 'Actions', exact: true }).click()],
  ['Annotations', async (app) => app.recapNav.getByRole('link', { name: 'Annotations', exact: true }).click()],
  ['Trash', async (app) => app.recapNav.getByRole('link', { name: 'Trash', exact: true }).click()],
  ['Backups', async (app) => app.recapNav.getByRole('link', { name: 'Backups', exact: true }).click()],
  ['Team', async (app) => app.recapNav.getByRole('link', { name: /^Team\b/ }).click()],
  [
    'Schedule',
    async (app, page) => {
      await seedKubeconSchedule(app);
      await new AgendaPage(page).open();
    },
  ],
  ['the trip report review', async (_app, page) => new TripReportReview(page).openFromSidebar('Trip report…')],
];

for (const size of [
  { width: 1280, height: 820 },
  { width: 640, height: 480 },
]) {
  test(`the document never scrolls, in any view, at ${size.width}×${size.height}`, async ({ app, page }) => {
    await page.setViewportSize(size);
    for (const [name, open] of views) {
      await open(app, page);
      await page.waitForTimeout(100);
      const heights = await page.evaluate(() => ({
        scrollHeight: document.documentElement.scrollHeight,
        viewport: window.innerHeight,
      }));
      expect({ view: name, ...heights }).toEqual({ view: name, scrollHeight: size.height, viewport: size.height });
    }
  });
}
