// Fault journeys: the user picks a bad file — binary, UTF-16, Latin-1, cut off, nested without
// end, 50 MB — to restore a backup, import action items or import a recap. The bad-input corpus
// (tests/unit/bad-input) checks every reader; these check that the window says so and changes nothing.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createBackupText } from '../../electron/common/backup-format';
import { exportActionsAsJson } from '../../renderer/src/lib/export/actions-json';
import { badVersionsOf, hugeText, nestedJson } from '../unit/bad-input/bad-inputs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ActionsViewPage } from './pages/action-view';
import { readDatabase, recordsOf, type DatabaseContents } from './pages/fault-database';
import { alreadyThere, byKey } from './pages/fault-records';
import { RecapReview } from './pages/recap-review';
import { putRecords } from './pages/user-database';

test.beforeEach(async ({ app, page }) => {
  await app.waitUntilLoaded();
  await putRecords(page, 'annotations', alreadyThere.annotations);
  await putRecords(page, 'actions', alreadyThere.actions);
  await putRecords(page, 'itemStates', alreadyThere.itemStates);
});

// "Nothing lost" in each: after every refused file, the user's stores hold exactly what they held
// before. (Not the caches in `meta`: the search worker saves its index whenever it is ready.)
async function expectUnchanged(page: Page, before: DatabaseContents | undefined): Promise<void> {
  const now = await readDatabase(page);
  for (const store of ['annotations', 'actions', 'itemStates', 'recaps']) {
    expect(recordsOf(now, store), store).toEqual(recordsOf(before, store));
  }
}

test('restoring a bad backup file: the reason, and nothing changed', async ({ app, page, dialogs, workDir }) => {
  test.setTimeout(90_000);
  const good = await createBackupText(
    { ...alreadyThere, annotations: [{ ...alreadyThere.annotations[0]!, body: 'Résumé' }] },
    new Date(),
    'test',
  );
  const versions = badVersionsOf(good);
  const files: [string, Uint8Array | string, RegExp][] = [
    ['binary.json', versions.binary.bytes, /it is not UTF-8 text/],
    ['utf16.json', versions['UTF-16 LE with BOM'].bytes, /it is not UTF-8 text/],
    ['latin1.json', versions['Latin-1'].bytes, /it is not UTF-8 text/],
    ['cut.json', versions.truncated.bytes, /cut off \(truncated\)/],
    // Chromium's stack is deep enough to take its checksum (Node's is not: see the corpus); it does not match.
    [
      'nested.json',
      `${good.slice(0, good.indexOf('"data":'))}"data":${nestedJson(100_000)}}`,
      /nested too deeply|checksum does not match/,
    ],
    ['huge.json', hugeText(50), /the file is not JSON/],
  ];
  await app.recapNav.getByRole('link', { name: 'Backups' }).click();
  const before = await readDatabase(page);
  const backups = page.getByRole('article', { name: 'Backups' });
  for (const [name, content, reason] of files) {
    dialogs.openPath = join(workDir, name);
    await writeFile(dialogs.openPath, content);
    await page.getByRole('button', { name: 'Restore from a file…' }).click();
    const alert = backups.getByRole('alert');
    await expect(alert).toContainText(`${name} cannot be restored: `, { timeout: 20_000 });
    await expect(alert).toContainText(reason);
    await expect(alert).toContainText('Nothing was changed.');
    await expect(page.getByRole('button', { name: 'Restore', exact: true })).toHaveCount(0);
    await expectUnchanged(page, before);
  }
});

test('importing a bad action-item file: the reason, and nothing changed', async ({ page, dialogs, workDir }) => {
  const good = exportActionsAsJson(
    [
      {
        action: { ...alreadyThere.actions[0]!, id: 'theirs', title: 'Écrire le runbook' },
        item: { id: 'x/y', title: 'Talk', conferenceName: 'Démo' },
      },
    ],
    { exportedAt: new Date(), appVersion: 'test' },
  );
  const versions = badVersionsOf(good);
  const files: [string, Uint8Array | string, RegExp][] = [
    ['binary.json', versions.binary.bytes, /it is not UTF-8 text/],
    ['utf16.json', versions['UTF-16 BE with BOM'].bytes, /it is not UTF-8 text/],
    ['cut.json', versions.truncated.bytes, /the file is not JSON/],
    ['nested.json', versions['deeply nested JSON'].bytes, /not a Debrief action export/],
    ['empty.json', versions.empty.bytes, /the file is empty/],
  ];
  const actions = new ActionsViewPage(page);
  await actions.open();
  const before = await readDatabase(page);
  for (const [name, content, reason] of files) {
    dialogs.openPath = join(workDir, name);
    await writeFile(dialogs.openPath, content);
    await actions.startImport();
    const alert = actions.view.getByRole('alert');
    await expect(alert).toContainText(`${name} cannot be imported: `);
    await expect(alert).toContainText(reason);
    await expect(alert).toContainText('Nothing was changed.');
    await expect(actions.importPreview()).toHaveCount(0);
    await expectUnchanged(page, before);
  }
});

test('importing a bad recap file: the reason, and nothing changed', async ({ app, page, dialogs, workDir }) => {
  const versions = badVersionsOf('# Day 1\n\nA café with the SRE team.\n');
  const files: [string, Uint8Array | string, RegExp][] = [
    ['binary.md', versions.binary.bytes, /binary file, not UTF-8 text/],
    ['utf16.md', versions['UTF-16 LE with BOM'].bytes, /UTF-16 text; save it as UTF-8/],
    ['latin1.txt', versions['Latin-1'].bytes, /latin1\.txt:3: the file is not valid UTF-8 text/],
    ['empty.md', versions.blank.bytes, /the file is empty/],
    // Main refuses it by its size before reading a byte of it.
    ['huge.md', hugeText(65), /65\.0 MB; files over 64 MB cannot be opened/],
  ];
  const before = await readDatabase(page);
  const yourRecaps = app.recapNav.getByRole('region', { name: 'Your recaps' });
  const review = new RecapReview(page);
  for (const [name, content, reason] of files) {
    dialogs.openPaths = [join(workDir, name)];
    await writeFile(dialogs.openPaths[0]!, content);
    await yourRecaps.getByRole('button', { name: 'Import recap files…' }).click();
    const alert = yourRecaps.getByRole('alert');
    await expect(alert).toContainText(`${name} `, { timeout: 20_000 });
    await expect(alert).toContainText(reason);
    await expect(alert).toContainText('Nothing was changed.');
    // Refused outright: no review to import from.
    await expect(review.dialog).toBeHidden();
    await expectUnchanged(page, before);
  }
  expect(byKey(recordsOf(before, 'annotations'))).toEqual(byKey(alreadyThere.annotations));
});

test('a note and a recap nested 100,000 levels deep are shown as their text; the window keeps working', async ({
  app,
  page,
  dialogs,
  workDir,
}) => {
  // "Nothing lost" here: the text is shown whole, as written, instead of breaking the view (the
  // Markdown renderer would overflow its stack) — and the rest of the talk still works.
  const deep = `${'>'.repeat(100_000)} the deepest thought`;
  await putRecords(page, 'annotations', [{ ...alreadyThere.annotations[0]!, body: deep }]);
  await page.reload();
  await app.waitUntilLoaded();
  await app.openSection(/^Day 1\b/);
  await app.openItem(/Effective Disaster Recovery/);
  const notes = page.getByRole('region', { name: 'Your notes' });
  await expect(notes.getByRole('region', { name: 'Your note' })).toContainText('the deepest thought');
  await expect(notes.getByRole('region', { name: 'Your note' }).locator('pre')).toHaveCount(1);
  await expect(page.getByRole('list', { name: 'Highlights' }).getByRole('article')).toHaveCount(1);

  // A recap whose first talk is that deep: reviewed, imported, and each talk's page shows its text.
  const path = join(workDir, 'deep.md');
  await writeFile(path, `# Day 1\n\n${deep}\n\n# Day 2\n\nA café.\n`);
  const review = new RecapReview(page);
  await review.open(dialogs, [path], false);
  await expect(review.talks()).toHaveCount(2);
  await review.importAll(2);
  await expect(app.readingHeading()).toHaveText('deep');
  await expect(review.recapTalks()).toHaveText(['Day 1', 'Day 2']);
  await review.recapTalks().filter({ hasText: 'Day 1' }).click();
  await expect(app.readingPane).toContainText('the deepest thought');
  await expect(app.readingPane.locator('pre').filter({ hasText: 'the deepest thought' })).toHaveCount(1);
  // The window keeps working: back to the recap, on to its other talk.
  await page.goBack();
  await expect(app.readingHeading()).toHaveText('deep');
  await review.recapTalks().filter({ hasText: 'Day 2' }).click();
  await expect(app.readingPane).toContainText('A café.');
});
