// Annotation journeys through the real UI: highlight a selected passage, write a tagged note, mark
// the talk, and find it all again after a reload or a killed renderer; undo and the Trash; notes
// that cannot run script; a failed write that keeps the text.
import AxeBuilder from '@axe-core/playwright';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { expect, test } from './fixtures';
import { TalkAnnotations } from './pages/annotation-talk';
import { AnnotationsView, TrashView } from './pages/annotation-views';
import { DebriefApp } from './pages/debrief-app';

const talk = 'Effective Disaster Recovery: The Day We Deleted Production';
const passage = 'one control that stops every deployment and rollout';

async function openTalk(app: DebriefApp): Promise<TalkAnnotations> {
  await app.openSection(/^Day 1\b/);
  await app.openItem(/Effective Disaster Recovery/);
  await expect(app.readingHeading()).toHaveText(talk);
  return new TalkAnnotations(app.page);
}

test('highlights a selected passage, writes a tagged note, marks the talk, and finds it all after a reload', async ({
  app,
  page,
}) => {
  const talkPage = await openTalk(app);

  await talkPage.selectPassage(passage);
  await expect(talkPage.selectionToolbar).toBeVisible();
  await talkPage.highlightSelection({ color: 'Green', comment: 'Propose this for our deploys' });
  await expect(talkPage.highlightCard(/one control that stops/)).toBeVisible();
  await expect.poll(() => talkPage.paintedPassages('green')).toEqual([passage]);

  await talkPage.writeNote('Try a **deploy freeze switch** on staging');
  await talkPage.tagNote('follow-up');
  await expect(talkPage.noteTags()).toHaveText(['follow-up ×']);

  await talkPage.starButton().click();
  await talkPage.markButton('Must-see').click();
  await talkPage.markButton('Watch the recording').click();
  await expect(talkPage.starButton()).toHaveAttribute('aria-pressed', 'true');
  await expect(talkPage.markButton('Must-see')).toHaveAttribute('aria-pressed', 'true');

  await page.reload();
  await app.waitUntilLoaded();
  await expect(app.readingHeading()).toHaveText(talk);
  await expect(talkPage.starButton()).toHaveAttribute('aria-pressed', 'true');
  await expect(talkPage.markButton('Must-see')).toHaveAttribute('aria-pressed', 'true');
  await expect(talkPage.markButton('Worth it')).toHaveAttribute('aria-pressed', 'false');
  await expect(talkPage.markButton('Watch the recording')).toHaveAttribute('aria-pressed', 'true');
  // The note comes back rendered, Markdown and all, with its tag.
  await expect(talkPage.renderedNote().locator('strong')).toHaveText('deploy freeze switch');
  await expect(talkPage.noteTags()).toHaveText(['follow-up ×']);
  const card = talkPage.highlightCard(/one control that stops/);
  await expect(card.getByRole('textbox', { name: 'Comment' })).toHaveValue('Propose this for our deploys');
  await expect(card.getByRole('combobox', { name: 'Color' })).toHaveValue('green');
  await expect.poll(() => talkPage.paintedPassages('green')).toEqual([passage]);

  // Across the recap: by tag, by words inside, by color.
  const annotations = new AnnotationsView(page);
  await annotations.open();
  await expect(annotations.rows).toHaveCount(2);
  await annotations.choose('Tag', 'follow-up');
  await expect(annotations.rows).toHaveCount(1);
  await expect(annotations.rows.first()).toContainText('deploy freeze switch');
  await annotations.clear();
  await annotations.search('ROLLOUT');
  await expect(annotations.rows).toHaveCount(1);
  await expect(annotations.rows.first()).toContainText(passage);
  await annotations.clear();
  await annotations.choose('Color', 'Green');
  await expect(annotations.rows).toHaveCount(1);
  await annotations.choose('Day', 'Day 1');
  await expect(annotations.rows).toHaveCount(1);
  await annotations.rows.first().getByRole('link', { name: talk }).click();
  await expect(app.readingHeading()).toHaveText(talk);
});

test('deleting a note can be undone, and a deleted note comes back from the Trash', async ({ app, page }) => {
  const talkPage = await openTalk(app);
  await talkPage.writeNote('Ask the SRE team about restore drills');

  await talkPage.notesSection.getByRole('button', { name: 'Delete note' }).click();
  await expect(talkPage.notesBox()).toHaveValue('');
  await expect(page.getByRole('status').filter({ hasText: 'Note deleted.' })).toBeVisible();
  await talkPage.undoButton().click();
  await expect(talkPage.renderedNote()).toContainText('Ask the SRE team about restore drills');
  await expect(talkPage.undoButton()).toHaveCount(0);

  await talkPage.notesSection.getByRole('button', { name: 'Delete note' }).click();
  await expect(talkPage.notesBox()).toHaveValue('');
  const trash = new TrashView(page);
  await trash.open();
  await expect(trash.rows).toHaveCount(1);
  await expect(trash.rows.first()).toContainText(talk);
  await trash.restore('restore drills');
  await expect(trash.rows).toHaveCount(0);
  await page.goBack();
  await expect(app.readingHeading()).toHaveText(talk);
  await expect(talkPage.renderedNote()).toContainText('Ask the SRE team about restore drills');
});

test('a note is there after the renderer is killed right after "Saved"', async ({ app, browser, context, page }) => {
  const talkPage = await openTalk(app);
  const itemUrl = page.url();
  await talkPage.writeNote('Written just before the crash');

  // Kill the renderer processes outright (SIGKILL): no unload handlers, no chance to flush anything.
  // This worker's browser runs only this test's pages, so every renderer of it is this test's.
  const browserSession = await browser.newBrowserCDPSession();
  const { processInfo } = (await browserSession.send('SystemInfo.getProcessInfo')) as {
    processInfo: { type: string; id: number }[];
  };
  const crashed = page.waitForEvent('crash');
  for (const renderer of processInfo.filter((info) => info.type === 'renderer')) process.kill(renderer.id, 'SIGKILL');
  await crashed;

  const fresh = await context.newPage();
  await fresh.goto(itemUrl);
  const again = new DebriefApp(fresh);
  await again.waitUntilLoaded();
  await expect(again.readingHeading()).toHaveText(talk);
  await expect(new TalkAnnotations(fresh).renderedNote()).toContainText('Written just before the crash');
});

test('Markdown in a note cannot run script, and the text typed is kept', async ({ app, page }) => {
  const talkPage = await openTalk(app);
  await page.evaluate(() => {
    (window as unknown as { __ran?: string[] }).__ran = [];
  });
  const hostile = [
    'Before <img src=x onerror="window.__ran.push(\'img\')"> after',
    '<script>window.__ran.push("script")</script>',
    '[click me](javascript:window.__ran.push("link"))',
    '<a href="javascript:window.__ran.push(\'raw link\')">raw link</a>',
  ].join('\n\n');
  await talkPage.writeNote(hostile);
  await talkPage.notesSection.getByRole('button', { name: 'Done' }).click();

  const rendered = talkPage.renderedNote();
  await expect(rendered).toContainText('Before');
  await expect(rendered).toContainText('after');
  await expect(rendered).toContainText('click me');
  await rendered.getByText('click me').click();
  await rendered.getByText('raw link').click();
  // The sanitiser removed every way to run code (the CSP would also block them; both must hold).
  const dangerous = await rendered.evaluate((root) => ({
    scripts: root.querySelectorAll('script').length,
    handlers: [...root.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on')))
      .length,
    javascriptLinks: [...root.querySelectorAll('[href]')].filter((el) =>
      /^\s*javascript:/i.test(el.getAttribute('href') ?? ''),
    ).length,
  }));
  expect(dangerous).toEqual({ scripts: 0, handlers: 0, javascriptLinks: 0 });
  expect(await page.evaluate(() => (window as unknown as { __ran: string[] }).__ran)).toEqual([]);

  await talkPage.notesSection.getByRole('button', { name: 'Edit notes' }).click();
  await expect(talkPage.notesBox()).toHaveValue(hostile);
});

test('a failed write says what was not saved and keeps the text in the editor', async ({ app, page }) => {
  const talkPage = await openTalk(app);
  // The disk is full: every IndexedDB write fails the way Chromium reports it.
  await page.evaluate(() => {
    const original = IDBObjectStore.prototype.put;
    const target = window as unknown as { __restorePut: () => void };
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    target.__restorePut = () => {
      IDBObjectStore.prototype.put = original;
    };
  });
  await talkPage.notesBox().fill('A thought I must not lose');
  const alert = talkPage.notesSection.getByRole('alert');
  await expect(alert).toContainText(`Your note on “${talk}” was not saved`);
  await expect(alert).toContainText('storage quota exceeded');
  await expect(talkPage.noteStatus()).toHaveText('Not saved');
  await expect(talkPage.notesBox()).toHaveValue('A thought I must not lose');

  await page.evaluate(() => (window as unknown as { __restorePut: () => void }).__restorePut());
  await alert.getByRole('button', { name: 'Try saving again' }).click();
  await expect(talkPage.noteStatus()).toHaveText('Saved');
  await expect(alert).toHaveCount(0);
  await page.reload();
  await app.waitUntilLoaded();
  await expect(talkPage.renderedNote()).toContainText('A thought I must not lose');
});

// A recap the test may edit: a copy of tests/fixtures/annotations/recap in the test's own folder.
const editableRecap = test.extend<{ talkFile: string }>({
  contentDir: async ({ workDir }, use) => {
    const dir = join(workDir, 'content');
    await cp(resolve(import.meta.dirname, '..', 'fixtures', 'annotations', 'recap'), dir, { recursive: true });
    await use(dir);
  },
  talkFile: async ({ contentDir }, use) => use(join(contentDir, 'demo-recap', 'items', 'release-trains.md')),
});

editableRecap(
  'highlights find their passage again after the recap text changes; one whose passage is gone is kept as orphaned',
  async ({ app, page, talkFile }) => {
    await app.openSection(/^Day 1\b/);
    await app.openItem(/Release Trains Without Tears/);
    const talkPage = new TalkAnnotations(page);
    const moved = 'deploy freeze switch that any engineer may pull';
    const edited = 'Canary releases go to five percent of traffic';
    const deleted = 'Anything not ready waits for the next one';
    for (const [passage, color] of [
      [moved, 'Yellow'],
      [edited, 'Blue'],
      [deleted, 'Pink'],
    ] as const) {
      await talkPage.selectPassage(passage);
      await talkPage.highlightSelection({ color });
      await expect(talkPage.highlightCard(passage.slice(0, 20))).toBeVisible();
    }
    await expect.poll(() => talkPage.paintedPassages('pink')).toEqual([deleted]);

    // The recap's author rewrites the talk: a new opening paragraph, one sentence edited, one removed.
    const original = await readFile(talkFile, 'utf8');
    const rewritten = original
      .replace("The speaker's team", 'Update: slides are online.\n\nThe speaker’s team')
      .replace('five percent', 'ten percent')
      .replace(' Anything not ready waits for the next one.', '');
    expect(rewritten).not.toBe(original);
    await writeFile(talkFile, rewritten);

    await page.reload();
    await app.waitUntilLoaded();
    await expect(app.readingPane).toContainText('Update: slides are online.');
    await expect.poll(() => talkPage.paintedPassages('yellow')).toEqual([moved]);
    await expect.poll(() => talkPage.paintedPassages('blue')).toEqual(['Canary releases go to ten percent of traffic']);
    await expect(talkPage.highlightCard(edited.slice(0, 20))).toContainText('The text changed a little');
    expect(await talkPage.paintedPassages('pink')).toEqual([]);
    const orphan = talkPage.highlightCard(deleted.slice(0, 20));
    await expect(orphan).toContainText('Not found in the talk’s current text');
    await expect(orphan).toContainText(deleted);
    await expect(talkPage.highlightList.getByRole('article')).toHaveCount(3);
  },
);

test('the annotation controls and views pass an accessibility check', async ({ app, page }) => {
  const talkPage = await openTalk(app);
  await talkPage.writeNote('Check the runbooks');
  await talkPage.selectPassage(passage);
  // The selection toolbar is checked open, then used.
  await expect(talkPage.selectionToolbar).toBeVisible();
  const toolbar = await new AxeBuilder({ page }).include('.selection-popup').analyze();
  expect(toolbar.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  await talkPage.highlightSelection();
  await expect(talkPage.highlightCard(/one control/)).toBeVisible();
  const onTalk = await new AxeBuilder({ page }).include('.personal-state').include('.annotations').analyze();
  expect(onTalk.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);

  for (const view of [new AnnotationsView(page), new TrashView(page)]) {
    await view.open();
    const result = await new AxeBuilder({ page }).include('.reading').analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  }
});
