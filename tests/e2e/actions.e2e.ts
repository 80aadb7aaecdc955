// Action-item journeys through the real UI: add action items on two talks (Enter, and "Make action
// item" from a selection), mark one done, find the open ones in the Actions view, export them to CSV
// and iCalendar through the save dialog and read the files back with real parsers; JSON export →
// wipe → import gives back the same items; bulk changes with Undo; "Copy as GitHub issue".
import AxeBuilder from '@axe-core/playwright';
import ICAL from 'ical.js';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import { expect, test } from './fixtures';
import { TalkActions } from './pages/action-talk';
import { ActionsViewPage } from './pages/action-view';
import type { DebriefApp } from './pages/debrief-app';
import { clearStore, putRecords, readRecords } from './pages/user-database';

const recovery = 'Effective Disaster Recovery: The Day We Deleted Production';
const autoscaling = 'Autoscaling Kubernetes Deployments: A (Mostly) Practical Guide';
const passage = 'one control that stops every deployment and rollout';

const freeze = 'Propose a "deploy freeze" switch, for everyone';
const quoted = 'Build the big red button';
const tune = 'Tune the HPA on staging';

interface StoredAction {
  id: string;
  itemId: string;
  title: string;
  status: string;
  owner?: string;
  due?: string;
  priority?: string;
  notes: string;
  sourceQuote?: string;
  completedAt?: string;
}

async function openTalk(app: DebriefApp, title: string, day: RegExp = /^Day 1\b/): Promise<TalkActions> {
  await app.openSection(day);
  await app.openItem(title);
  await expect(app.readingHeading()).toHaveText(title);
  return new TalkActions(app.page);
}

test('adds action items on two talks, marks one done, exports the open ones to CSV and iCalendar', async ({
  app,
  page,
  dialogs,
  workDir,
}) => {
  const onRecovery = await openTalk(app, recovery);
  await onRecovery.add(freeze);
  await onRecovery.type(freeze, 'Owner', 'Zoë');
  await onRecovery.type(freeze, 'Notes', 'Ask the SRE team first,\nthen "announce" it 🚀');
  await onRecovery.setDue(freeze, '2020-01-10');
  await onRecovery.choose(freeze, 'Priority', 'High');
  // Long past its due date and still open: it says so in words.
  await expect(onRecovery.card(freeze).getByText('Overdue', { exact: true })).toBeVisible();

  await onRecovery.selectPassage(passage);
  await expect(onRecovery.section).toContainText(`Selected in the text: “${passage}”`);
  await onRecovery.makeFromSelection(quoted);
  await expect(onRecovery.card(quoted)).toContainText(passage);
  await expect(onRecovery.card(quoted).getByRole('textbox', { name: 'Title' })).toBeFocused();

  const onAutoscaling = await openTalk(app, autoscaling);
  await onAutoscaling.add(tune);
  await onAutoscaling.choose(tune, 'Status', 'Done');
  await expect(onAutoscaling.card(tune).getByText(/^Done \d/)).toBeVisible();

  const stored = await readRecords<StoredAction>(page, 'actions');
  expect(stored.map((a) => [a.title, a.status, a.itemId.split('/')[1]]).sort()).toEqual([
    [quoted, 'open', 'effective-disaster-recovery'],
    [freeze, 'open', 'effective-disaster-recovery'],
    [tune, 'done', 'autoscaling-kubernetes-deployments'],
  ]);
  expect(stored.find((a) => a.title === tune)?.completedAt).toEqual(expect.any(String));
  expect(stored.find((a) => a.title === quoted)?.sourceQuote).toBe(passage);
  expect(stored.find((a) => a.title === freeze)).toMatchObject({ owner: 'Zoë', due: '2020-01-10', priority: 'high' });

  const actions = new ActionsViewPage(page);
  await actions.open();
  await expect(actions.rows).toHaveCount(3);
  await expect(actions.row(freeze).getByText('Overdue', { exact: true })).toBeVisible();
  await actions.choose('Status', 'Open');
  await expect(actions.rows).toHaveCount(2);
  await expect(actions.row(tune)).toHaveCount(0);

  dialogs.savePath = join(workDir, 'open.csv');
  await actions.exportAs('CSV spreadsheet');
  await expect(actions.exportStatus()).toHaveText(`Saved to ${dialogs.savePath}: 2 action items.`);
  const csv = Papa.parse<Record<string, string>>(await readFile(dialogs.savePath, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });
  expect(csv.errors).toEqual([]);
  const csvRows = [...csv.data].sort((a, b) => a.Title!.localeCompare(b.Title!));
  expect(csvRows.map((row) => [row.Title, row.Status, row.Owner, row.Due, row.Priority, row.Talk])).toEqual([
    [quoted, 'open', '', '', '', recovery],
    [freeze, 'open', 'Zoë', '2020-01-10', 'high', recovery],
  ]);
  expect(csvRows[1]!.Notes).toBe('Ask the SRE team first,\nthen "announce" it 🚀');
  expect(csvRows[0]!['Source quote']).toBe(passage);

  dialogs.savePath = join(workDir, 'open.ics');
  await actions.exportAs('iCalendar to-dos');
  const calendar = new ICAL.Component(ICAL.parse(await readFile(dialogs.savePath, 'utf8')));
  const todos = calendar.getAllSubcomponents('vtodo');
  const byTitle = new Map(todos.map((todo) => [String(todo.getFirstPropertyValue('summary')), todo]));
  expect([...byTitle.keys()].sort()).toEqual([quoted, freeze]);
  const freezeTodo = byTitle.get(freeze)!;
  expect(freezeTodo.getFirstPropertyValue('status')).toBe('NEEDS-ACTION');
  expect(String(freezeTodo.getFirstPropertyValue('due'))).toBe('2020-01-10');
  expect(freezeTodo.getFirstPropertyValue('priority')).toBe(1);
  expect(String(freezeTodo.getFirstPropertyValue('description'))).toContain('then "announce" it 🚀');
  expect(String(freezeTodo.getFirstPropertyValue('url'))).toMatch(/^https:\/\/www\.youtube\.com\//);

  // The selection, not the filter, when something is checked.
  await actions.select(freeze);
  dialogs.savePath = join(workDir, 'one.csv');
  await actions.exportAs('CSV spreadsheet');
  await expect(actions.exportStatus()).toHaveText(`Saved to ${dialogs.savePath}: 1 action item.`);
});

const stamp = '2024-05-20T09:00:00.000Z';
const seeded = [
  {
    id: 'seed-1',
    itemId: 'kubecon-eu-2022/effective-disaster-recovery',
    title: 'Quotes " and commas, and emoji 👩🏽‍💻',
    notes: 'line one\r\nline two\n\n' + 'long '.repeat(400),
    status: 'in progress',
    priority: 'medium',
    owner: 'مرحبا',
    due: '2024-06-01',
    tags: ['ops', 'dr, team'],
    sourceQuote: passage,
    createdAt: stamp,
    updatedAt: stamp,
  },
  {
    id: 'seed-2',
    itemId: 'kubecon-eu-2022/autoscaling-kubernetes-deployments',
    title: 'Done already',
    notes: '',
    status: 'done',
    tags: [],
    createdAt: stamp,
    updatedAt: '2024-05-21T09:00:00.000Z',
    completedAt: '2024-05-21T09:00:00.000Z',
  },
  {
    id: 'seed-3',
    itemId: 'kubecon-eu-2022/no-longer-in-the-recap',
    title: 'On a talk that is gone',
    notes: '',
    status: 'dropped',
    tags: [],
    createdAt: stamp,
    updatedAt: stamp,
  },
];

const byId = (a: { id: string }, b: { id: string }): number => a.id.localeCompare(b.id);

test('JSON export → wipe → import gives back exactly the same action items; a bad file changes nothing', async ({
  app,
  page,
  dialogs,
  workDir,
}) => {
  await putRecords(page, 'actions', seeded);
  const actions = new ActionsViewPage(page);
  await actions.open();
  await expect(actions.rows).toHaveCount(3);

  dialogs.savePath = join(workDir, 'actions.json');
  await actions.exportAs('Debrief actions (JSON)');

  await clearStore(page, 'actions');
  await page.reload();
  await app.waitUntilLoaded();
  await expect(actions.view.getByText('No action items yet.')).toBeVisible();

  dialogs.openPath = dialogs.savePath;
  await actions.startImport();
  await expect(actions.importPreview()).toContainText('3 will be added, 0 changed, 0 unchanged');
  // Nothing is written before the user says Import.
  expect(await readRecords(page, 'actions')).toEqual([]);
  await actions.importPreview().getByRole('button', { name: 'Import', exact: true }).click();
  await expect(actions.rows).toHaveCount(3);
  expect((await readRecords<{ id: string }>(page, 'actions')).sort(byId)).toEqual([...seeded].sort(byId));

  // The same file again: nothing to add or change.
  await actions.startImport();
  await expect(actions.importPreview()).toContainText('0 will be added, 0 changed, 3 unchanged');
  await actions.importPreview().getByRole('button', { name: 'Cancel' }).click();
  await expect(actions.importPreview()).toHaveCount(0);

  for (const [name, text, reason] of [
    ['notes.json', 'Title,Status\nA,open', /not JSON/],
    ['newer.json', '{"format":"debrief-actions","version":7,"actions":[]}', /newer Debrief/],
  ] as const) {
    dialogs.openPath = join(workDir, name);
    await writeFile(dialogs.openPath, text);
    await actions.startImport();
    const alert = actions.view.getByRole('alert');
    await expect(alert).toContainText(`${name} cannot be imported: `);
    await expect(alert).toContainText(reason);
    await expect(alert).toContainText('Nothing was changed.');
    await expect(actions.importPreview()).toHaveCount(0);
  }
  expect((await readRecords<{ id: string }>(page, 'actions')).sort(byId)).toEqual([...seeded].sort(byId));
});

test('bulk status change and delete with Undo; filters by owner and tag; grouped by status', async ({ app, page }) => {
  await app.waitUntilLoaded();
  await putRecords(page, 'actions', seeded);
  const actions = new ActionsViewPage(page);
  await actions.open();

  await actions.choose('Tag', 'ops');
  await expect(actions.rows).toHaveCount(1);
  await actions.choose('Tag', 'Any tag');
  await actions.choose('Owner', 'مرحبا');
  await expect(actions.rows).toHaveCount(1);
  await actions.view.getByRole('button', { name: 'Clear filters' }).click();
  await expect(actions.rows).toHaveCount(3);

  await actions.choose('Group by', 'Status');
  await expect(actions.view.getByRole('heading', { level: 2 })).toHaveText([
    'In progress (1)',
    'Done (1)',
    'Dropped (1)',
  ]);

  await actions.select('Done already');
  await actions.select('On a talk that is gone');
  const bulk = actions.view.getByRole('group', { name: 'Change the selected action items' });
  await bulk.getByRole('combobox', { name: 'Set status of the selected to' }).selectOption({ label: 'Open' });
  await bulk.getByRole('button', { name: 'Apply status' }).click();
  await expect(actions.view.getByRole('heading', { level: 2 })).toHaveText(['Open (2)', 'In progress (1)']);
  const reopened = await readRecords<StoredAction>(page, 'actions');
  expect(reopened.find((a) => a.id === 'seed-2')).not.toHaveProperty('completedAt');

  await actions.view.getByRole('checkbox', { name: 'Select all shown' }).check();
  await bulk.getByRole('button', { name: 'Delete selected' }).click();
  await expect(actions.rows).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: '3 action items deleted.' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(actions.rows).toHaveCount(3);

  await actions.select('Done already');
  await bulk.getByRole('button', { name: 'Delete selected' }).click();
  await expect(actions.rows).toHaveCount(2);
  await actions.view.getByText('Deleted action items (1)').click();
  await actions.view.getByRole('button', { name: 'Restore “Done already”' }).click();
  await expect(actions.rows).toHaveCount(3);
});

test('"Copy as GitHub issue" asks for the repository once and opens a filled-in new-issue link', async ({
  app,
  context,
  page,
  dialogs,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const onRecovery = await openTalk(app, recovery);
  const card = await onRecovery.add(freeze);
  const github = card.getByRole('group', { name: /^GitHub issue for/ });

  await github.getByRole('button', { name: 'Copy as GitHub issue' }).click();
  await github.getByRole('textbox', { name: 'GitHub repository (owner/name)' }).fill('not a repo');
  await github.getByRole('button', { name: 'Save and copy' }).click();
  await expect(github.getByRole('alert')).toContainText('"not a repo" is not a GitHub repository');
  await github
    .getByRole('textbox', { name: 'GitHub repository (owner/name)' })
    .fill('https://github.com/acme/platform');
  await github.getByRole('button', { name: 'Save and copy' }).click();
  await expect(github.getByRole('status')).toContainText('acme/platform');

  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const url = new URL(copied);
  expect(url.origin + url.pathname).toBe('https://github.com/acme/platform/issues/new');
  expect(url.searchParams.get('title')).toBe(freeze);
  expect(url.searchParams.get('body')).toContain('Effective Disaster Recovery');

  await github.getByRole('button', { name: 'Open on GitHub' }).click();
  await expect.poll(() => dialogs.opened).toEqual([copied]);

  // Remembered: the second time there is no question.
  await page.reload();
  await app.waitUntilLoaded();
  await onRecovery.card(freeze).getByRole('button', { name: 'Copy as GitHub issue' }).click();
  await expect(onRecovery.card(freeze).getByRole('textbox', { name: /GitHub repository/ })).toHaveCount(0);
  await expect(onRecovery.card(freeze).getByRole('status').filter({ hasText: 'acme/platform' })).toBeVisible();
});

test('every action control has a name and the views pass an accessibility scan', async ({ app, page }) => {
  await putRecords(page, 'actions', seeded);
  const onRecovery = await openTalk(app, recovery);
  await expect(onRecovery.card(seeded[0]!.title)).toBeVisible();
  const onTalk = await new AxeBuilder({ page }).include('.item-actions').analyze();
  expect(onTalk.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);

  // Keyboard: Tab reaches the box, Enter adds.
  await onRecovery.newActionBox.focus();
  await page.keyboard.type('Added from the keyboard');
  await page.keyboard.press('Enter');
  await expect(onRecovery.card('Added from the keyboard')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(onRecovery.section.getByRole('button', { name: 'Add', exact: true })).toBeFocused();

  const actions = new ActionsViewPage(page);
  await actions.open();
  await actions.row(seeded[0]!.title).getByRole('button', { name: /^Edit/ }).click();
  const result = await new AxeBuilder({ page }).include('.reading').analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
});
