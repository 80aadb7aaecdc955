// Fault journeys: the renderer is killed (SIGKILL) in the middle of a large write, of first-run
// seeding and of schema upgrades. Each freezes the page at an exact point inside the write first,
// so the kill always lands while the transaction is open, never just before or after it.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createBackupText, readBackupText } from '../../electron/common/backup-format';
import { latestSchemaVersion } from '../../renderer/src/lib/db/database';
import { shellStartUrl } from '../../scripts/chromium-shell';
import { expect, test } from './fixtures';
import { TalkActions } from './pages/action-talk';
import { TalkAnnotations } from './pages/annotation-talk';
import {
  createDatabase,
  readDatabase,
  recordsOf,
  storesAtSchemaVersion,
  type IndexLayout,
} from './pages/fault-database';
import { alreadyThere, byKey, manyRecords, talkId, talkTitle } from './pages/fault-records';
import { freezeAtWrite, holdBackSearchWorker, killRenderers, openApp, openOutsideTheApp } from './pages/fault-renderer';
import { putRecords } from './pages/user-database';

test('a restore killed halfway leaves every record as it was; run again, it restores all of it', async ({
  app,
  page,
  context,
  browser,
  dialogs,
  workDir,
}) => {
  test.setTimeout(120_000);
  // "Nothing lost" here: after the kill, each store holds exactly the records the user had before,
  // field by field, and not one record of the half-written restore. The restore is all or nothing.
  await putRecords(page, 'annotations', alreadyThere.annotations);
  await putRecords(page, 'actions', alreadyThere.actions);
  await putRecords(page, 'itemStates', alreadyThere.itemStates);
  await putRecords(page, 'meta', alreadyThere.settings);

  const large = manyRecords(10_000);
  dialogs.openPath = join(workDir, 'large-backup.json');
  await writeFile(dialogs.openPath, await createBackupText(large, new Date(), 'test'));
  await app.recapNav.getByRole('link', { name: 'Backups' }).click();
  await page.getByRole('button', { name: 'Restore from a file…' }).click();
  await page.getByRole('radio', { name: /^Replace/ }).check();
  const preview = page.getByRole('list', { name: 'What the restore will do' });
  await expect(preview).toContainText('Notes and highlights: 10000 added, 0 changed, 2 removed');

  // Replace clears every store, then adds: freeze it with half of the notes added, then kill it.
  const frozen = await freezeAtWrite(page, { method: 'add', store: 'annotations', count: 5_000 });
  await page.getByRole('button', { name: 'Restore', exact: true }).click();
  await frozen.reached();
  await killRenderers(browser, [page]);

  const outside = await openOutsideTheApp(context);
  const after = await readDatabase(outside);
  expect(byKey(recordsOf(after, 'annotations'))).toEqual(byKey(alreadyThere.annotations));
  expect(recordsOf(after, 'actions')).toEqual(alreadyThere.actions);
  expect(recordsOf(after, 'itemStates')).toEqual(alreadyThere.itemStates);
  expect(recordsOf(after, 'meta').filter((r) => String(r.key).startsWith('setting:'))).toEqual(alreadyThere.settings);
  // The snapshot the restore wrote before it began holds the same records: a second way back.
  const backups = join(workDir, 'user-data', 'backups');
  const [latest] = (await readdir(backups)).sort().reverse();
  const snapshot = await readBackupText(await readFile(join(backups, latest!), 'utf8'));
  expect(snapshot.ok && byKey(snapshot.backup.data.annotations)).toEqual(byKey(alreadyThere.annotations));
  await outside.close();

  // The app opens on the old data, and the same restore, not interrupted, writes all of it: so the
  // write the kill stopped really was the large one.
  const again = await openApp(await context.newPage(), '#/backups');
  await again.page.getByRole('button', { name: 'Restore from a file…' }).click();
  await again.page.getByRole('radio', { name: /^Replace/ }).check();
  await expect(again.page.getByRole('list', { name: 'What the restore will do' })).toContainText(
    'Notes and highlights: 10000 added, 0 changed, 2 removed',
  );
  await again.page.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(again.page.getByRole('article', { name: 'Backups' }).getByRole('status')).toContainText(
    'Restored large-backup.json',
    { timeout: 60_000 },
  );
  const restored = await readDatabase(again.page);
  expect(byKey(recordsOf(restored, 'annotations'))).toEqual(byKey(large.annotations));
  expect(byKey(recordsOf(restored, 'actions'))).toEqual(byKey(large.actions));
});

test('first-run seeding killed halfway leaves no half-seeded recap; the next start seeds all of it', async ({
  context,
  browser,
  page,
}) => {
  // The first start creates every store in one upgrade, then seeds the recap in one transaction.
  // "Nothing lost" here: after the kill, the content is either all there with its hash or not
  // there at all (a hash without its items would make every later start skip seeding and show a
  // recap with talks missing); the next start shows every talk.
  const frozen = await freezeAtWrite(page, { method: 'put', store: 'items', count: 9 }, { fromStart: true });
  // The page stops in the debugger while it starts, which can come before its load event: so only
  // the navigation is awaited, then the freeze.
  await page.goto(shellStartUrl, { waitUntil: 'commit' });
  await frozen.reached();
  await killRenderers(browser, [page]);

  const outside = await openOutsideTheApp(context);
  const interrupted = await readDatabase(outside);
  expect(interrupted?.version).toBe(latestSchemaVersion * 10);
  expect(recordsOf(interrupted, 'items')).toEqual([]);
  expect(recordsOf(interrupted, 'conferences')).toEqual([]);
  expect(recordsOf(interrupted, 'meta')).toEqual([]);
  await outside.close();

  const app = await openApp(await context.newPage());
  const seeded = await readDatabase(app.page);
  const items = recordsOf<{ id: string; removed: number }>(seeded, 'items');
  expect(items).toHaveLength(18);
  expect(items.every((item) => item.removed === 0)).toBe(true);
  expect(recordsOf(seeded, 'meta').map((record) => record.key)).toContain('contentHash');
  await app.openSection(/^Day 1\b/);
  await app.openItem(/Effective Disaster Recovery/);
  await expect(app.readingHeading()).toHaveText(talkTitle);
});

test('the upgrade from schema version 1 killed halfway leaves the version 1 database whole; the next start upgrades it', async ({
  context,
  browser,
}) => {
  // "Nothing lost" here: killed while Dexie creates the store version 2 adds, the database is
  // exactly what version 1 left: same version, stores, indexes and every record, field by field.
  // The next start upgrades it, and the talk shows the user's note, highlight, marks and action.
  const outside = await openOutsideTheApp(context);
  const mine = {
    annotations: alreadyThere.annotations,
    actions: alreadyThere.actions,
    itemStates: alreadyThere.itemStates,
    meta: alreadyThere.settings,
  };
  await createDatabase(outside, 10, storesAtSchemaVersion(1, mine));
  const before = await readDatabase(outside);
  await outside.close();

  const page = await context.newPage();
  const releaseSearch = await holdBackSearchWorker(context);
  const frozen = await freezeAtWrite(page, { method: 'createObjectStore', count: 1 }, { fromStart: true });
  // The page stops in the debugger while it starts, which can come before its load event: so only
  // the navigation is awaited, then the freeze.
  await page.goto(shellStartUrl, { waitUntil: 'commit' });
  await frozen.reached();
  await killRenderers(browser, [page]);
  await releaseSearch();

  const check = await openOutsideTheApp(context);
  expect(await readDatabase(check)).toEqual(before);
  await check.close();

  const app = await openApp(await context.newPage(), `#/item/${talkId}`);
  await expect(app.readingHeading()).toHaveText(talkTitle);
  const talk = new TalkAnnotations(app.page);
  await expect(talk.renderedNote()).toContainText('Written before anything went wrong');
  await expect(talk.highlightCard(/one control that stops/)).toBeVisible();
  await expect(talk.starButton()).toHaveAttribute('aria-pressed', 'true');
  await expect(talk.markButton('Must-see')).toHaveAttribute('aria-pressed', 'true');
  await expect(new TalkActions(app.page).card('Propose a deploy freeze switch')).toBeVisible();
  const upgraded = await readDatabase(app.page);
  expect(upgraded?.version).toBe(latestSchemaVersion * 10);
  // Every store the latest schema declares, with its key path and indexes, as Dexie made them.
  const layoutOf = (store: { name: string; keyPath: string | string[] | null; indexes?: IndexLayout[] }) => ({
    name: store.name,
    keyPath: store.keyPath,
    indexes: (store.indexes ?? []).map((index) => (typeof index === 'string' ? index : index.name)).sort(),
  });
  const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  expect(upgraded?.stores.map(layoutOf).sort(byName)).toEqual(
    storesAtSchemaVersion(latestSchemaVersion).map(layoutOf).sort(byName),
  );
  for (const [store, records] of Object.entries(mine) as [string, unknown[]][]) {
    const kept = recordsOf(upgraded, store).filter((r) => store !== 'meta' || String(r.key).startsWith('setting:'));
    expect(byKey(kept)).toEqual(byKey(records));
  }
});

test('an upgrade that indexes many records, killed halfway, leaves the old database whole; the next start upgrades it', async ({
  context,
  browser,
}) => {
  test.setTimeout(120_000);
  // The published upgrade (1 → 2) only adds a store. This stands in for a later one that builds
  // indexes over many records: a database at an older layout (IndexedDB version 5, Dexie's 0.5)
  // holding 5,000 notes in a store without indexes; opening it runs Dexie's upgrade, which creates
  // the other stores and builds five indexes over those notes. "Nothing lost" here: killed in the
  // middle of that upgrade, the database is still the old one, every note in it field by field;
  // the next start upgrades it and the talk's notes are found through the new itemId index.
  const outside = await openOutsideTheApp(context);
  const notes = [
    ...alreadyThere.annotations,
    ...manyRecords(5_000).annotations.map((note) => ({ ...note, itemId: 'kubecon-eu-2022/argo-cd' })),
  ];
  await createDatabase(outside, 5, [{ name: 'annotations', keyPath: 'id', records: notes }]);
  await outside.close();

  const page = await context.newPage();
  const releaseSearch = await holdBackSearchWorker(context);
  const frozen = await freezeAtWrite(
    page,
    { method: 'createIndex', store: 'annotations', count: 3 },
    { fromStart: true },
  );
  // The page stops in the debugger while it starts, which can come before its load event: so only
  // the navigation is awaited, then the freeze.
  await page.goto(shellStartUrl, { waitUntil: 'commit' });
  await frozen.reached();
  await killRenderers(browser, [page]);
  await releaseSearch();

  const check = await openOutsideTheApp(context);
  const interrupted = await readDatabase(check);
  expect(interrupted?.version).toBe(5);
  expect(interrupted?.stores.map((store) => [store.name, store.indexes])).toEqual([['annotations', []]]);
  expect(byKey(recordsOf(interrupted, 'annotations'))).toEqual(byKey(notes));
  await check.close();

  const app = await openApp(await context.newPage(), `#/item/${talkId}`, 60_000);
  await expect(app.readingHeading()).toHaveText(talkTitle);
  const talk = new TalkAnnotations(app.page);
  await expect(talk.renderedNote()).toContainText('Written before anything went wrong');
  await expect(talk.highlightCard(/one control that stops/)).toBeVisible();
  const upgraded = await readDatabase(app.page);
  expect(upgraded?.version).toBe(latestSchemaVersion * 10);
  expect(upgraded?.stores.find((store) => store.name === 'annotations')?.indexes).toEqual(
    ['deletedAt', 'itemId', 'kind', 'tags', 'updatedAt'].sort(),
  );
  expect(byKey(recordsOf(upgraded, 'annotations'))).toEqual(byKey(notes));
});
