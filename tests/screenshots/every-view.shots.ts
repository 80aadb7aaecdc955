// Takes a screenshot of every view in light and dark, as a person would see it.
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { expect, test, type DialogAnswers } from '../e2e/fixtures';
import { RecapReview } from '../e2e/pages/recap-review';
import { SearchBox } from '../e2e/pages/search-box';
import type { DebriefApp } from '../e2e/pages/debrief-app';
import { LibraryView, seedHarbourConference } from '../e2e/pages/library-view';
import { TalkAnnotations } from '../e2e/pages/annotation-talk';
import { TalkActions } from '../e2e/pages/action-talk';

const folder = resolve(import.meta.dirname, '..', '..', 'screenshots');
const fixtures = resolve(import.meta.dirname, '..', 'fixtures');

/** Imports a schedule and two people's notes on it, and leaves the review of the second one open. */
async function reviewTwoRecaps(app: DebriefApp, dialogs: DialogAnswers): Promise<RecapReview> {
  dialogs.openPath = join(fixtures, 'schedule-import', 'harbour-cloud-days-2023.ics');
  await app.recapNav.getByRole('button', { name: 'Import a schedule…' }).click();
  await app.page.getByRole('button', { name: 'Import 6 sessions' }).click();
  await expect(app.page.getByRole('dialog')).toBeHidden();
  const review = new RecapReview(app.page);
  await review.open(dialogs, [join(fixtures, 'library', 'bob-lighthouse.md')], false);
  await review.importAll(1);
  await review.open(dialogs, [join(fixtures, 'library', 'harbour-notes')], true);
  return review;
}

/** Opens a talk and gives it a star, a grade, a highlight with a comment and two action items. */
async function annotateTalk(app: DebriefApp): Promise<void> {
  await app.openSection(/^Day 1\b/);
  await app.openItem(/Effective Disaster Recovery/);
  const marks = new TalkAnnotations(app.page);
  await marks.starButton().click();
  await marks.markButton('Must-see').click();
  await marks.selectPassage('big red button');
  await marks.highlightSelection({ color: 'Green', comment: 'We need one of these for the platform.' });
  const actions = new TalkActions(app.page);
  await actions.add('Propose a deployment freeze switch');
  await actions.add('Share the post-mortem with the SRE guild');
}

/** Each view: its file name and how to get there from the app's start. */
const views: [string, (app: DebriefApp, dialogs: DialogAnswers) => Promise<void>][] = [
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
  [
    'talk-annotated',
    async (app) => {
      await annotateTalk(app);
      // Scrolled to the talk's own notes, highlights and action items under its text.
      await app.page.getByRole('region', { name: 'Your notes' }).scrollIntoViewIfNeeded();
    },
  ],
  [
    'selection-toolbar',
    async (app) => {
      await app.openSection(/^Day 1\b/);
      await app.openItem(/Effective Disaster Recovery/);
      const marks = new TalkAnnotations(app.page);
      await marks.selectPassage('one control that stops every deployment and rollout');
      await expect(marks.selectionToolbar).toBeVisible();
    },
  ],
  ['actions', async (app) => app.recapNav.getByRole('link', { name: 'Actions' }).click()],
  [
    'actions-filled',
    async (app) => {
      await annotateTalk(app);
      await app.recapNav.getByRole('link', { name: 'Actions' }).click();
    },
  ],
  [
    'annotations-filled',
    async (app) => {
      await annotateTalk(app);
      await app.recapNav.getByRole('link', { name: 'Annotations' }).click();
    },
  ],
  ['annotations', async (app) => app.recapNav.getByRole('link', { name: 'Annotations' }).click()],
  [
    'agenda',
    async (app) => {
      await seedHarbourConference(app.page);
      await new LibraryView(app.page).switchTo('harbour', 'Harbour Cloud Days 2023');
      await app.recapNav.getByRole('link', { name: /^Schedule\b/ }).click();
    },
  ],
  ['trash', async (app) => app.recapNav.getByRole('link', { name: 'Trash' }).click()],
  ['backups', async (app) => app.recapNav.getByRole('link', { name: 'Backups' }).click()],
  ['team', async (app) => app.recapNav.getByRole('link', { name: /^Team\b/ }).click()],
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
  ['recap-review', async (app, dialogs) => void (await reviewTwoRecaps(app, dialogs))],
  [
    'recap-notes',
    async (app, dialogs) => {
      await (await reviewTwoRecaps(app, dialogs)).importAll(3);
      const search = new SearchBox(app.page);
      await search.type('barnaclescope');
      await search.openTopResult('Lighthouse Metrics, Lantern Logs: Observability at Sea');
      // Tall enough to show the recaps' notes under the schedule's facts without scrolling.
      await app.page.setViewportSize({ width: 1280, height: 1100 });
      await expect(app.page.getByRole('heading', { name: 'Notes from 2 recaps' })).toBeVisible();
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
    test(`${name} (${theme})`, async ({ app, page, dialogs }) => {
      await page.emulateMedia({ colorScheme: theme });
      await open(app, dialogs);
      await mkdir(folder, { recursive: true });
      await page.screenshot({ path: join(folder, `${name}-${theme}.png`) });
    });
  }
}
