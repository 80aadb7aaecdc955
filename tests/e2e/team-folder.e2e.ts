// The team folder with no sync tool: two teammates' profiles share one plain folder, as a network
// share or a folder two accounts reach would be. What one writes reaches the other with their name
// on it, private notes never leave, edits to different fields merge, a hostile file is reported
// with its path while the rest merges, and leaving keeps everything.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { shellStartUrl } from '../../scripts/chromium-shell';
import { DialogAnswers, expect, openProfile, test } from './fixtures';
import { TalkActions } from './pages/action-talk';
import { ActionsViewPage } from './pages/action-view';
import { TalkAnnotations } from './pages/annotation-talk';
import { DebriefApp } from './pages/debrief-app';
import { RecapReview } from './pages/recap-review';
import { TeamViewPage } from './pages/team-view';

const talk = /Effective Disaster Recovery/;
const passage = 'one control that stops every deployment and rollout';
const privateNote = 'Only for me: ask about the budget';
const recapFixtures = join(import.meta.dirname, '..', 'fixtures', 'recap-import');

/** Every file the folder holds, with its text: what a teammate, or anyone with the folder, can read. */
async function folderText(folder: string): Promise<string> {
  const texts: string[] = [];
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) texts.push(await readFile(join(entry.parentPath, entry.name), 'utf8'));
  }
  return texts.join('\n');
}

async function openTalk(app: DebriefApp): Promise<void> {
  await app.openSection(/^Day 1\b/);
  await app.openItem(talk);
}

test('two teammates share a plain folder: items arrive with their author, private notes stay, fields merge, bad files are named', async ({
  browser,
  app,
  page,
  workDir,
  contentDir,
  dialogs,
}) => {
  test.setTimeout(120_000);
  const folder = join(workDir, 'team');
  await mkdir(folder);
  const alice = new TeamViewPage(page);
  await alice.join(folder, 'Alice');

  let bobContext: BrowserContext | undefined;
  try {
    bobContext = await openProfile(browser, {
      contentDir,
      userDataDir: join(workDir, 'bob-data'),
      dialogs: new DialogAnswers(),
    });
    const bobPage: Page = await bobContext.newPage();
    await bobPage.goto(shellStartUrl);
    const bobApp = new DebriefApp(bobPage);
    await bobApp.waitUntilLoaded();
    const bob = new TeamViewPage(bobPage);
    await bob.join(folder, 'Bob');
    await expect(bob.people()).toHaveText(['Bob (you)', 'Alice']);
    await expect(alice.people()).toHaveText(['Alice (you)', 'Bob']);

    // Alice, on a talk: an action item, a highlight, a star, and a note she marks private at once.
    await openTalk(app);
    const aliceActions = new TalkActions(page);
    await aliceActions.add('Try the freeze switch');
    const aliceNotes = new TalkAnnotations(page);
    await aliceNotes.selectPassage(passage);
    await aliceNotes.highlightSelection({ color: 'Green', comment: 'Propose this for our deploys' });
    await aliceNotes.starButton().click();
    await aliceNotes.writeNote(privateNote);
    await aliceNotes.notesSection.getByRole('checkbox', { name: 'Private' }).first().check();

    // Bob sees them, with Alice's name; the star counts as hers, not his.
    await openTalk(bobApp);
    const bobNotes = new TalkAnnotations(bobPage);
    await expect(bobNotes.highlightCard(/one control that stops/)).toContainText('Highlighted by Alice', {
      timeout: 20_000,
    });
    const bobActions = new TalkActions(bobPage);
    await expect(bobActions.card('Try the freeze switch')).toBeVisible();
    await expect(bobNotes.starButton()).toHaveAttribute('aria-pressed', 'false');
    await expect(bobPage.getByText('Starred by 1 of 2')).toBeVisible();
    await expect(bobPage.getByText(privateNote)).toHaveCount(0);
    expect(await folderText(folder)).not.toContain(privateNote);
    expect(await folderText(folder)).toContain('Propose this for our deploys');

    // The Actions view says who added it, and filters by author.
    const bobList = new ActionsViewPage(bobPage);
    await bobList.open();
    await expect(bobList.row('Try the freeze switch')).toContainText('Added by Alice');
    await bobList.choose('Author', 'You');
    await expect(bobList.rows).toHaveCount(0);
    await bobList.choose('Author', 'Alice');
    await expect(bobList.rows).toHaveCount(1);
    await bobList.choose('Author', 'Everyone');

    // Alice marks it done while Bob gives it an owner: both changes stay, on both sides.
    await aliceActions.choose('Try the freeze switch', 'Status', 'Done');
    await openTalk(bobApp);
    await bobActions.type('Try the freeze switch', 'Owner', 'Ravi');
    for (const [actions, who] of [
      [aliceActions, 'Alice'],
      [bobActions, 'Bob'],
    ] as const) {
      const card = actions.card('Try the freeze switch');
      await expect(card.getByRole('combobox', { name: 'Status', exact: true }), who).toHaveValue('done', {
        timeout: 20_000,
      });
      await expect(card.getByRole('combobox', { name: 'Owner', exact: true }), who).toHaveValue('Ravi', {
        timeout: 20_000,
      });
    }

    // A hostile device's log: its bad lines are reported with path and line, its good line merges;
    // a sync tool's half-downloaded file is passed over without a word.
    await mkdir(join(folder, 'mallory'));
    const good = {
      format: 1,
      id: 'mallory:2',
      device: 'mallory',
      seq: 2,
      stamp: '018f8a3d5c00-0000-mallory',
      seen: {},
      recordId: 'from-mallory',
      kind: 'action',
      op: 'set',
      fields: {
        itemId: 'kubecon-eu-2022/effective-disaster-recovery',
        title: 'Read the postmortem',
        notes: '',
        status: 'open',
        tags: [],
        createdAt: '2024-05-18T10:00:00.000Z',
      },
    };
    const hostile = { ...good, id: 'mallory:1', seq: 1, fields: { ...good.fields, status: 'finished' } };
    await writeFile(
      join(folder, 'mallory', '1.jsonl'),
      `${JSON.stringify(hostile)}\n{"__proto__": {"polluted": true}}\n${JSON.stringify(good)}\n`,
    );
    await writeFile(join(folder, 'mallory', '.syncthing.2.jsonl.tmp'), '{"half a');
    await bob.open();
    await expect(bob.problems.filter({ hasText: 'mallory/1.jsonl, line 1: fields.status' })).toBeVisible({
      timeout: 20_000,
    });
    await expect(bob.problems.filter({ hasText: 'mallory/1.jsonl, line 2' })).toBeVisible();
    await expect(bob.problems.filter({ hasText: 'syncthing' })).toHaveCount(0);
    await bobList.open();
    await expect(bobList.row('Read the postmortem')).toBeVisible({ timeout: 20_000 });

    // A recap Alice imports is shared as its file: Bob imports it through the same review.
    const aliceReview = new RecapReview(page);
    await aliceReview.open(dialogs, [join(recapFixtures, 'team-kubecon-notes.md')], false);
    await aliceReview.dialog.getByRole('button', { name: /^Import \d+ talks?$/ }).click();
    await expect(aliceReview.dialog).toBeHidden();
    await bob.open();
    const shared = bob.view.getByRole('list', { name: 'Recaps and schedules from your team' });
    await expect(shared).toContainText('team-kubecon-notes.md', { timeout: 20_000 });
    await expect(shared).toContainText('Recap from Alice');
    await shared.getByRole('button', { name: 'Import team-kubecon-notes.md from Alice' }).click();
    const bobReview = new RecapReview(bobPage);
    await expect(bobReview.dialog).toBeVisible();
    await bobReview.dialog.getByRole('button', { name: /^Import \d+ talks?$/ }).click();
    await expect(bobReview.dialog).toBeHidden();
    await expect(
      bobPage.getByRole('navigation', { name: 'Recap' }).getByRole('link', { name: /Your recap/ }),
    ).toHaveCount(1);

    // Bob leaves: nothing of his goes, and Alice's next item no longer reaches him.
    await bob.open();
    await bob.view.getByRole('button', { name: 'Leave team' }).click();
    await expect(bob.view.getByRole('button', { name: 'Join team folder' })).toBeVisible();
    await openTalk(app);
    await aliceActions.add('Book the follow-up meeting');
    await expect.poll(() => folderText(folder), { timeout: 20_000 }).toContain('Book the follow-up meeting');
    await bobList.open();
    await expect(bobList.row('Try the freeze switch')).toBeVisible();
    await bobPage.waitForTimeout(3_000);
    await expect(bobList.row('Book the follow-up meeting')).toHaveCount(0);
  } finally {
    await bobContext?.close();
  }
});
