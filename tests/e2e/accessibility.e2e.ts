// An axe-core audit of every view in light and dark: names, roles, landmarks and WCAG 2.2 AA
// contrast. Views that hold the user's work are audited with some in them, so rows are checked too.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { TalkActions } from './pages/action-talk';
import { AgendaPage, seedKubeconSchedule } from './pages/agenda-view';
import { TalkAnnotations } from './pages/annotation-talk';
import { TripReportReview } from './pages/trip-report-review';
import { CommandPalette } from './pages/command-palette';
import type { DebriefApp } from './pages/debrief-app';
import { LibraryView, seedHarbourConference } from './pages/library-view';
import { SearchBox } from './pages/search-box';
import { TeamViewPage } from './pages/team-view';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

async function openTalk(app: DebriefApp): Promise<void> {
  await app.openSection(/^Day 1\b/);
  await app.openItem(/Effective Disaster Recovery/);
  await expect(app.readingHeading()).toHaveText(/Effective Disaster Recovery/);
}

// A highlight, a note and an action item on the talk, so the views that list them are not empty.
async function keepSomeWork(app: DebriefApp): Promise<void> {
  await openTalk(app);
  const talk = new TalkAnnotations(app.page);
  await talk.selectPassage('one control that stops every deployment and rollout');
  await talk.highlightSelection({ comment: 'For our deploys' });
  await talk.writeNote('Try a **freeze switch**');
  await new TalkActions(app.page).add('Add a freeze switch');
}

async function openNav(app: DebriefApp, name: string, heading: RegExp): Promise<void> {
  await app.recapNav.getByRole('link', { name, exact: true }).click();
  await expect(app.readingHeading()).toHaveText(heading);
}

/** Each view: its name and how to get there from the app's start. */
const views: [string, (app: DebriefApp, page: Page) => Promise<void>][] = [
  ['overview', async (app) => expect(app.readingHeading()).toBeVisible()],
  ['Team, before joining', async (_app, page) => new TeamViewPage(page).open()],
  [
    'Team, joined, after some work of one’s own',
    async (app, page) => {
      await new TeamViewPage(page).join(await mkdtemp(join(tmpdir(), 'debrief-team-')), 'Alice');
      await keepSomeWork(app);
      await new TeamViewPage(page).open();
    },
  ],
  ['a day', async (app) => app.openSection(/^Day 1\b/)],
  ['a talk with a highlight, a note and an action item', keepSomeWork],
  ['booths', async (app) => app.openSection(/^Booths/)],
  [
    'a booth',
    async (app) => {
      await app.openSection(/^Booths/);
      await app.itemList.getByRole('link').first().click();
    },
  ],
  [
    'Actions',
    async (app) => {
      await keepSomeWork(app);
      await openNav(app, 'Actions', /Action items/);
    },
  ],
  [
    'Annotations',
    async (app) => {
      await keepSomeWork(app);
      await openNav(app, 'Annotations', /Annotations/);
    },
  ],
  [
    'Schedule with a starred and an attended session',
    async (app, page) => {
      await seedKubeconSchedule(app);
      const agenda = new AgendaPage(page);
      await agenda.open();
      await agenda.star('Harbour Lights: Scaling Ingress at the Edge').click();
      await agenda.attended('Tidal Backups for Stateful Sets').click();
      await expect(agenda.attended('Tidal Backups for Stateful Sets')).toHaveAttribute('aria-pressed', 'true');
    },
  ],
  [
    'Library with a second, schedule-only conference',
    async (app, page) => {
      await seedHarbourConference(page);
      await openNav(app, 'Library 2 conferences', /^Library$/);
      await expect(new LibraryView(page).conferences).toHaveCount(2);
    },
  ],
  [
    'a schedule-only conference (sidebar, list and overview)',
    async (app, page) => {
      await seedHarbourConference(page);
      await page.goto(page.url().replace(/#.*$/, '') + '#/harbour-2023');
      await app.waitUntilLoaded();
      await expect(app.readingHeading()).toHaveText('Harbour Cloud Days 2023');
    },
  ],
  [
    'go to conference open',
    async (_app, page) => {
      await page.keyboard.press('ControlOrMeta+Shift+K');
      await expect(new LibraryView(page).switcherOptions.first()).toBeVisible();
    },
  ],
  [
    'trip report review open',
    async (app, page) => {
      await keepSomeWork(app);
      await new TripReportReview(page).openFromSidebar('Trip report…');
    },
  ],
  ['Trash', async (app) => openNav(app, 'Trash', /Trash/)],
  ['Backups', async (app) => openNav(app, 'Backups', /Backups/)],
  [
    'search open',
    async (_app, page) => {
      const search = new SearchBox(page);
      await search.input.fill('autoscal');
      await expect(search.options().first()).toBeVisible();
    },
  ],
  [
    'go to talk open',
    async (_app, page) => {
      await page.keyboard.press('ControlOrMeta+p');
      await expect(new SearchBox(page).switcher.getByRole('option').first()).toBeVisible();
    },
  ],
  ['command palette open', async (_app, page) => new CommandPalette(page).open()],
  [
    'shortcuts help open',
    async (app, page) => {
      await app.readingHeading().focus();
      await page.keyboard.press('Shift+?');
      await expect(new CommandPalette(page).help).toBeVisible();
    },
  ],
];

const standards = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

function audit(page: Page): ReturnType<AxeBuilder['analyze']> {
  return new AxeBuilder({ page }).withTags(standards).analyze();
}

// Guards the audit itself: were it blind to contrast (a wrong tag, say), every view would pass.
test('the audit catches text too faint to read', async ({ app, page }) => {
  await expect(app.readingHeading()).toBeVisible();
  await page.evaluate(() => {
    const faint = document.createElement('p');
    faint.textContent = 'Faint text';
    faint.style.color = '#c8c8c8';
    faint.style.background = '#ffffff';
    document.querySelector('main')?.append(faint);
  });
  const result = await audit(page);
  expect(result.violations.map((violation) => violation.id)).toContain('color-contrast');
});

// At the usual window size, and at the smallest, where panes scroll that hold little to focus.
const sizes = [
  { width: 1280, height: 820, label: '' },
  { width: 640, height: 480, label: ' at 640×480' },
];

for (const { width, height, label } of sizes)
  for (const theme of ['light', 'dark'] as const) {
    for (const [name, open] of views) {
      test(`${name} has no axe violations (${theme})${label}`, async ({ app, page }) => {
        await page.setViewportSize({ width, height });
        await page.emulateMedia({ colorScheme: theme });
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(theme === 'dark');
        await open(app, page);
        const result = await audit(page);
        const found = result.violations.map(
          (violation) =>
            `${violation.id} (${violation.help}): ${violation.nodes
              .map((node) => `${node.target.join(' ')} — ${node.failureSummary?.split('\n').slice(1).join(' ')}`)
              .join('; ')}`,
        );
        expect(found).toEqual([]);
      });
    }
  }
