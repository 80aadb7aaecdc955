// The toolbar that floats at a selection in a talk's text: with the mouse (drag over a passage,
// pick a color, comment, make an action item), with the keyboard alone (`h`, arrows, Enter, Esc),
// and inside the window at 640×480, in both color schemes.
import { expect, test } from './fixtures';
import { TalkActions } from './pages/action-talk';
import { TalkAnnotations } from './pages/annotation-talk';
import type { DebriefApp } from './pages/debrief-app';
import { dragOverText } from './pages/select-text';

const talk = 'Effective Disaster Recovery: The Day We Deleted Production';

async function openTalk(app: DebriefApp): Promise<TalkAnnotations> {
  await app.openSection(/^Day 1\b/);
  await app.openItem(/Effective Disaster Recovery/);
  await expect(app.readingHeading()).toHaveText(talk);
  return new TalkAnnotations(app.page);
}

test('with the mouse: a drag brings the toolbar to the passage; a color, a comment or an action item', async ({
  app,
  page,
}) => {
  const talkPage = await openTalk(app);
  const text = page.locator('.item-body');

  // A real drag: the toolbar shows once the button is up, next to the passage, without taking focus.
  const passage = 'one control that stops every deployment and rollout';
  const selected = await dragOverText(text, passage);
  expect(await page.evaluate(() => document.getSelection()?.toString())).toBe(passage);
  await expect(talkPage.selectionToolbar).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Selection toolbar open' })).toHaveCount(1);
  expect(await talkPage.selectionToolbar.evaluate((toolbar) => toolbar.contains(document.activeElement))).toBe(false);
  const box = (await talkPage.selectionToolbar.boundingBox())!;
  // Just above the selection (or just below it), and overlapping it across the page.
  const gap = Math.min(Math.abs(selected.y - (box.y + box.height)), Math.abs(box.y - (selected.y + selected.height)));
  expect(gap).toBeLessThan(24);
  expect(box.x).toBeLessThan(selected.x + selected.width);
  expect(box.x + box.width).toBeGreaterThan(selected.x);

  await talkPage.swatch('Green').click();
  await expect(talkPage.selectionToolbar).toBeHidden();
  await expect.poll(() => talkPage.paintedPassages('green')).toEqual([passage]);
  await expect(talkPage.highlightCard(/one control that stops/)).toBeVisible();

  // "Comment" highlights, then a small field takes the comment; Enter saves it.
  const commented = 'treat failures as problems with the system';
  await dragOverText(text, commented);
  await talkPage.selectionToolbar.getByRole('button', { name: 'Comment', exact: true }).click();
  await expect(talkPage.toolbarComment).toBeFocused();
  await talkPage.toolbarComment.fill('Say this at the retro');
  await talkPage.toolbarComment.press('Enter');
  await expect(talkPage.toolbarComment).toBeHidden();
  await expect(
    talkPage.highlightCard(/treat failures as problems/).getByRole('textbox', { name: 'Comment' }),
  ).toHaveValue('Say this at the retro');
  await expect.poll(() => talkPage.paintedPassages('yellow')).toEqual([commented]);

  // "Make action item" quotes the passage.
  const quoted = 'The author thought their own company could use one';
  await dragOverText(text, quoted);
  await talkPage.selectionToolbar.getByRole('button', { name: 'Make action item' }).click();
  await expect(talkPage.selectionToolbar).toBeHidden();
  const card = new TalkActions(page).card(quoted);
  await expect(card).toBeVisible();
  await expect(card).toContainText(quoted);

  // Clicking elsewhere in the text collapses the selection, and the toolbar goes.
  await dragOverText(text, 'They walked through the recovery');
  await expect(talkPage.selectionToolbar).toBeVisible();
  await page.mouse.click(5, 5);
  await expect(talkPage.selectionToolbar).toBeHidden();
});

test('with the keyboard alone: h moves into the toolbar, the arrows pick a color, Enter highlights, Esc closes', async ({
  app,
  page,
}) => {
  const talkPage = await openTalk(app);
  const pane = app.readingPane;
  await pane.focus();

  // Chromium has no keyboard selection in text that is not editable (outside caret browsing), so
  // the selection is set in the page as Shift+arrows would make it; everything after it is keys.
  await talkPage.selectPassage('a one-line configuration change');
  await page.keyboard.press('h');
  await expect(talkPage.swatch('Yellow')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(talkPage.swatch('Green')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(talkPage.selectionToolbar.getByRole('button', { name: 'Make action item' })).toBeFocused();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(talkPage.selectionToolbar).toBeHidden();
  await expect.poll(() => talkPage.paintedPassages('green')).toEqual(['a one-line configuration change']);
  await expect(pane).toBeFocused();

  // Esc closes the toolbar, gives focus back and keeps the selection, so `h` can try again.
  const retried = 'They walked through the recovery';
  await talkPage.selectPassage(retried);
  await page.keyboard.press('h');
  await expect(talkPage.swatch('Yellow')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(talkPage.selectionToolbar).toBeHidden();
  await expect(pane).toBeFocused();
  expect(await page.evaluate(() => document.getSelection()?.toString())).toBe(retried);
  await page.keyboard.press('h');
  await expect(talkPage.swatch('Yellow')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(talkPage.highlightCard(/They walked through/)).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the toolbar stays inside the window at 640×480, ${colorScheme}`, async ({ app, page }) => {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 640, height: 480 });
    const talkPage = await openTalk(app);
    const text = page.locator('.item-body');
    for (const passage of ['Rick Spencer', 'as soon', 'The author thought their own company could use one']) {
      await dragOverText(text, passage);
      await expect(talkPage.selectionToolbar).toBeVisible();
      const box = (await page.locator('.selection-popup').boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(640);
      expect(box.y + box.height).toBeLessThanOrEqual(480);
      for (const name of ['Yellow', 'Green', 'Blue', 'Pink', 'Comment', 'Make action item'])
        await expect(talkPage.selectionToolbar.getByRole('button', { name, exact: true })).toBeInViewport({ ratio: 1 });
    }
    await page.screenshot({ path: `/tmp/shots/selection-toolbar-640-${colorScheme}.png` });
    await page.setViewportSize({ width: 1280, height: 820 });
    await dragOverText(text, 'one control that stops every deployment and rollout');
    await expect(talkPage.selectionToolbar).toBeVisible();
    await page.screenshot({ path: `/tmp/shots/selection-toolbar-1280-${colorScheme}.png` });
  });
}
