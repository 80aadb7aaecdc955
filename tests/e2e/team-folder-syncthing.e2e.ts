// The team folder through a real sync engine: two Syncthing daemons on 127.0.0.1 (own homes, own
// ports, discovery and relays off) keep one folder in sync between Alice's and Bob's profiles.
// Alice's work reaches Bob; with the devices paused, both edit one field and one deletes what the
// other edits, and after resuming both see the conflicts and settle one; a file that arrives with
// an old modification time (Syncthing keeps the sender's) is still read.
import { mkdir, readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { changeFormat, changeId } from '../../electron/common/team-sync/change';
import { encodeStamp } from '../../electron/common/team-sync/hybrid-clock';
import { shellStartUrl } from '../../scripts/chromium-shell';
import { DialogAnswers, expect, openProfile, test } from './fixtures';
import { TalkActions } from './pages/action-talk';
import { ActionsViewPage } from './pages/action-view';
import { TalkAnnotations } from './pages/annotation-talk';
import { DebriefApp } from './pages/debrief-app';
import { TeamViewPage } from './pages/team-view';
import { startSyncthingPair, type SyncthingPair } from './support/syncthing';

const passage = 'one control that stops every deployment and rollout';
const arrives = { timeout: 45_000 };

interface Teammate {
  context: BrowserContext;
  page: Page;
  app: DebriefApp;
  team: TeamViewPage;
  actions: TalkActions;
}

/** Every segment in a copy of the team folder, as one text. */
async function segmentsText(folder: string): Promise<string> {
  const files = await readdir(folder, { recursive: true });
  const segments = files.filter((file) => /^[A-Za-z0-9_-]+[\\/]\d+\.jsonl$/.test(file));
  return (await Promise.all(segments.map((file) => readFile(join(folder, file), 'utf8')))).join('');
}

/** Carol's change number `seq`, as her Debrief would have written it on 18 May 2024. */
function carolsChange(seq: number, fields: Record<string, unknown>) {
  return {
    format: changeFormat,
    id: changeId('carol', seq),
    device: 'carol',
    seq,
    stamp: encodeStamp({ wall: Date.UTC(2024, 4, 18, 10, seq), counter: 0, device: 'carol' }),
    seen: {},
    recordId: 'carols-action',
    kind: 'action',
    op: 'set',
    fields,
  };
}

test('two teammates share through Syncthing: work arrives, paused edits become conflicts to settle, old file times are read', async ({
  browser,
  contentDir,
  workDir,
}) => {
  test.setTimeout(240_000);
  let pair: SyncthingPair | undefined;
  const contexts: BrowserContext[] = [];
  const teammate = async (name: string, folder: string): Promise<Teammate> => {
    const context = await openProfile(browser, {
      contentDir,
      userDataDir: join(workDir, `${name}-data`),
      dialogs: new DialogAnswers(),
    });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(shellStartUrl);
    const app = new DebriefApp(page);
    await app.waitUntilLoaded();
    const team = new TeamViewPage(page);
    await team.join(folder, name);
    return { context, page, app, team, actions: new TalkActions(page) };
  };
  const openTalk = async ({ app }: Teammate) => {
    await app.openSection(/^Day 1\b/);
    await app.openItem(/Effective Disaster Recovery/);
  };
  /** Waits until the folder's segments hold `text`: an edit written (and, on the other side, synced). */
  const written = (folder: string, text: string) => expect.poll(() => segmentsText(folder), arrives).toContain(text);

  try {
    pair = await startSyncthingPair(join(workDir, 'syncthing'));
    const alice = await teammate('Alice', pair.alice.folder);
    const bob = await teammate('Bob', pair.bob.folder);
    await expect(bob.team.people()).toHaveText(['Bob (you)', 'Alice'], arrives);

    // 1. Alice's action items and highlight reach Bob.
    await openTalk(alice);
    await alice.actions.add('Try the freeze switch');
    await alice.actions.add('Write the runbook');
    const aliceNotes = new TalkAnnotations(alice.page);
    await aliceNotes.selectPassage(passage);
    await aliceNotes.highlightSelection({ color: 'Green', comment: 'Propose this for our deploys' });
    await openTalk(bob);
    await expect(new TalkAnnotations(bob.page).highlightCard(/one control that stops/)).toContainText(
      'Highlighted by Alice',
      arrives,
    );
    await expect(bob.actions.card('Try the freeze switch')).toBeVisible(arrives);
    await expect(bob.actions.card('Write the runbook')).toBeVisible(arrives);

    // 2. Offline from each other, both give the first item an owner, and Alice deletes the
    //    second while Bob starts on it.
    await pair.pause();
    await alice.actions.type('Try the freeze switch', 'Owner', 'Alice');
    await bob.actions.type('Try the freeze switch', 'Owner', 'Bob');
    await bob.actions.choose('Write the runbook', 'Status', 'In progress');
    await alice.actions.card('Write the runbook').getByRole('button', { name: 'Delete action item' }).click();
    await written(pair.alice.folder, '"deletedAt"');
    await written(pair.bob.folder, '"in progress"');
    await written(pair.bob.folder, '"owner":"Bob"');
    // Paused, neither has the other's edits.
    expect(await segmentsText(pair.alice.folder)).not.toContain('"owner":"Bob"');
    await pair.resume();
    await pair.waitUntilInSync();

    for (const [who, other] of [
      [alice, 'Bob'],
      [bob, 'Alice'],
    ] as const) {
      await who.team.open();
      const owner = who.team.conflict('Action item “Try the freeze switch”');
      await expect(owner, `${other}'s owner reaches ${who === alice ? 'Alice' : 'Bob'}`).toContainText(
        'Its owner was changed by two people at once',
        arrives,
      );
      await expect(owner.getByRole('listitem')).toHaveCount(2);
      await expect(owner).toContainText('by Alice');
      await expect(owner).toContainText('by Bob');
      await expect(who.team.conflict('Action item “Write the runbook”')).toContainText(
        'Alice moved it to the Trash while Bob changed it',
      );
    }

    // The review reads well to a screen reader too.
    const review = await new AxeBuilder({ page: bob.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    expect(review.violations.map((violation) => violation.id)).toEqual([]);

    // Bob keeps Alice's owner: the conflict is gone on both sides, and both show her as owner.
    await bob.team
      .conflict('Action item “Try the freeze switch”')
      .getByRole('button', { name: 'Keep “Alice” by Alice' })
      .click();
    for (const who of [bob, alice]) {
      await expect(who.team.conflict('Action item “Try the freeze switch”')).toHaveCount(0, arrives);
      await expect(who.team.conflict('Action item “Write the runbook”')).toBeVisible();
    }
    await openTalk(alice);
    await expect(
      alice.actions.card('Try the freeze switch').getByRole('combobox', { name: 'Owner', exact: true }),
    ).toHaveValue('Alice');

    // 3. Carol's log, copied in with the time it had on her laptop in 2020, still arrives; so does
    //    her next change, in a copy dated earlier still.
    const carol = join(pair.alice.folder, 'carol');
    await mkdir(carol);
    await writeFile(join(carol, 'device.json'), JSON.stringify({ format: 1, device: 'carol', name: 'Carol' }));
    const created = carolsChange(1, {
      itemId: 'kubecon-eu-2022/effective-disaster-recovery',
      title: 'Check the backups',
      notes: '',
      status: 'open',
      tags: [],
      createdAt: '2024-05-18T10:01:00.000Z',
    });
    await writeFile(join(carol, '1.jsonl'), `${JSON.stringify(created)}\n`);
    const in2020 = new Date('2020-03-01T09:00:00Z');
    await utimes(join(carol, '1.jsonl'), in2020, in2020);
    await pair.rescan();
    const bobList = new ActionsViewPage(bob.page);
    await bobList.open();
    await expect(bobList.row('Check the backups')).toContainText('Added by Carol', arrives);

    const renamed = carolsChange(2, { title: 'Check the backups restore' });
    await writeFile(join(carol, '1.jsonl'), `${JSON.stringify(created)}\n${JSON.stringify(renamed)}\n`);
    const in2019 = new Date('2019-01-01T09:00:00Z');
    await utimes(join(carol, '1.jsonl'), in2019, in2019);
    await pair.rescan();
    await expect(bobList.row('Check the backups restore')).toBeVisible(arrives);
  } finally {
    for (const context of contexts) await context.close();
    await pair?.stop();
  }
});
