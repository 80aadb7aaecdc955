// Keyboard first: the command palette, the shortcuts help sheet, the single-key shortcuts, and
// the main journey — search, open a talk, highlight, note, action item, export — without a click.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { TalkActions } from './pages/action-talk';
import { TalkAnnotations } from './pages/annotation-talk';
import { CommandPalette } from './pages/command-palette';
import { SearchBox } from './pages/search-box';

const recovery = 'Effective Disaster Recovery: The Day We Deleted Production';
const passage = 'one control that stops every deployment and rollout';

test('the palette lists every command with its shortcut, filters as you type, runs on Enter and closes on Esc', async ({
  app,
  page,
}) => {
  const palette = new CommandPalette(page);
  await palette.open();
  await expect(palette.options.filter({ hasText: 'Show all commands' })).toContainText(/Ctrl\+Shift\+P|⌘⇧P/);
  await expect(palette.options.filter({ hasText: 'Next talk in the list' })).toContainText('J');
  await expect(palette.options.filter({ hasText: 'Open Backups' })).toBeVisible();
  expect(await palette.options.count()).toBeGreaterThanOrEqual(14);

  await page.keyboard.type('open act');
  await expect(palette.options).toHaveText([/^Open Actions/]);
  await page.keyboard.press('Escape');
  await expect(palette.dialog).toBeHidden();
  await expect(page).not.toHaveURL(/#\/actions$/);

  await palette.open();
  await page.keyboard.type('annotations');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(palette.dialog).toBeHidden();
  await expect(page).toHaveURL(/#\/annotations$/);
  await expect(app.readingHeading()).toHaveText(/Annotations/);

  // A command that opens another dialog: the palette makes way for the quick switcher.
  await palette.run('Go to talk');
  await expect(new SearchBox(page).switcher).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Go to talk' })).toBeFocused();
});

test('`?` opens a sheet listing every shortcut; Esc closes it', async ({ app, page }) => {
  const palette = new CommandPalette(page);
  await app.readingHeading().focus();
  await page.keyboard.press('Shift+?');
  await expect(palette.help).toBeVisible();
  const rows = await palette.helpRows();
  expect(rows).toContainEqual(['Next talk in the list', 'J or Alt+↓']);
  expect(rows).toContainEqual(['Show all commands', 'Ctrl+Shift+P']);
  expect(rows).toContainEqual(['Star or unstar this talk', 'S']);
  expect(rows).toContainEqual(['Search the recap', 'Ctrl+K or /']);
  await page.keyboard.press('Escape');
  await expect(palette.help).toBeHidden();
});

test('j and k step through the list, s stars, and single keys stay quiet while typing', async ({ app, page }) => {
  await app.openSection(/^Day 1\b/);
  const titles = await app.itemList.getByRole('link').locator('.item-title').allTextContents();
  expect(titles.length).toBeGreaterThan(2);

  await app.readingHeading().focus();
  await page.keyboard.press('j');
  await expect(app.readingHeading()).toHaveText(titles[0]!);
  await page.keyboard.press('j');
  await expect(app.readingHeading()).toHaveText(titles[1]!);
  await page.keyboard.press('Alt+ArrowDown');
  await expect(app.readingHeading()).toHaveText(titles[2]!);
  await page.keyboard.press('k');
  await expect(app.readingHeading()).toHaveText(titles[1]!);
  await page.keyboard.press('Alt+ArrowUp');
  await expect(app.readingHeading()).toHaveText(titles[0]!);
  await page.keyboard.press('k');
  await expect(page.getByRole('status').filter({ hasText: 'This is the first talk in the list.' })).toBeAttached();
  await expect(app.readingHeading()).toHaveText(titles[0]!);

  const star = new TalkAnnotations(page).starButton();
  await expect(star).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('s');
  await expect(star).toHaveAttribute('aria-pressed', 'true');

  // Typed into the search box, the same letters are text, not commands.
  const search = new SearchBox(page);
  await page.keyboard.press('ControlOrMeta+k');
  await page.keyboard.type('jks');
  await expect(search.input).toHaveValue('jks');
  await expect(star).toHaveAttribute('aria-pressed', 'true');
  await expect(app.readingHeading()).toHaveText(titles[0]!);
});

test('the main journey with the keyboard alone: search, open, highlight, note, action item, export', async ({
  app,
  page,
  workDir,
  dialogs,
}) => {
  const search = new SearchBox(page);
  const annotations = new TalkAnnotations(page);
  const actions = new TalkActions(page);

  // Search and open the talk.
  await page.keyboard.press('/');
  await expect(search.input).toBeFocused();
  await page.keyboard.type('deleted production');
  await search.openTopResult(recovery);
  await expect(app.readingHeading()).toHaveText(recovery);

  // Selecting text with the keyboard alone is not something Chromium offers outside editable
  // text, so the selection is made in the page (as Shift+arrows would in caret browsing); the
  // rest is keys: `h` moves focus into the selection toolbar, Enter takes its first color.
  await annotations.selectPassage(passage);
  await page.keyboard.press('h');
  await expect(annotations.swatch('Yellow')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(annotations.highlightCard(/one control that stops/)).toBeVisible();
  await expect(annotations.selectionToolbar).toBeHidden();

  // `n` opens the note box; Tab leaves it so the next single key is a command again.
  await page.keyboard.press('n');
  const notes = app.readingPane.getByRole('textbox', { name: 'Notes', exact: true });
  await expect(notes).toBeFocused();
  await page.keyboard.type('Try a deploy freeze switch on staging');
  await expect(notes).toHaveValue('Try a deploy freeze switch on staging');
  await page.keyboard.press('Tab');

  // `a` goes to the new action item box; Enter adds it.
  await page.keyboard.press('a');
  await expect(actions.newActionBox).toBeFocused();
  await page.keyboard.type('Add a freeze switch to our deploy pipeline');
  await page.keyboard.press('Enter');
  await expect(actions.card('Add a freeze switch to our deploy pipeline')).toBeVisible();

  // Export from the Actions view: the command focuses the format, Tab reaches the button.
  const savePath = join(workDir, 'actions.md');
  dialogs.savePath = savePath;
  await page.keyboard.press('ControlOrMeta+Shift+E');
  const exportGroup = page.getByRole('group', { name: /^Export / });
  await expect(exportGroup.getByRole('combobox', { name: 'Export format' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(exportGroup.getByRole('button', { name: /^Export .*…$/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(exportGroup.getByRole('status')).toContainText(`Saved to ${savePath}`);
  expect(await readFile(savePath, 'utf8')).toContain('Add a freeze switch to our deploy pipeline');

  // The note was saved on the way.
  await page.keyboard.press('ControlOrMeta+Shift+L');
  await expect(page.getByRole('main', { name: 'Reading pane' })).toContainText('Try a deploy freeze switch on staging');
});
