// Exporting chosen action items through a stand-in save dialog, read back by real parsers; the
// GitHub repository setting and "copy as issue" link.
import 'fake-indexeddb/auto';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SaveFileRequest } from '../../../../electron/common/ipc-contract';
import { saveFileRequest } from '../../../../electron/common/ipc-contract';
import type { DebriefDatabase } from '../../../../renderer/src/lib/db/database';
import {
  describeExport,
  exportActions,
  getGithubRepo,
  githubIssueLink,
  githubRepoSetting,
  setGithubRepo,
} from '../../../../renderer/src/lib/actions/action-export';
import { exportFormat } from '../../../../renderer/src/lib/export/formats';
import { actionItem, openSeededDatabase } from '../../../fixtures/actions/recap';

let database: DebriefDatabase;
beforeEach(async () => {
  database = await openSeededDatabase('actions-export');
});
afterEach(async () => {
  database.close();
  await database.delete();
});

const context = { exportedAt: new Date('2024-05-22T08:00:00.000Z'), appVersion: 'test' };
const actions = [
  actionItem('a1', { title: 'Propose a "deploy freeze", now', owner: 'Zoë', due: '2024-05-24', tags: ['ops'] }),
  actionItem('a2', { itemId: 'demo/beta', status: 'done', completedAt: '2024-05-21T10:00:00.000Z' }),
  actionItem('a3', { itemId: 'other/gamma', notes: 'two\nlines', priority: 'low' }),
];

/** Runs an export and returns what main was asked to save, and the outcome. */
async function run(formatId: Parameters<typeof exportActions>[2], chosen = actions, answer: string | null = '/out/f') {
  const requests: SaveFileRequest[] = [];
  const outcome = await exportActions(database, chosen, formatId, context, async (request) => {
    requests.push(request);
    return answer;
  });
  return { outcome, request: requests[0]! };
}

describe('exporting the chosen actions', () => {
  it('hands main a valid save request whose CSV has one row per chosen action, with its talk', async () => {
    const { outcome, request } = await run('csv', [actions[0]!, actions[2]!]);
    expect(saveFileRequest.safeParse(request).success).toBe(true);
    expect(request).toMatchObject({
      suggestedName: 'debrief-actions-2024-05-22.csv',
      filters: [{ extensions: ['csv'] }],
    });
    const parsed = Papa.parse<Record<string, string>>(request.text, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((row) => [row.ID, row.Title, row.Owner, row.Talk, row.Conference])).toEqual([
      ['a1', 'Propose a "deploy freeze", now', 'Zoë', 'Alpha: the big red button', 'Demo Conf'],
      ['a3', 'Action a3', '', 'Gamma at the other summit', 'Other Summit'],
    ]);
    expect(outcome).toEqual({ path: '/out/f', written: 2, leftOut: 0 });
    expect(describeExport(outcome, exportFormat('csv'))).toBe('Saved to /out/f: 2 action items.');
  });

  it('writes an iCalendar file with one VTODO per action', async () => {
    const { request } = await run('ics');
    const calendar = new ICAL.Component(ICAL.parse(request.text));
    const todos = calendar.getAllSubcomponents('vtodo');
    expect(todos.map((todo) => [todo.getFirstPropertyValue('uid'), todo.getFirstPropertyValue('status')])).toEqual([
      ['a1@debrief', 'NEEDS-ACTION'],
      ['a2@debrief', 'COMPLETED'],
      ['a3@debrief', 'NEEDS-ACTION'],
    ]);
  });

  it('says how many finished actions a tracker format leaves out', async () => {
    const { outcome, request } = await run('jira');
    expect(request.suggestedName).toBe('debrief-actions-2024-05-22-jira.csv');
    expect(outcome).toEqual({ path: '/out/f', written: 2, leftOut: 1 });
    expect(describeExport(outcome, exportFormat('jira'))).toBe(
      'Saved to /out/f: 2 action items (1 done or dropped left out: Jira CSV is for work still to do).',
    );
  });

  it('never writes deleted actions, and says nothing when the dialog was cancelled', async () => {
    const deleted = actionItem('gone', { deletedAt: '2024-05-21T00:00:00.000Z' });
    const { outcome, request } = await run('json', [actions[0]!, deleted], null);
    expect(JSON.parse(request.text).actions.map((a: { id: string }) => a.id)).toEqual(['a1']);
    expect(outcome.path).toBeNull();
    expect(describeExport(outcome, exportFormat('json'))).toBe('');
  });
});

describe('GitHub "copy as issue"', () => {
  it('remembers the repository once, tidied from a pasted link, as a backed-up setting', async () => {
    expect(await getGithubRepo(database)).toBeUndefined();
    expect(await setGithubRepo(database, ' https://github.com/acme/platform.git ')).toBe('acme/platform');
    expect(await getGithubRepo(database)).toBe('acme/platform');
    expect(githubRepoSetting).toMatch(/^setting:/);
  });

  it('refuses a repository that is not owner/name and keeps the one it had', async () => {
    await setGithubRepo(database, 'acme/platform');
    await expect(setGithubRepo(database, 'just-a-name')).rejects.toThrow(/"just-a-name" is not a GitHub repository/);
    expect(await getGithubRepo(database)).toBe('acme/platform');
  });

  it('links to the new-issue form with the title, the talk and the labels filled in', async () => {
    const link = await githubIssueLink(database, actions[0]!, 'acme/platform');
    if (!link.ok) throw new Error(link.error);
    const url = new URL(link.url);
    expect(url.origin + url.pathname).toBe('https://github.com/acme/platform/issues/new');
    expect(url.searchParams.get('title')).toBe('Propose a "deploy freeze", now');
    expect(url.searchParams.get('body')).toContain('Alpha: the big red button');
    expect(url.searchParams.get('labels')).toBe('ops');
  });
});
