// A library of conferences, by the keyboard alone: import a second conference's schedule, switch
// between the two from the palette and with the shortcut, see the sidebar offer only what each
// conference has, open the library with both and their counts, and narrow a search with conf:.
import { resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { CommandPalette } from './pages/command-palette';
import { LibraryView } from './pages/library-view';
import { SearchBox } from './pages/search-box';

const harbourFile = resolve(import.meta.dirname, '..', 'fixtures', 'schedule-import', 'harbour-cloud-days-2023.ics');
const kubecon = 'KubeCon + CloudNativeCon Europe 2022';
const harbour = 'Harbour Cloud Days 2023';

/** Tabs forward until `target` has focus, as a person would. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 30; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('imports a second conference, switches between the two, lists both in the library and searches one with conf:', async ({
  app,
  page,
  dialogs,
}) => {
  const palette = new CommandPalette(page);
  const library = new LibraryView(page);
  const search = new SearchBox(page);
  await expect(library.sidebarLink).toHaveAccessibleName('Library 1 conference');

  // The schedule of a conference the app does not know brings it.
  dialogs.openPath = harbourFile;
  await palette.run('Import a conference schedule…');
  const review = page.getByRole('dialog', { name: `Import “${harbour}”` });
  await expect(review).toBeVisible();
  const importButton = review.getByRole('button', { name: /^Import \d+ sessions?$/ });
  await tabTo(page, importButton);
  await page.keyboard.press('Enter');
  await expect(review).toBeHidden();
  await expect(library.sidebarLink).toHaveAccessibleName('Library 2 conferences');

  // The palette's Go to conference… opens the picker; Enter opens the conference chosen.
  await palette.run('Go to conference…');
  await expect(library.switcherInput).toBeFocused();
  await expect(library.switcherOptions).toHaveCount(2);
  await page.keyboard.type('kubecon');
  await expect(library.switcherOptions).toHaveText([new RegExp(`^${escape(kubecon)}`)]);
  await page.keyboard.press('Enter');
  await expect(app.readingHeading()).toHaveText(kubecon);
  await expect(app.recapNav.getByRole('link', { name: 'Booths' })).toBeVisible();
  await expect(app.recapNav.getByRole('link', { name: /^Day 1\b/ })).toBeVisible();

  // The shortcut does the same; a conference only a schedule brought has no days or booths to offer.
  await library.switchTo('harbour', harbour);
  await expect(app.readingHeading()).toHaveText(harbour);
  await expect(app.recapNav.getByRole('heading', { name: harbour })).toBeVisible();
  await expect(app.recapNav.getByRole('link', { name: /^Schedule\b/ })).toBeVisible();
  await expect(app.recapNav.getByRole('link', { name: 'Booths' })).toHaveCount(0);
  await expect(app.recapNav.getByRole('link', { name: /^Day 1\b/ })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Talks' })).toContainText('No talks yet');
  await expect(app.readingPane).toContainText('There is no recap of it yet');

  // Views without a conference of their own keep the one last opened.
  await palette.run('Open Actions');
  await expect(app.recapNav.getByRole('heading', { name: harbour })).toBeVisible();

  // The library lists both, with what each holds; Enter on a name opens it.
  await palette.run('Open Library');
  await expect(app.readingHeading()).toHaveText('Library');
  await expect(library.conferences).toHaveCount(2);
  await expect(library.counts(harbour)).toHaveText(['6 talks', '0 notes', '0 open actions']);
  await expect(library.counts(kubecon).first()).toHaveText(/^\d+ talks$/);
  await expect(library.conference(kubecon)).toContainText('Valencia');
  await tabTo(page, library.conference(kubecon).getByRole('link', { name: kubecon }));
  await page.keyboard.press('Enter');
  await expect(app.readingHeading()).toHaveText(kubecon);

  // Search covers the whole library; conf: narrows it to one conference, by id or by name.
  await page.keyboard.press('/');
  await expect(search.input).toBeFocused();
  await page.keyboard.type('kubernetes');
  await expect(search.options().first()).toBeVisible();
  const everywhere = await search.options().count();
  expect(everywhere).toBeGreaterThan(1);
  await page.keyboard.type(' conf:harbour');
  await expect(search.chips).toHaveText([/Conference: harbour/]);
  await expect(search.options()).toHaveCount(1);
  await expect(search.options().first()).toHaveAccessibleName(/^Kubernetes - The Hard Way/);
  await expect(search.options().first()).toContainText(harbour);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('kubernetes conf:kubecon-eu-2022');
  await expect(search.options().first()).toContainText('KubeCon Europe 2022');
  await expect(search.options().filter({ hasText: harbour })).toHaveCount(0);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('kubernetes conf:rotterdam2099');
  await expect(search.hints).toContainText([/No conference matches “rotterdam2099”/]);
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
