// Importing the conference's official schedule: review what it brings, see the recap's talks
// linked to their sessions (and confirm, undo or unlink them), search a session only the
// schedule has, annotate it, and re-import a newer version in place.
import { resolve } from 'node:path';
import { expect, test } from './fixtures';
import { TalkAnnotations } from './pages/annotation-talk';
import { SearchBox } from './pages/search-box';

const fixture = resolve(import.meta.dirname, '..', 'fixtures', 'schedule-import', 'kubecon-eu-2022-sched.ics');

test('imports a schedule, links the recap’s talks, and makes schedule-only sessions searchable and annotatable', async ({
  app,
  page,
  dialogs,
}) => {
  dialogs.openPath = fixture;
  await app.recapNav.getByRole('button', { name: 'Import a schedule…' }).click();

  const review = page.getByRole('dialog', { name: 'Import “KubeCon + CloudNativeCon Europe 2022”' });
  await expect(review).toContainText('10 sessions over 3 days');
  await expect(review.getByRole('combobox', { name: 'Add the sessions to' })).toHaveValue('0');
  await expect(review.getByRole('combobox', { name: 'Add the sessions to' }).locator('option:checked')).toHaveText(
    'KubeCon + CloudNativeCon Europe 2022',
  );
  const links = review.getByRole('list', { name: 'Recap talks it links' }).getByRole('listitem');
  await expect(links).toHaveCount(5);
  await expect(
    links.filter({ hasText: 'Autoscaling Kubernetes Deployments: A (Mostly) Practical Guide' }),
  ).toContainText('→ Autoscaling Kubernetes Deployments');
  await review.getByRole('button', { name: 'Import 10 sessions' }).click();
  await expect(review).toBeHidden();
  await expect(app.recapNav.getByRole('status')).toContainText('Imported 10 sessions');
  await expect(app.recapNav.getByRole('status')).toContainText('5 recap talks linked');

  // A recap talk shows what the schedule adds, and the user has the last word on the link.
  await app.openSection('Day 1');
  await app.openItem('Autoscaling Kubernetes Deployments: A (Mostly) Practical Guide');
  const fromSchedule = app.readingPane.getByRole('region', { name: 'From the schedule' });
  await expect(fromSchedule.getByRole('link', { name: 'Autoscaling Kubernetes Deployments' })).toBeVisible();
  await expect(fromSchedule).toContainText('Wed, May 18, 16:30–17:05 Madrid time');
  await expect(fromSchedule).toContainText('Hall 7 | Room 3');
  await expect(fromSchedule).toContainText(/Linked by title: .*% sure/);
  await fromSchedule.getByRole('button', { name: 'Confirm link' }).click();
  await expect(fromSchedule).toContainText('Confirmed by you.');
  await fromSchedule.getByRole('button', { name: 'Undo' }).click();
  await expect(fromSchedule).toContainText(/Linked by title/);
  await fromSchedule.getByRole('button', { name: 'Unlink' }).click();
  await expect(fromSchedule).toContainText('You unlinked this talk from the schedule.');
  await fromSchedule.getByRole('button', { name: 'Undo' }).click();
  await expect(fromSchedule.getByRole('link', { name: 'Autoscaling Kubernetes Deployments' })).toBeVisible();

  // A session only the schedule has is found by search, opens like a talk, and takes notes.
  const search = new SearchBox(page);
  await search.type('lighthouse lanterns');
  await search.openTopResult('Lighthouse Keepers: Tracing Requests Across Harbour Meshes');
  await expect(app.readingHeading()).toHaveText('Lighthouse Keepers: Tracing Requests Across Harbour Meshes');
  await expect(app.readingPane).toContainText('Wed, May 18, 12:00–12:35 Madrid time');
  await expect(app.readingPane).toContainText('Ana Ribeiro (Tidewater Labs)');
  const talk = new TalkAnnotations(page);
  await talk.writeNote('Ask Ana how the lantern spans are sampled.');
  await page.reload();
  await app.waitUntilLoaded();
  await expect(app.readingHeading()).toHaveText('Lighthouse Keepers: Tracing Requests Across Harbour Meshes');
  await expect(talk.renderedNote()).toContainText('lantern spans');

  // The same schedule again updates every session in place; the note stays on its session.
  await app.recapNav.getByRole('button', { name: 'Import a schedule…' }).click();
  await review.getByRole('button', { name: 'Import 10 sessions' }).click();
  await expect(app.recapNav.getByRole('status')).toContainText('10 updated in place, 0 new');
  await search.type('lighthouse');
  await search.openTopResult('Lighthouse Keepers: Tracing Requests Across Harbour Meshes');
  await expect(talk.renderedNote()).toContainText('lantern spans');
});

test('refuses a file that is not a schedule, with the line and what is wrong, and changes nothing', async ({
  app,
  page,
}) => {
  const drop = (name: string, text: string) =>
    page.evaluate(
      ({ name, text }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], name));
        for (const type of ['dragover', 'drop'])
          window.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
      },
      { name, text },
    );
  await drop('empty.ics', 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n');
  await expect(app.recapNav.getByRole('alert')).toContainText('empty.ics could not be imported');
  await expect(app.recapNav.getByRole('alert')).toContainText('no events');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // A backup is JSON too, but it is restored, not imported as a schedule.
  await drop('debrief-backup.json', '{\n  "format": "debrief-backup",\n  "version": 1,\n  "data": {}\n}');
  await expect(app.recapNav.getByRole('alert')).toContainText(
    'debrief-backup.json is a Debrief backup, not a schedule',
  );
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('a schedule of a conference the app does not know brings it, asks the zone of zoneless times, and lists what it skipped', async ({
  app,
  page,
  dialogs,
}) => {
  dialogs.openPath = resolve(import.meta.dirname, '..', 'fixtures', 'schedule-import', 'broken-gaps.xml');
  await app.recapNav.getByRole('button', { name: 'Import a schedule…' }).click();
  const review = page.getByRole('dialog', { name: 'Import “Harbour Cloud Days 2023 (gaps)”' });
  await expect(review.getByRole('combobox', { name: 'Add the sessions to' }).locator('option:checked')).toHaveText(
    'A new conference: Harbour Cloud Days 2023 (gaps)',
  );
  const zone = review.getByRole('combobox', { name: /carry no time zone/ });
  await expect(zone).not.toHaveValue('');
  await zone.selectOption('Europe/Lisbon');
  await expect(zone).toHaveValue('Europe/Lisbon');
  await review.getByText('4 notes on the file: entries skipped, and why').click();
  await expect(review.getByRole('listitem').filter({ hasText: '“half an hour” is not a duration' })).toContainText(
    'line 22',
  );
  await review.getByRole('button', { name: 'Import 1 session' }).click();
  await expect(app.recapNav.getByRole('status')).toContainText('Imported 1 session of');
  await expect(app.recapNav.getByRole('link', { name: /Schedule/ })).toBeVisible();
  await expect(app.readingPane.getByRole('link', { name: 'Floating in Time' })).toBeVisible();
  // 09:00 in Lisbon in March is 09:00 UTC: the zone chosen in the review is the one the times were read in.
  await expect(app.readingPane).toContainText('09:00–09:30 Lisbon time');
});
