// Every talk FACTS names is in the app with its day, speakers and video link; and a content
// update keeps the user's records, showing a vanished talk as removed from the recap.
import { cp, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { expect, test } from './fixtures';
import { putRecords } from './pages/user-database';

const talks = [
  {
    day: 'Day 1',
    title: 'Kubernetes is Your Platform: Design Patterns For Extensible Controllers',
    speakers: ['Rafael Fernández López (SUSE)', 'Fabrizio Pandini (VMware)'],
    video: 'https://www.youtube.com/watch?v=I1-s7AxD1Ls',
  },
  {
    day: 'Day 1',
    title: 'Effective Disaster Recovery: The Day We Deleted Production',
    speakers: ['Rick Spencer (InfluxData)', 'Wojciech Kocjan (InfluxData)'],
    video: 'https://www.youtube.com/watch?v=xDGjmav8UBg',
  },
  {
    day: 'Day 1',
    title: 'Autoscaling Kubernetes Deployments: A (Mostly) Practical Guide',
    speakers: ['Natalie Serrino (New Relic)'],
    video: 'https://www.youtube.com/watch?v=n8t_hbchQcc',
  },
  {
    day: 'Day 2',
    title: 'Backstage: Restoring Order To Your Chaos',
    speakers: ['Dave Zolotusky (Spotify)'],
    video: 'https://www.youtube.com/watch?v=AlQYP88N3Og',
  },
  {
    day: 'Day 3',
    title: 'Kubernetes Everywhere: Lessons Learned From Going Multi-Cloud',
    speakers: ['Niko Smeds (Grafana Labs)'],
    video: 'https://www.youtube.com/watch?v=ZY5h8Atc14A',
  },
];

test('shows every talk of the recap with its day, speakers and video', async ({ app, dialogs }) => {
  for (const talk of talks) {
    await app.openSection(new RegExp(`^${talk.day}\\b`));
    await app.openItem(talk.title);
    await expect(app.readingHeading()).toHaveText(talk.title);
    await expect(app.readingPane.getByText(`Talk · ${talk.day}`)).toBeVisible();
    for (const speaker of talk.speakers) await expect(app.readingPane).toContainText(speaker);
    await app.readingPane.getByRole('link', { name: 'Watch the video' }).click();
    await expect.poll(() => dialogs.opened.at(-1)).toBe(talk.video);
  }
  await app.openSection(/^Booths/);
  await expect(app.itemList.getByRole('link')).toHaveCount(8);
  await app.openSection(/^Day 0\b/);
  await expect(app.itemList.getByRole('link', { name: /The New Stack Tapas Tuesday/ })).toBeVisible();
  await expect(app.itemList.getByRole('link', { name: /Lightning Talks/ })).toBeVisible();
});

test.describe('a content update', () => {
  const bundled = resolve(import.meta.dirname, '..', '..', 'content');
  test.use({
    contentDir: async ({ workDir }, use) => {
      const copy = join(workDir, 'content');
      await cp(bundled, copy, { recursive: true });
      await use(copy);
    },
  });

  test('keeps notes on a talk that vanished and shows it as removed from the recap', async ({
    app,
    page,
    contentDir,
  }) => {
    const stamp = new Date().toISOString();
    await putRecords(page, 'annotations', [
      {
        id: 'kept-note',
        itemId: 'kubecon-eu-2022/kubernetes-everywhere-multi-cloud',
        kind: 'note',
        body: 'Check our zone spread',
        tags: [],
        createdAt: stamp,
        updatedAt: stamp,
      },
    ]);
    await rm(join(contentDir, 'kubecon-eu-2022', 'items', 'kubernetes-everywhere-multi-cloud.md'));
    await rm(join(contentDir, 'kubecon-eu-2022', 'items', 'day3-keynotes.md'));
    await page.reload();
    await app.waitUntilLoaded();

    await app.openSection(/^Day 3\b/);
    // The keynotes had no user records and are gone; the talk with a note stays, marked.
    await expect(app.itemList.getByRole('link')).toHaveCount(1);
    const kept = app.itemList.getByRole('link', { name: /Kubernetes Everywhere/ });
    await expect(kept).toContainText('Removed from the recap');
    await kept.click();
    await expect(app.readingPane.getByRole('note')).toContainText('Removed from the recap');
    await expect(app.readingPane).toContainText('Check our zone spread');
  });
});
