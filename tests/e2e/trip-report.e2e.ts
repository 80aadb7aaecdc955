// The trip report journeys: mark two talks, write a note (and a private one), highlight a passage,
// add action items for two owners; save the report as Markdown, HTML and PDF and read each back
// with a real parser; export to a notes-app folder twice; and a note full of the XSS corpus,
// exported to HTML and opened, runs nothing.
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from '@playwright/test';
import { execFile } from 'node:child_process';
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Marked, type Token, type Tokens } from 'marked';
import { parse as parseYaml } from 'yaml';
import { hostileDocument, survivingText } from '../fixtures/xss/corpus';
import { expect, test } from './fixtures';
import { TalkActions } from './pages/action-talk';
import { TalkAnnotations } from './pages/annotation-talk';
import { RecapReview } from './pages/recap-review';
import type { DebriefApp } from './pages/debrief-app';
import { TripReportReview } from './pages/trip-report-review';

const recovery = 'Effective Disaster Recovery: The Day We Deleted Production';
const backstage = 'Backstage: Restoring Order To Your Chaos';
const passage = 'one control that stops every deployment and rollout';
const sharedNote = 'Our **deploy freeze** switch, before the next release';
const privateNote = 'Only for me: ask about the budget';
const freeze = 'Propose a deploy freeze switch';
const portal = 'Try Backstage for our three teams';

async function openTalk(app: DebriefApp, title: string, day: RegExp): Promise<void> {
  await app.openSection(day);
  await app.openItem(title);
  await expect(app.readingHeading()).toHaveText(title);
}

/** Everything of the user's on two talks, as the journey's first step makes it. */
async function markTwoTalks(app: DebriefApp): Promise<void> {
  const page = app.page;
  await openTalk(app, recovery, /^Day 1\b/);
  const onRecovery = new TalkAnnotations(page);
  await onRecovery.starButton().click();
  await onRecovery.markButton('Must-see').click();
  await onRecovery.selectPassage(passage);
  await onRecovery.highlightSelection({ comment: 'The big red button' });
  await expect(onRecovery.highlightCard(/one control that stops/)).toBeVisible();
  await onRecovery.writeNote(sharedNote);
  const recoveryActions = new TalkActions(page);
  await recoveryActions.add(freeze);
  await recoveryActions.type(freeze, 'Owner', 'Zoë');
  await recoveryActions.setDue(freeze, '2030-01-10');

  await openTalk(app, backstage, /^Day 2\b/);
  const onBackstage = new TalkAnnotations(page);
  await onBackstage.starButton().click();
  await onBackstage.markButton('Worth it').click();
  await onBackstage.writeNote(privateNote);
  await onBackstage.notesSection.getByRole('checkbox', { name: 'Private' }).check();
  const backstageActions = new TalkActions(page);
  await backstageActions.add(portal);
  await backstageActions.type(portal, 'Owner', 'Ravi');
}

const marked = new Marked({ gfm: true });

/** Every token of a Markdown document, nested ones included. */
function allTokens(tokens: Token[]): Token[] {
  return tokens.flatMap((token) => {
    const children: Token[] = [];
    if ('tokens' in token && Array.isArray(token.tokens)) children.push(...allTokens(token.tokens));
    if (token.type === 'list') children.push(...allTokens((token as Tokens.List).items));
    return [token, ...children];
  });
}

/** Opens a saved HTML page in a fresh context, scripts on, recording every request it makes. */
async function openSavedPage(browser: Browser, html: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests: string[] = [];
  const dialogs: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.setContent(html, { waitUntil: 'load' });
  return { context, page, requests, dialogs };
}

test('a trip report of two talks, as Markdown, HTML and PDF, each read back by a real parser', async ({
  app,
  page,
  browser,
  dialogs,
  workDir,
}) => {
  await markTwoTalks(app);
  const review = new TripReportReview(page);
  await review.openFromSidebar('Trip report…');
  // The private note is counted as left out; it goes in only when asked.
  await expect(review.summary()).toContainText('2 talks · 1 highlight · 1 note · 2 action items');
  await expect(review.summary()).toContainText('1 private note or highlight left out');
  await review.writePeople('Zoë and Ravi');
  if (process.env.DEBRIEF_SCREENSHOTS)
    await page.screenshot({ path: join(process.env.DEBRIEF_SCREENSHOTS, 'trip-report-review.png') });

  dialogs.savePath = join(workDir, 'report.md');
  expect(await review.save()).toContain(`saved to ${dialogs.savePath}`);
  const markdown = await readFile(dialogs.savePath, 'utf8');
  const tokens = allTokens(marked.lexer(markdown));
  const headings = tokens.filter((token): token is Tokens.Heading => token.type === 'heading');
  expect(headings[0]).toMatchObject({ depth: 1, text: expect.stringContaining('KubeCon') });
  expect(headings.map((heading) => heading.text)).toEqual(
    expect.arrayContaining([expect.stringMatching(/takeaways/i), recovery, expect.stringMatching(/^Day 2/)]),
  );
  expect(headings.filter((heading) => heading.text.includes('Backstage')).length).toBeGreaterThan(0);
  const quotes = tokens.filter((token) => token.type === 'blockquote').map((token) => token.raw);
  expect(quotes.some((quote) => quote.includes(passage))).toBe(true);
  const tasks = tokens.filter((token): token is Tokens.ListItem => token.type === 'list_item' && token.task);
  expect(tasks.map((task) => task.text)).toEqual(
    expect.arrayContaining([expect.stringContaining(freeze), expect.stringContaining(portal)]),
  );
  expect(markdown).toContain('Zoë and Ravi');
  expect(markdown).toContain('deploy freeze');
  expect(markdown).not.toContain(privateNote);
  expect(headings.map((heading) => heading.text)).toEqual(expect.arrayContaining(['Zoë', 'Ravi']));

  await review.chooseFormat(/^Web page/);
  dialogs.savePath = join(workDir, 'report.html');
  expect(await review.save()).toContain('saved to');
  const html = await readFile(dialogs.savePath, 'utf8');
  const opened = await openSavedPage(browser, html);
  try {
    await expect(opened.page.getByRole('heading', { level: 1 })).toContainText('KubeCon');
    // A heading under its day, and among the top takeaways a link down to it.
    await expect(opened.page.getByRole('heading', { name: recovery })).toHaveCount(1);
    const takeaways = opened.page.getByRole('region', { name: 'Top takeaways' });
    await expect(takeaways.getByRole('link', { name: recovery })).toHaveAttribute('href', /^#effective-disaster/);
    if (process.env.DEBRIEF_SCREENSHOTS)
      await opened.page.screenshot({ path: join(process.env.DEBRIEF_SCREENSHOTS, 'trip-report.png'), fullPage: true });
    await expect(opened.page.locator('blockquote', { hasText: passage }).first()).toBeVisible();
    await expect(opened.page.getByText(freeze).first()).toBeVisible();
    await expect(opened.page.getByText(portal).first()).toBeVisible();
    expect(await opened.page.content()).not.toContain(privateNote);
    const axe = await new AxeBuilder({ page: opened.page }).analyze();
    expect(axe.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    expect(opened.requests.filter((url) => url !== 'about:blank')).toEqual([]);
  } finally {
    await opened.context.close();
  }

  await review.chooseFormat(/^PDF/);
  dialogs.savePath = join(workDir, 'report.pdf');
  expect(await review.save()).toContain('saved to');
  const pdf = await readFile(dialogs.savePath);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const { stdout: text } = await promisify(execFile)('pdftotext', ['-layout', dialogs.savePath, '-']);
  const words = text.replace(/\s+/g, ' ');
  expect(words).toContain(recovery);
  expect(words).toContain(portal);
  expect(words).toContain(passage);
  // A page break per day: the second day's section starts a page of its own.
  const pages = text.split('\f');
  expect(pages.some((pageText) => /^\s*Day 2\b/.test(pageText))).toBe(true);
  await review.close();
});

test('exports to a notes-app folder twice: the second time changes only what changed and leaves the user’s own file', async ({
  app,
  page,
  dialogs,
  workDir,
}) => {
  await markTwoTalks(app);
  const vault = join(workDir, 'vault');
  await mkdir(vault);
  const ownFile = join(vault, 'My own notes.md');
  const ownText = '---\ntitle: Mine\n---\n\nNot Debrief’s.\n';
  await writeFile(ownFile, ownText);
  dialogs.exportFolder = vault;

  const review = new TripReportReview(page);
  await review.openFromSidebar('Export to notes app…');
  expect(await review.save()).toContain('2 files created, 0 updated, 0 unchanged');
  await review.close();
  const names = (await readdir(vault)).sort();
  expect(names).toHaveLength(3);
  const talkFiles = names.filter((name) => name !== 'My own notes.md');
  const files = await Promise.all(
    talkFiles.map(async (name) => ({ name, text: await readFile(join(vault, name), 'utf8') })),
  );
  const recoveryFile = files.find((file) => file.text.includes(recovery))!;
  const frontMatter = parseYaml(recoveryFile.text.split(/^---$/m)[1]!) as Record<string, unknown>;
  expect(frontMatter).toMatchObject({
    title: recovery,
    conference: expect.stringContaining('KubeCon'),
    'debrief-id': expect.stringContaining('effective-disaster-recovery'),
  });
  expect(frontMatter.speakers).toEqual(expect.any(Array));
  const body = allTokens(marked.lexer(recoveryFile.text.split(/^---$/m).slice(2).join('---')));
  expect(body.some((token) => token.type === 'blockquote' && token.raw.includes(passage))).toBe(true);
  expect(body.some((token) => token.type === 'list_item' && (token as Tokens.ListItem).task)).toBe(true);
  expect(files.some((file) => file.text.includes(privateNote))).toBe(false);
  const before = new Map(
    await Promise.all(talkFiles.map(async (name) => [name, (await stat(join(vault, name))).mtimeMs] as const)),
  );

  // Change one talk's note; the export writes that file and leaves the other as it was.
  await openTalk(app, recovery, /^Day 1\b/);
  const onRecovery = new TalkAnnotations(page);
  await onRecovery.notesSection
    .getByRole('button', { name: 'Edit notes' })
    .click()
    .catch(() => undefined);
  await onRecovery.writeNote(`${sharedNote}, and tell the SRE team`);
  await review.openFromSidebar('Export to notes app…');
  expect(await review.save()).toContain('0 files created, 1 updated, 1 unchanged');
  await review.close();
  expect((await readdir(vault)).sort()).toEqual(names);
  const recoveryName = recoveryFile.name;
  const otherName = talkFiles.find((name) => name !== recoveryName)!;
  expect(await readFile(join(vault, recoveryName), 'utf8')).toContain('tell the SRE team');
  expect((await stat(join(vault, otherName))).mtimeMs).toBe(before.get(otherName));
  expect(await readFile(ownFile, 'utf8')).toBe(ownText);

  // The vault imported back as a folder of notes: each exported talk finds its own talk again, for sure.
  const importBack = new RecapReview(page);
  await importBack.open(dialogs, [vault], true);
  for (const title of [recovery, backstage]) {
    await expect(importBack.linkOf(title).locator('option:checked')).toHaveText(
      new RegExp(`^${escapeRegExp(title)} \\(100%\\)`),
    );
  }
  await expect(importBack.dialog).toContainText('exported from Debrief');
  await importBack.dialog.getByRole('button', { name: 'Cancel' }).click();

  // The Annotations view says which note is private, so the user knows what stays out of exports.
  await app.recapNav.getByRole('link', { name: 'Annotations', exact: true }).click();
  const rows = page.getByRole('list', { name: 'Annotations' }).getByRole('listitem');
  await expect(rows.filter({ hasText: privateNote })).toContainText('Private');
  await expect(rows.filter({ hasText: 'deploy freeze switch' })).not.toContainText('Private');
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test('a note holding the XSS corpus, exported to HTML and opened, runs nothing and shows its text', async ({
  app,
  page,
  browser,
  dialogs,
  workDir,
}) => {
  await openTalk(app, recovery, /^Day 1\b/);
  const talk = new TalkAnnotations(page);
  await talk.writeNote(hostileDocument());
  const review = new TripReportReview(page);
  await review.openFromSidebar('Trip report…');
  await review.chooseFormat(/^Web page/);
  dialogs.savePath = join(workDir, 'hostile.html');
  expect(await review.save()).toContain('saved to');
  const opened = await openSavedPage(browser, await readFile(dialogs.savePath, 'utf8'));
  try {
    await opened.page.waitForTimeout(300);
    const found = await opened.page.evaluate(() => ({
      ran: (window as unknown as { __xss?: string[] }).__xss ?? [],
      scripts: document.querySelectorAll('script').length,
      frames: document.querySelectorAll('iframe, frame, object, embed, base').length,
      handlers: [...document.querySelectorAll('*')].flatMap((element) =>
        [...element.attributes].filter((attribute) => /^on/i.test(attribute.name)).map((a) => a.name),
      ),
    }));
    expect(found).toEqual({ ran: [], scripts: 0, frames: 0, handlers: [] });
    expect(opened.dialogs).toEqual([]);
    expect(opened.requests.filter((url) => url !== 'about:blank')).toEqual([]);
    await expect(opened.page.getByText(survivingText.plain).first()).toBeVisible();
  } finally {
    await opened.context.close();
  }
});
