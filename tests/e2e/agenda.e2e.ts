// The agenda of an imported schedule: open it from the sidebar, move between days with the
// keyboard, see which sessions the recap covers, star and mark sessions, filter to the starred
// ones, and export them to an .ics calendar read back with a real parser.
import ICAL from 'ical.js';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ItemState } from '../../electron/common/user-records';
import { kubeconSessions } from '../fixtures/agenda/kubecon-agenda';
import { expect, test } from './fixtures';
import { AgendaPage, seedKubeconSchedule } from './pages/agenda-view';
import { readRecords } from './pages/user-database';

const harbourLights = 'Harbour Lights: Scaling Ingress at the Edge';
const tidal = 'Tidal Backups for Stateful Sets';
// Day tabs are labelled in the user's locale ("Wed 18 May", "Wed, May 18").
const wed = /Wed\W+(18 May|May 18)/;
const thu = /Thu\W+(19 May|May 19)/;

test('reads the schedule day by day, stars a session and exports the starred ones as .ics', async ({
  app,
  page,
  dialogs,
  workDir,
}) => {
  await seedKubeconSchedule(app);
  const agenda = new AgendaPage(page);
  await expect(app.recapNav.getByRole('link', { name: /^Schedule/ })).toContainText('6 sessions');
  await agenda.open();
  await expect(agenda.view.getByRole('heading', { level: 1 })).toHaveText(
    'Schedule — KubeCon + CloudNativeCon Europe 2022',
  );
  await expect(agenda.view).toContainText('From kccnceu2022-sched.ics (iCalendar, version 2022-05-10), imported');
  await expect(agenda.view).toContainText('6 sessions over 2 days · 0 starred');
  await expect(agenda.view.getByText('1 entry was skipped when importing')).toBeVisible();

  // Day tabs: the first day is shown; arrows move between days and the hash follows.
  await expect(agenda.tabs.getByRole('tab')).toHaveCount(2);
  await expect(agenda.tab(wed)).toHaveAttribute('aria-selected', 'true');
  await expect(agenda.tab(wed)).toContainText('Day 1');
  await expect(agenda.rows()).toHaveCount(4);
  await expect(agenda.row('Keynote: Welcome to Valencia')).toContainText('09:00–09:20 Madrid time');
  await expect(agenda.row(harbourLights)).toContainText('Hall 7 | Room 3');
  await expect(agenda.row(harbourLights)).toContainText('Networking');
  await expect(agenda.row(harbourLights)).toContainText('Jonas Ekberg (Quayside)');
  await agenda.tab(wed).focus();
  await page.keyboard.press('ArrowRight');
  await expect(agenda.tab(thu)).toBeFocused();
  await expect(agenda.tab(thu)).toHaveAttribute('aria-selected', 'true');
  await expect(page).toHaveURL(/#\/kubecon-eu-2022\/agenda\/2$/);
  await expect(agenda.rows()).toHaveCount(2);
  // A session the newer schedule dropped, on which the user has nothing, is not listed.
  await expect(agenda.panel).not.toContainText('Dropped');
  await page.keyboard.press('Home');
  await expect(agenda.tab(wed)).toHaveAttribute('aria-selected', 'true');

  // The recap's own talk on a session is one click away.
  const autoscaling = agenda.row('Autoscaling Kubernetes Deployments');
  await expect(autoscaling.getByRole('link', { name: /^In the recap/ })).toHaveAttribute(
    'href',
    '#/item/kubecon-eu-2022/autoscaling-kubernetes-deployments',
  );
  await expect(agenda.row(tidal).getByRole('link', { name: /^In the recap/ })).toHaveCount(0);

  // Nothing starred yet: the export says why it is off.
  await expect(agenda.exportButton()).toBeDisabled();
  await expect(agenda.view).toContainText('Star sessions (☆) to export them to your calendar.');

  // Star one session and mark another attended; both are saved as the talk page saves them.
  await agenda.star(harbourLights).click();
  await expect(agenda.star(harbourLights)).toHaveAttribute('aria-pressed', 'true');
  await agenda.attended(tidal).click();
  await expect(agenda.attended(tidal)).toHaveAttribute('aria-pressed', 'true');
  const states = await readRecords<ItemState>(page, 'itemStates');
  expect(states.find((state) => state.itemId === 'kubecon-eu-2022/session-harbour-lights')?.starred).toBe(true);
  expect(states.find((state) => state.itemId === 'kubecon-eu-2022/session-tidal-backups')?.attendance).toBe('attended');
  await expect(agenda.view).toContainText('· 1 starred');

  // Starred only: one session on Day 1, none on Day 2.
  await agenda.filters.getByRole('checkbox', { name: 'Starred only' }).check();
  await expect(agenda.rows()).toHaveCount(1);
  await expect(agenda.row(harbourLights)).toBeVisible();
  await expect(agenda.tab(thu)).toContainText('0');
  await agenda.filters.getByRole('checkbox', { name: 'Starred only' }).uncheck();
  await agenda.filters.getByRole('searchbox', { name: 'Title or speaker' }).fill('ribeiro');
  await expect(agenda.rows()).toHaveCount(1);
  await expect(agenda.row(tidal)).toBeVisible();
  await agenda.filters.getByRole('searchbox', { name: 'Title or speaker' }).fill('');
  await agenda.filters.getByRole('combobox', { name: 'Track' }).selectOption('Keynote Sessions');
  await expect(agenda.rows()).toHaveCount(1);

  // Export: the file holds the starred session as a VEVENT.
  dialogs.savePath = join(workDir, 'starred.ics');
  await agenda.exportButton().click();
  await expect(agenda.exportStatus()).toHaveText(`Saved to ${dialogs.savePath}: 1 session.`);
  const calendar = new ICAL.Component(ICAL.parse(await readFile(dialogs.savePath, 'utf8')));
  const events = calendar.getAllSubcomponents('vevent');
  expect(events.map((event) => String(event.getFirstPropertyValue('summary')))).toEqual([harbourLights]);
  const event = new ICAL.Event(events[0]!);
  expect(event.startDate.toJSDate().toISOString()).toBe('2022-05-18T09:00:00.000Z');
  expect(event.location).toBe('Hall 7 | Room 3');

  // The marks are on the session itself: its page shows the same star.
  await page.reload();
  await app.waitUntilLoaded();
  await agenda.row(harbourLights).getByRole('link', { name: harbourLights }).click();
  await expect(app.readingHeading()).toHaveText(harbourLights);
  await expect(app.readingPane.getByRole('button', { name: 'Star', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test('shows a dropped session the user starred, marked as dropped', async ({ app, page }) => {
  await seedKubeconSchedule(app);
  await page.evaluate(() => {
    window.location.hash = '#/kubecon-eu-2022/agenda/2';
  });
  const agenda = new AgendaPage(page);
  await expect(agenda.rows()).toHaveCount(2);
  // Star the dropped session as an earlier version of the schedule would have let the user.
  await page.evaluate(async () => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('debrief');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const transaction = database.transaction('itemStates', 'readwrite');
    transaction.objectStore('itemStates').put({
      itemId: 'kubecon-eu-2022/session-cancelled',
      starred: true,
      updatedAt: '2024-03-02T10:00:00.000Z',
    });
    await new Promise((resolve) => (transaction.oncomplete = resolve));
    database.close();
  });
  await page.reload();
  await app.waitUntilLoaded();
  await expect(agenda.rows()).toHaveCount(3);
  await expect(agenda.row('A Session the Newer Schedule Dropped')).toContainText('Dropped from the schedule');
});

test('explains how to import a schedule when the conference has none', async ({ app, page }) => {
  await expect(app.recapNav.getByRole('link', { name: /^Schedule/ })).toHaveCount(0);
  await page.evaluate(() => {
    window.location.hash = '#/kubecon-eu-2022/agenda';
  });
  const agenda = new AgendaPage(page);
  await expect(agenda.view.getByRole('heading', { level: 1 })).toHaveText(
    'Schedule — KubeCon + CloudNativeCon Europe 2022',
  );
  await expect(agenda.view).toContainText('No schedule has been imported for this conference yet.');
  await expect(agenda.view).toContainText('File → Import schedule…');
  await expect(agenda.view).toContainText('drop an .ics, .json or .xml file');
  await expect(agenda.view.getByRole('button', { name: 'Import a schedule…' })).toBeEnabled();
});

test('stays quick with 1,000 sessions: opens on a day and switches days', async ({ app, page }) => {
  const template = kubeconSessions[1]!;
  const many = Array.from({ length: 1000 }, (_, index) => {
    const day = index % 4;
    const date = `2022-05-${String(16 + day).padStart(2, '0')}`;
    const startsAt = new Date(Date.parse(`${date}T07:00:00.000Z`) + (index % 40) * 15 * 60_000).toISOString();
    return {
      ...template,
      id: `kubecon-eu-2022/session-load-${index}`,
      slug: `session-load-${index}`,
      title: `Load Session ${index}`,
      date,
      track: `Track ${index % 12}`,
      session: { ...template.session, key: `load-${index}`, startsAt, endsAt: startsAt },
    };
  });
  await seedKubeconSchedule(app, many);
  const agenda = new AgendaPage(page);
  const started = Date.now();
  await agenda.open();
  // Only the chosen day is rendered: a quarter of the schedule, not all of it.
  await expect(agenda.rows()).toHaveCount(250);
  await agenda.tab(thu).click();
  await expect(agenda.rows()).toHaveCount(250);
  await expect(agenda.row('Load Session 3')).toBeVisible();
  // Here it takes well under a second; the bound leaves room for a busy machine.
  expect(Date.now() - started).toBeLessThan(5000);
});
