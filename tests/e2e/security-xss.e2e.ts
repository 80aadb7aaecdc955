// The XSS corpus (tests/fixtures/xss) through every path that renders untrusted text, in real
// Chromium: recap content (Markdown bodies and plain-text fields), an imported recap, the user's
// notes, a backup restored from disk, and search results (the sanitiser alone: security-sanitizer.e2e.ts).
// Each test asserts that no payload ran (no `window.__xss`, no dialog, no page error) and that the
// text is still on screen as text.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { createBackupText, type BackupData } from '../../electron/common/backup-format';
import { hostileDocument, hostileText, survivingText } from '../fixtures/xss/corpus';
import { hostileRecapId, writeHostileRecap } from '../fixtures/xss/hostile-recap';
import { expect, test as base } from './fixtures';
import { TalkAnnotations } from './pages/annotation-talk';
import { RecapReview } from './pages/recap-review';
import { SearchBox } from './pages/search-box';
import { clickEveryLink, expectCorpusShownAsText, expectNothingRan, type Traps } from './security-checks';

// Every journey here reads the hostile recap, and watches for dialogs from the first moment.
const test = base.extend<{ traps: Traps }>({
  contentDir: async ({ workDir }, use) => {
    const dir = join(workDir, 'content');
    await writeHostileRecap(dir);
    await use(dir);
  },
  traps: async ({ page }, use) => {
    const traps: Traps = { dialogs: [] };
    page.on('dialog', (dialog) => {
      traps.dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await use(traps);
  },
});

const talkId = `${hostileRecapId}/hostile-talk`;
const stamp = '2024-05-20T09:00:00.000Z';

test('recap content: Markdown bodies and every plain-text field', async ({
  app,
  page,
  traps,
  dialogs,
  blockedRequests,
}) => {
  // The overview: conference name, place and Markdown body.
  await expect(app.recapNav.getByRole('heading', { name: hostileText.conferenceName, exact: true })).toBeVisible();
  await expect(app.recapNav).toContainText(hostileText.location);
  await expect(app.readingHeading()).toHaveText(hostileText.conferenceName);
  await expectCorpusShownAsText(page);
  await page.locator('.markdown').first().getByText('hover me').hover();
  await clickEveryLink(page, dialogs.opened);
  await expectNothingRan(page, traps);

  // The item that carried a javascript: link was refused, and the problem is reported as text.
  const problems = page.getByRole('alert').filter({ hasText: 'content file has a problem' });
  await problems.locator('summary').click();
  await expect(problems).toContainText('javascript-link.md');

  // A day, with its label, and the talk: title, speakers, track, takeaways and body.
  await app.recapNav.getByRole('link', { name: hostileText.dayLabel }).click();
  await app.openItem(hostileText.title);
  await expect(app.readingHeading()).toHaveText(hostileText.title);
  await expect(app.readingPane).toContainText(`${hostileText.speaker} (${hostileText.org})`);
  await expect(app.readingPane).toContainText(hostileText.track);
  await expect(
    app.readingPane
      .getByRole('region', { name: 'Takeaways' })
      .or(app.readingPane.locator('section', { hasText: 'Takeaways' }))
      .getByRole('listitem'),
  ).toHaveText([hostileText.takeaway]);
  await expectCorpusShownAsText(page, page.locator('.item-body .markdown'));
  await clickEveryLink(page, dialogs.opened);
  await expectNothingRan(page, traps);

  // The booth: title and verdict.
  await app.openSection('Booths');
  await app.openItem(hostileText.boothTitle);
  await expect(app.readingHeading()).toHaveText(hostileText.boothTitle);
  await expect(app.readingPane).toContainText(hostileText.verdict);
  await expectNothingRan(page, traps);

  // Search results and the quick switcher show titles and snippets as text.
  const search = new SearchBox(page);
  await search.type('plain words survive');
  await expect(search.options().filter({ hasText: hostileText.title })).toHaveCount(1);
  await expect(search.options().first()).toContainText('Plain words survive');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+p');
  await search.switcher.getByRole('combobox', { name: 'Go to talk' }).fill('XSS');
  await expect(search.switcher.getByRole('option').first()).toContainText(hostileText.title);
  await page.keyboard.press('Escape');
  await expectNothingRan(page, traps);

  expect(blockedRequests).toEqual([]);
});

test("the user's note: the corpus typed into a note renders safely and is kept as typed", async ({
  app,
  page,
  traps,
}) => {
  await app.recapNav.getByRole('link', { name: hostileText.dayLabel }).click();
  await app.openItem(hostileText.title);
  const talk = new TalkAnnotations(page);
  await talk.writeNote(hostileDocument());
  await talk.notesSection.getByRole('button', { name: 'Done' }).click();
  await expectCorpusShownAsText(page, talk.renderedNote());
  await expectNothingRan(page, traps);

  await talk.notesSection.getByRole('button', { name: 'Edit notes' }).click();
  await expect(talk.notesBox()).toHaveValue(hostileDocument());

  await app.recapNav.getByRole('link', { name: 'Annotations' }).click();
  await expect(page.getByText(survivingText.plain).first()).toBeVisible();
  await expectNothingRan(page, traps);
});

test('a backup restored from a file: notes, highlights, action items and tags from outside', async ({
  app,
  page,
  traps,
  dialogs,
  workDir,
  blockedRequests,
}) => {
  const data: BackupData = {
    annotations: [
      {
        id: 'hostile-note',
        itemId: talkId,
        kind: 'note',
        body: hostileDocument(),
        tags: [hostileText.tag],
        createdAt: stamp,
        updatedAt: stamp,
      },
      {
        id: 'hostile-highlight',
        itemId: talkId,
        kind: 'highlight',
        body: hostileDocument(),
        target: {
          quote: { type: 'TextQuoteSelector', exact: 'Plain words survive', prefix: '', suffix: ': 1 < 2' },
          position: { type: 'TextPositionSelector', start: 0, end: 19 },
        },
        color: `yellow;background:url(https://evil.example/c)`,
        tags: [hostileText.tag],
        createdAt: stamp,
        updatedAt: stamp,
      },
      {
        id: 'orphan-note',
        itemId: `<img src=x onerror="alert('item-id')">`,
        kind: 'note',
        body: hostileDocument(),
        tags: [],
        createdAt: stamp,
        updatedAt: stamp,
      },
      {
        id: 'trashed-note',
        itemId: talkId,
        kind: 'note',
        body: hostileDocument(),
        tags: [],
        createdAt: stamp,
        updatedAt: stamp,
        deletedAt: stamp,
      },
    ],
    actions: [
      {
        id: 'hostile-action',
        itemId: talkId,
        title: hostileText.actionTitle,
        notes: hostileDocument(),
        status: 'open',
        owner: hostileText.speaker,
        tags: [hostileText.tag],
        sourceQuote: hostileText.title,
        createdAt: stamp,
        updatedAt: stamp,
      },
    ],
    itemStates: [{ itemId: talkId, starred: true, updatedAt: stamp }],
    settings: [],
  };
  // The file's name is shown too; Windows forbids < > and " in names, so there it is plain.
  const fileName = process.platform === 'win32' ? 'hostile.json' : `<img src=x onerror="alert('file-name')">.json`;
  dialogs.openPath = join(workDir, fileName);
  await writeFile(dialogs.openPath, await createBackupText(data, new Date(stamp), '0.1.0'));

  await app.recapNav.getByRole('link', { name: 'Backups' }).click();
  await page.getByRole('button', { name: 'Restore from a file…' }).click();
  await expect(page.getByRole('article', { name: 'Backups' })).toContainText(fileName);
  await expectNothingRan(page, traps);
  await page.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(page.getByRole('article', { name: 'Backups' }).getByRole('status')).toContainText('Restored');
  await expectNothingRan(page, traps);

  // Every view that shows the restored records.
  const views = ['Annotations', 'Trash', 'Actions'];
  for (const view of views) {
    const link = app.recapNav.getByRole('link', { name: view, exact: true });
    if ((await link.count()) === 0) continue; // a view not built yet
    await link.click();
    await expect(app.readingHeading()).toBeVisible();
    await expectNothingRan(page, traps);
  }

  await app.recapNav.getByRole('link', { name: hostileText.dayLabel }).click();
  await app.openItem(hostileText.title);
  const talk = new TalkAnnotations(page);
  await expectCorpusShownAsText(page, talk.renderedNote());
  await expect(talk.highlightList).toBeVisible();
  // The talk's action items show the restored title for editing, exactly as written.
  await expect
    .poll(() =>
      page.evaluate(
        (title) =>
          [...document.querySelectorAll('input, textarea')].some(
            (field) => (field as HTMLInputElement).value === title,
          ),
        hostileText.actionTitle,
      ),
    )
    .toBe(true);
  await expectNothingRan(page, traps);
  expect(blockedRequests).toEqual([]);
});

test('a recap the user imports: title, section headings and Markdown', async ({
  app,
  page,
  traps,
  dialogs,
  workDir,
}) => {
  const heading = `<img src=x onerror="alert('section-heading')"> Wednesday`;
  const recap = [
    '---',
    stringify({ title: hostileText.title }).trim(),
    '---',
    '',
    hostileDocument(),
    '',
    `## ${heading}`,
    '',
    hostileDocument(),
    '',
  ].join('\n');
  const path = join(workDir, 'hostile-recap.md');
  await writeFile(path, recap);

  // The review shows the recap's title, its talk's heading and the conferences as text.
  const review = new RecapReview(page);
  await review.open(dialogs, [path], false);
  await expect(review.dialog.getByRole('heading', { level: 2 })).toHaveText(`Import your recap “${hostileText.title}”`);
  await expect(review.dialog.getByRole('textbox', { name: 'Name of this recap' })).toHaveValue(hostileText.title);
  await expect(review.talks()).toHaveCount(1);
  await expect(review.talks().first()).toContainText(heading);
  await expect(review.linkOf(heading)).toBeVisible();
  await expect(review.dialog.getByRole('combobox', { name: 'Conference' })).toContainText(hostileText.conferenceName);
  await expect(review.dialog.locator('img, svg, b, script, iframe')).toHaveCount(0);
  await expectNothingRan(page, traps);
  await review.importAll(1);

  // The recap's page: its title, the talk's heading, and its intro's Markdown.
  await expect(app.readingHeading()).toHaveText(hostileText.title);
  await expect(review.recapTalks()).toHaveText([heading]);
  await expectCorpusShownAsText(page);
  await clickEveryLink(page, dialogs.opened);
  await expectNothingRan(page, traps);

  // The talk's page: its heading as the title, and its Markdown body.
  await review.recapTalks().first().click();
  await expect(app.readingHeading()).toHaveText(heading);
  await expectCorpusShownAsText(page, app.readingPane.locator('.markdown').first());
  await clickEveryLink(page, dialogs.opened);
  await expectNothingRan(page, traps);
});
