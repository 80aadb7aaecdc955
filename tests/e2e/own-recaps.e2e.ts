// The user's own notes, first-class: a folder of notes that links to an imported schedule's
// sessions is reviewed, imported, found by its words, highlighted and acted on beside the schedule
// facts; it survives a reload, and "Export everything" carries it to an empty profile. Two
// people's recaps of one talk sit side by side.
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openProfile, test, type DialogAnswers } from './fixtures';
import { TalkActions } from './pages/action-talk';
import { TalkAnnotations } from './pages/annotation-talk';
import { TrashView } from './pages/annotation-views';
import { DebriefApp } from './pages/debrief-app';
import { RecapNotes, RecapReview } from './pages/recap-review';
import { SearchBox } from './pages/search-box';
import { shellStartUrl } from '../../scripts/chromium-shell';

const fixtures = resolve(import.meta.dirname, '..', 'fixtures');
const schedule = join(fixtures, 'schedule-import', 'harbour-cloud-days-2023.ics');
const notesFolder = join(fixtures, 'library', 'harbour-notes');
const bobsRecap = join(fixtures, 'library', 'bob-lighthouse.md');
const lighthouse = 'Lighthouse Metrics, Lantern Logs: Observability at Sea';

/** Imports the Harbour Cloud Days schedule, a conference the bundled recap does not cover. */
async function importHarbourSchedule(app: DebriefApp, page: Page, dialogs: DialogAnswers): Promise<void> {
  dialogs.openPath = schedule;
  await app.recapNav.getByRole('button', { name: 'Import a schedule…' }).click();
  await page.getByRole('button', { name: 'Import 6 sessions' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
}

test('a folder of notes links to the schedule’s sessions, is searched, highlighted, acted on, and restored on an empty profile', async ({
  app,
  page,
  dialogs,
  browser,
  contentDir,
  workDir,
}) => {
  // 1. The schedule of a conference the bundled recap does not cover, then a folder of notes on it.
  await importHarbourSchedule(app, page, dialogs);

  const review = new RecapReview(page);
  await review.open(dialogs, [notesFolder], true);

  // 2. The review: the conference it belongs to, each talk and what it links to, and why.
  await expect(review.dialog.getByRole('combobox', { name: 'Conference' }).locator('option:checked')).toHaveText(
    'Harbour Cloud Days 2023',
  );
  await expect(review.talks()).toHaveCount(3);
  await expect(review.linkOf('Lighthouse Metrics, Lantern Logs').locator('option:checked')).toHaveText(
    new RegExp(`^${lighthouse}`),
  );
  await expect(review.talks().filter({ hasText: 'Lighthouse Metrics, Lantern Logs' })).toContainText(/session.s page/);
  await expect(review.linkOf('Buoys and Beacons Lab').locator('option:checked')).toHaveText(/^Buoys and Beacons Lab/);
  await review.importAll(3);

  // 3. A word only the note has finds the session.
  const search = new SearchBox(page);
  await search.type('barnaclescope');
  await search.openTopResult(lighthouse);
  await expect(app.readingHeading()).toHaveText(lighthouse);

  // 4. The note's text beside the schedule's facts; the session is listed with the day's talks.
  await expect(app.itemList.getByRole('link', { name: new RegExp(`^${lighthouse}`) })).toBeVisible();
  await expect(app.readingPane).toContainText('Tidewater Labs');
  const notes = new RecapNotes(page, 'harbour-notes');
  await expect(notes.region).toContainText('barnaclescope sampler');

  // 5. A highlight in that text, and an action item.
  await notes.selectPassage('keeps one trace in fifty');
  await notes.highlightSelection();
  await expect(page.getByRole('list', { name: 'Highlights' })).toContainText('keeps one trace in fifty');
  const actions = new TalkActions(page);
  await actions.add('Measure the share of healthy traces in our bill');

  // 6. Everything is still there after a reload, the highlight painted in the note's text.
  await page.reload();
  await app.waitUntilLoaded();
  await expect(app.readingHeading()).toHaveText(lighthouse);
  await expect(notes.region).toContainText('barnaclescope sampler');
  await expect(page.getByRole('list', { name: 'Highlights' })).toContainText('keeps one trace in fifty');
  await expect(actions.card('Measure the share of healthy traces in our bill')).toBeVisible();
  await expect
    .poll(() =>
      page.evaluate(() =>
        [...(CSS.highlights.get('debrief-annotation-yellow') ?? [])].map((range) => range.toString()),
      ),
    )
    .toEqual(['keeps one trace in fifty']);

  // 7. Export everything, then restore it on an empty profile: every part is back.
  await app.recapNav.getByRole('link', { name: 'Backups' }).click();
  dialogs.savePath = join(workDir, 'everything.json');
  await page.getByRole('button', { name: 'Export everything…' }).click();
  await expect(page.getByRole('article', { name: 'Backups' }).getByRole('status')).toContainText('Saved to');

  const fresh = await openProfile(browser, { contentDir, userDataDir: join(workDir, 'fresh-data'), dialogs });
  try {
    const freshPage = await fresh.newPage();
    await freshPage.goto(shellStartUrl);
    const freshApp = new DebriefApp(freshPage);
    await freshApp.waitUntilLoaded();
    await freshApp.recapNav.getByRole('link', { name: 'Backups' }).click();
    dialogs.openPath = dialogs.savePath;
    await freshPage.getByRole('button', { name: 'Restore from a file…' }).click();
    await freshPage.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect(freshPage.getByRole('article', { name: 'Backups' }).getByRole('status')).toContainText('Restored');

    const freshSearch = new SearchBox(freshPage);
    await freshSearch.type('barnaclescope');
    await freshSearch.openTopResult(lighthouse);
    await expect(new RecapNotes(freshPage, 'harbour-notes').region).toContainText('barnaclescope sampler');
    await expect(freshPage.getByRole('list', { name: 'Highlights' })).toContainText('keeps one trace in fifty');
    await expect(new TalkActions(freshPage).card('Measure the share of healthy traces in our bill')).toBeVisible();
    await freshSearch.type('serial driver');
    await freshSearch.openTopResult('Buoys and Beacons Lab');
  } finally {
    await fresh.close();
  }
});

test('two people’s recaps of one talk sit side by side, and search finds the talk by either', async ({
  app,
  page,
  dialogs,
}) => {
  await importHarbourSchedule(app, page, dialogs);

  const review = new RecapReview(page);
  await review.open(dialogs, [notesFolder], true);
  await review.importAll(3);
  await review.open(dialogs, [bobsRecap], false);
  await expect(
    review.linkOf('Lighthouse Metrics, Lantern Logs - Observability at Sea').locator('option:checked'),
  ).toHaveText(new RegExp(`^${lighthouse}`));
  await review.importAll(1);

  const search = new SearchBox(page);
  await search.type('tail-based sampling');
  await search.openTopResult(lighthouse);
  const mine = new RecapNotes(page, 'harbour-notes');
  const bobs = new RecapNotes(page, 'Bob’s notes');
  await expect(mine.region).toContainText('barnaclescope sampler');
  await expect(bobs.region).toContainText('tail-based sampling demo');
  await expect(bobs.region).toContainText('by Bob');
  // Side by side: the two recaps' texts share a row.
  const [a, b] = [await mine.region.boundingBox(), await bobs.region.boundingBox()];
  expect(a && b && Math.abs(a.y - b.y) < 2 && a.x !== b.x).toBe(true);

  // A highlight in Bob's text anchors there, not in mine.
  await bobs.selectPassage('keep every trace with an error');
  await bobs.highlightSelection();
  await expect(page.getByRole('list', { name: 'Highlights' })).toContainText('keep every trace with an error');
  await page.reload();
  await app.waitUntilLoaded();
  await expect(page.getByRole('list', { name: 'Highlights' })).toContainText('keep every trace with an error');
  await expect
    .poll(() =>
      page.evaluate(() =>
        [...(CSS.highlights.get('debrief-annotation-yellow') ?? [])].map((range) => [
          range.toString(),
          range.startContainer.parentElement?.closest('[aria-label^="Notes from"]')?.getAttribute('aria-label'),
        ]),
      ),
    )
    .toEqual([['keep every trace with an error', 'Notes from Bob’s notes']]);
});

test('removing a recap or a conference asks first, sends the notes on it to the Trash, and can be undone', async ({
  app,
  page,
  dialogs,
}) => {
  await importHarbourSchedule(app, page, dialogs);
  const review = new RecapReview(page);
  await review.open(dialogs, [notesFolder], true);
  await review.importAll(3);
  await expect(app.readingHeading()).toHaveText('harbour-notes');

  const search = new SearchBox(page);
  await search.type('barnaclescope');
  await search.expectTopResult(lighthouse);

  // The recap: asked first, then gone from search; undo brings it back.
  await page.keyboard.press('Escape');
  await app.readingPane.getByRole('button', { name: 'Remove this recap…' }).click();
  await expect(app.readingPane.getByRole('alert')).toContainText('Remove “harbour-notes”?');
  await app.readingPane.getByRole('button', { name: 'Remove the recap' }).click();
  await expect(app.readingPane.getByRole('status')).toContainText('This recap was removed');
  await search.type('barnaclescope');
  await expect(search.options()).toHaveCount(0);
  await page.keyboard.press('Escape');
  await app.readingPane.getByRole('button', { name: 'Undo' }).click();
  await expect(app.readingPane.getByRole('button', { name: 'Remove this recap…' })).toBeVisible();
  await search.type('barnaclescope');
  await search.openTopResult(lighthouse);
  await new TalkAnnotations(page).writeNote('Ask about the sampler at the next meetup.');

  // The conference: asked first, gone from the library with the notes on it in the Trash; undo brings it all back.
  await app.recapNav.getByRole('link', { name: /^Library/ }).click();
  const conferences = app.readingPane.getByRole('list', { name: 'Conferences' });
  await expect(conferences.getByRole('heading', { name: 'Harbour Cloud Days 2023' })).toBeVisible();
  // The bundled recap cannot be removed.
  await expect(app.readingPane.getByRole('button', { name: /^Remove KubeCon/ })).toHaveCount(0);
  await app.readingPane.getByRole('button', { name: 'Remove Harbour Cloud Days 2023…' }).click();
  await app.readingPane.getByRole('button', { name: 'Remove the conference' }).click();
  await expect(conferences.getByRole('heading', { name: 'Harbour Cloud Days 2023' })).toHaveCount(0);
  await expect(app.readingPane.getByRole('status')).toContainText('Removed “Harbour Cloud Days 2023”');
  const trash = new TrashView(page);
  await trash.open();
  await expect(trash.rows.filter({ hasText: 'Ask about the sampler' })).toHaveCount(1);
  await app.recapNav.getByRole('link', { name: /^Library/ }).click();
  await app.readingPane.getByRole('button', { name: 'Undo' }).click();
  await expect(conferences.getByRole('heading', { name: 'Harbour Cloud Days 2023' })).toBeVisible();
  await trash.open();
  await expect(trash.rows.filter({ hasText: 'Ask about the sampler' })).toHaveCount(0);
  await search.type('barnaclescope');
  await search.expectTopResult(lighthouse);
});
