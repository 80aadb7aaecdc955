// Fault journey: records damaged on disk. Malformed notes, highlights, action items and marks are
// put straight into IndexedDB (fields missing, wrong types), as a broken disk, a bug of an older
// build or a hand-edited profile would leave them.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readBackupText } from '../../electron/common/backup-format';
import { expect, test } from './fixtures';
import { TalkActions } from './pages/action-talk';
import { ActionsViewPage } from './pages/action-view';
import { TalkAnnotations } from './pages/annotation-talk';
import { AnnotationsView, TrashView } from './pages/annotation-views';
import { readDatabase, recordsOf } from './pages/fault-database';
import { alreadyThere, byKey, talkId, talkTitle } from './pages/fault-records';
import { openApp, pageErrors } from './pages/fault-renderer';
import { SearchBox } from './pages/search-box';
import { clearStore, putRecords } from './pages/user-database';

const damagedAnnotations = [
  // Only the key fields survived.
  { id: 'damaged-bare-note', itemId: talkId, kind: 'note' },
  // Every field of the wrong type.
  { id: 'damaged-typed-note', itemId: talkId, kind: 'note', body: 42, tags: 'deploys', createdAt: 5, updatedAt: null },
  // A highlight whose target is not a place in the text.
  {
    id: 'damaged-highlight',
    itemId: talkId,
    kind: 'highlight',
    body: 'lost target',
    target: 'somewhere',
    tags: [],
    createdAt: '2024-05-20T09:00:00.000Z',
    updatedAt: '2024-05-20T09:00:00.000Z',
  },
  // In the Trash, with nothing else left.
  { id: 'damaged-deleted', itemId: talkId, kind: 'note', deletedAt: '2024-05-21T10:00:00.000Z' },
  // Not a kind the app knows, deleted at a time that is not a time.
  {
    id: 'damaged-kind',
    itemId: talkId,
    kind: 'scribble',
    body: ['a', 'list'],
    tags: [null],
    createdAt: '2024-05-20T09:00:00.000Z',
    updatedAt: '2024-05-20T09:00:00.000Z',
    deletedAt: {},
  },
];
// A note the user deleted, in the Trash: a good record.
const deletedNote = {
  ...alreadyThere.annotations[0]!,
  id: 'there-deleted-note',
  body: 'Deleted, but not gone',
  deletedAt: '2024-05-21T09:00:00.000Z',
};
const goodAnnotations = [...alreadyThere.annotations, deletedNote];
const damagedActions = [
  { id: 'damaged-action', itemId: talkId, title: null, status: 'bogus', tags: {}, createdAt: 'yesterday' },
  { id: 'damaged-action-bare', itemId: talkId },
];
const damagedStates = [{ itemId: 'kubecon-eu-2022/karpenter', starred: 'yes', grade: 7 }];

test('damaged records: the app opens, the talk renders with the good ones, and backups still carry everything', async ({
  app,
  page,
  context,
  workDir,
}) => {
  // "Nothing lost" here: every good record still shows where it belongs and is found by search;
  // the damaged ones do not take the app, the talk or the views down; a backup made now is
  // written, and holds every good record field by field and every damaged one as it was stored,
  // with what is wrong with it; restoring it after a wipe brings the good records back; and none
  // of this changes a damaged record on disk, so it can still be repaired by hand.
  await app.waitUntilLoaded();
  await putRecords(page, 'annotations', [...goodAnnotations, ...damagedAnnotations]);
  await putRecords(page, 'actions', [...alreadyThere.actions, ...damagedActions]);
  await putRecords(page, 'itemStates', [...alreadyThere.itemStates, ...damagedStates]);
  const before = await readDatabase(page);
  await page.close();

  const reopenedPage = await context.newPage();
  const errors = pageErrors(reopenedPage);
  const reopened = await openApp(reopenedPage, `#/item/${talkId}`);
  await expect(reopened.readingHeading()).toHaveText(talkTitle);
  const talk = new TalkAnnotations(reopenedPage);
  await expect(talk.renderedNote()).toContainText('Written before anything went wrong');
  await expect(talk.highlightCard(/one control that stops/)).toBeVisible();
  await expect(talk.starButton()).toHaveAttribute('aria-pressed', 'true');
  await expect(talk.highlightList.getByRole('article')).toHaveCount(1);
  const actionsOnTalk = new TalkActions(reopenedPage);
  await expect(actionsOnTalk.card('Propose a deploy freeze switch')).toBeVisible();
  await expect(actionsOnTalk.section.getByRole('article')).toHaveCount(1);

  const annotations = new AnnotationsView(reopenedPage);
  await annotations.open();
  await expect(annotations.rows.filter({ hasText: 'Written before anything went wrong' })).toHaveCount(1);
  await expect(annotations.rows.filter({ hasText: 'one control that stops every deployment' })).toHaveCount(1);
  const trash = new TrashView(reopenedPage);
  await trash.open();
  await expect(trash.rows).toHaveCount(1);
  await expect(trash.rows.first()).toContainText('Deleted, but not gone');
  const actions = new ActionsViewPage(reopenedPage);
  await actions.open();
  await expect(actions.row('Propose a deploy freeze switch')).toBeVisible();

  const search = new SearchBox(reopenedPage);
  await search.type('anything went wrong');
  await expect(search.options().first()).toContainText('Written before anything went wrong');
  await search.input.press('Escape');

  await reopened.recapNav.getByRole('link', { name: 'Backups' }).click();
  await reopenedPage.getByRole('button', { name: 'Back up now' }).click();
  const backups = reopenedPage.getByRole('article', { name: 'Backups' });
  await expect(backups.getByRole('status')).toContainText('Backed up: debrief-backup-');
  const [snapshot] = await readdir(join(workDir, 'user-data', 'backups'));
  const reading = await readBackupText(await readFile(join(workDir, 'user-data', 'backups', snapshot!), 'utf8'));
  if (!reading.ok) throw new Error(`the backup cannot be read back: ${reading.error}`);
  expect(byKey(reading.backup.data.annotations)).toEqual(byKey(goodAnnotations));
  expect(reading.backup.data.actions).toEqual(alreadyThere.actions);
  expect(reading.backup.data.itemStates).toEqual(alreadyThere.itemStates);
  const carried = reading.backup.data.damaged ?? [];
  expect(byKey(carried.map((damaged) => damaged.record))).toEqual(
    byKey([...damagedAnnotations, ...damagedActions, ...damagedStates]),
  );
  // Each says what is wrong with it, by field.
  expect(carried.find((damaged) => (damaged.record as { id?: string }).id === 'damaged-typed-note')?.problem).toMatch(
    /^body: /,
  );

  // Nothing the app did changed a record of the user's on disk, damaged or not.
  const now = await readDatabase(reopenedPage);
  for (const store of ['annotations', 'actions', 'itemStates'])
    expect(recordsOf(now, store)).toEqual(recordsOf(before, store));

  // Wipe, restore the snapshot: the good records come back.
  await clearStore(reopenedPage, 'annotations');
  await clearStore(reopenedPage, 'actions');
  await clearStore(reopenedPage, 'itemStates');
  await reopenedPage.reload();
  await backups
    .getByRole('button', { name: /Restore the snapshot of/ })
    .first()
    .click();
  await reopenedPage.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(backups.getByRole('status')).toContainText('Restored debrief-backup-');
  const restored = await readDatabase(reopenedPage);
  for (const good of goodAnnotations) expect(recordsOf(restored, 'annotations')).toContainEqual(good);
  expect(recordsOf(restored, 'actions')).toContainEqual(alreadyThere.actions[0]);
  expect(recordsOf(restored, 'itemStates')).toContainEqual(alreadyThere.itemStates[0]);
  expect(errors).toEqual([]);
});
