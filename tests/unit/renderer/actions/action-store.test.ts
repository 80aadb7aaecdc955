// Writing action items: adding, editing every field, status and completion time, bulk changes,
// soft delete and restore, and the queries the views use.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DebriefDatabase } from '../../../../renderer/src/lib/db/database';
import {
  applyActionChanges,
  createAction,
  deleteActions,
  isIsoDate,
  restoreActions,
  setActionsStatus,
  updateAction,
} from '../../../../renderer/src/lib/actions/action-store';
import {
  listActionRows,
  listDeletedActionRows,
  listItemActions,
} from '../../../../renderer/src/lib/actions/action-queries';
import { listUsedTags } from '../../../../renderer/src/lib/annotations/annotation-queries';
import { actionItem, openSeededDatabase } from '../../../fixtures/actions/recap';

let database: DebriefDatabase;
beforeEach(async () => {
  database = await openSeededDatabase('actions');
});
afterEach(async () => {
  database.close();
  await database.delete();
});

describe('adding', () => {
  it('stores an open action with a tidy title, the quote that prompted it, and nothing else set', async () => {
    const added = await createAction(database, {
      itemId: 'demo/alpha',
      title: '  Propose a   deploy freeze\nswitch ',
      sourceQuote: '  one control that stops every deployment \n',
    });
    const stored = await database.actions.get(added.id);
    expect(stored).toEqual({
      id: added.id,
      itemId: 'demo/alpha',
      title: 'Propose a deploy freeze switch',
      notes: '',
      status: 'open',
      tags: [],
      sourceQuote: 'one control that stops every deployment',
      createdAt: added.createdAt,
      updatedAt: added.createdAt,
    });
    expect(Object.keys(stored!)).not.toContain('completedAt');
  });

  it('refuses a title of only spaces and stores nothing', async () => {
    await expect(createAction(database, { itemId: 'demo/alpha', title: ' \n\t ' })).rejects.toThrow(/needs a title/);
    expect(await database.actions.count()).toBe(0);
  });
});

describe('editing', () => {
  it('sets and clears notes, owner, due, priority and tags, keeping fields it was not given', async () => {
    const { id } = await createAction(database, { itemId: 'demo/alpha', title: 'Try it', sourceQuote: 'the quote' });
    await updateAction(database, id, {
      notes: 'On staging first,\nthen prod',
      owner: ' me ',
      due: '2024-05-24',
      priority: 'high',
      tags: ['#ops', 'OPS', ' dr '],
    });
    expect(await database.actions.get(id)).toMatchObject({
      title: 'Try it',
      notes: 'On staging first,\nthen prod',
      owner: 'me',
      due: '2024-05-24',
      priority: 'high',
      tags: ['ops', 'dr'],
      sourceQuote: 'the quote',
    });

    await updateAction(database, id, { owner: '', due: undefined, priority: undefined, sourceQuote: '' });
    const cleared = await database.actions.get(id);
    for (const key of ['owner', 'due', 'priority', 'sourceQuote']) expect(Object.keys(cleared!)).not.toContain(key);
    expect(cleared).toMatchObject({ notes: 'On staging first,\nthen prod', tags: ['ops', 'dr'] });
  });

  it('refuses a due date that is not a real day, a bad status or priority, and changes nothing', async () => {
    const { id } = await createAction(database, { itemId: 'demo/alpha', title: 'Try it' });
    const before = await database.actions.get(id);
    await expect(updateAction(database, id, { due: '2024-02-30' })).rejects.toThrow(/"2024-02-30" is not a due date/);
    await expect(updateAction(database, id, { due: 'Friday' })).rejects.toThrow(/YYYY-MM-DD/);
    await expect(updateAction(database, id, { status: 'finished' as 'done' })).rejects.toThrow(/Unknown action status/);
    await expect(updateAction(database, id, { priority: 'urgent' as 'high' })).rejects.toThrow(/Unknown priority/);
    await expect(updateAction(database, id, { title: '   ' })).rejects.toThrow(/needs a title/);
    await expect(updateAction(database, 'missing', { notes: 'x' })).rejects.toThrow(/no action item with id missing/);
    expect(await database.actions.get(id)).toEqual(before);
  });

  it('records when an action is done, and forgets it when the action is reopened', () => {
    const open = actionItem('a1');
    const done = applyActionChanges(open, { status: 'done' }, '2024-05-21T10:00:00.000Z');
    expect(done).toMatchObject({ status: 'done', completedAt: '2024-05-21T10:00:00.000Z' });
    // Editing a done action again keeps the moment it was done.
    const edited = applyActionChanges(done, { notes: 'x', status: 'done' }, '2024-05-22T10:00:00.000Z');
    expect(edited.completedAt).toBe('2024-05-21T10:00:00.000Z');
    const reopened = applyActionChanges(edited, { status: 'in progress' }, '2024-05-23T10:00:00.000Z');
    expect(reopened.status).toBe('in progress');
    expect(Object.keys(reopened)).not.toContain('completedAt');
    expect(applyActionChanges(done, { status: 'dropped' }, '2024-05-23T10:00:00.000Z').completedAt).toBeUndefined();
  });

  it('tells real calendar dates from look-alikes', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('2024-5-1')).toBe(false);
  });
});

describe('bulk changes, delete and restore', () => {
  it('sets the status of several actions at once, stamping completion only on the ones that change', async () => {
    const a = await createAction(database, { itemId: 'demo/alpha', title: 'A' });
    const b = await createAction(database, { itemId: 'demo/beta', title: 'B' });
    await setActionsStatus(database, [a.id, b.id], 'done');
    const [doneA, doneB] = await database.actions.bulkGet([a.id, b.id]);
    expect(doneA).toMatchObject({ status: 'done' });
    expect(doneB?.completedAt).toEqual(expect.any(String));
    await setActionsStatus(database, [a.id], 'open');
    expect((await database.actions.get(a.id))?.completedAt).toBeUndefined();
  });

  it('changes none when one id is unknown', async () => {
    const a = await createAction(database, { itemId: 'demo/alpha', title: 'A' });
    await expect(setActionsStatus(database, [a.id, 'ghost'], 'done')).rejects.toThrow(/ghost/);
    expect((await database.actions.get(a.id))?.status).toBe('open');
    await expect(deleteActions(database, [a.id, 'ghost'])).rejects.toThrow(/ghost/);
    expect((await database.actions.get(a.id))?.deletedAt).toBeUndefined();
  });

  it('soft-deletes and restores without losing a field, and the lists follow', async () => {
    const a = await createAction(database, { itemId: 'demo/alpha', title: 'A', sourceQuote: 'q' });
    await updateAction(database, a.id, { notes: 'keep me', tags: ['x'], owner: 'me', due: '2024-06-01' });
    const b = await createAction(database, { itemId: 'demo/alpha', title: 'B' });
    const before = await database.actions.get(a.id);

    await deleteActions(database, [a.id]);
    expect((await listItemActions(database, 'demo/alpha')).map((x) => x.title)).toEqual(['B']);
    expect((await listActionRows(database)).map((row) => row.action.id)).toEqual([b.id]);
    const deleted = await listDeletedActionRows(database);
    expect(deleted.map((row) => [row.action.id, row.item?.title])).toEqual([[a.id, 'Alpha: the big red button']]);
    expect(await listUsedTags(database)).toEqual([]);

    await restoreActions(database, [a.id]);
    const restored = await database.actions.get(a.id);
    expect(Object.keys(restored!)).not.toContain('deletedAt');
    expect({ ...restored, updatedAt: '' }).toEqual({ ...before, updatedAt: '' });
    expect(await listDeletedActionRows(database)).toEqual([]);
  });

  it('lists a talk’s actions in the order added and joins every action with its talk and conference', async () => {
    // Added a minute apart, stored out of order.
    const at = (minute: number): string => `2024-05-20T09:0${minute}:00.000Z`;
    await database.actions.bulkPut([
      actionItem('second', { itemId: 'demo/beta', title: 'Second', createdAt: at(3) }),
      actionItem('orphan', { itemId: 'demo/unknown', createdAt: at(4) }),
      actionItem('first', { itemId: 'demo/beta', title: 'First', createdAt: at(1) }),
      actionItem('elsewhere', { itemId: 'other/gamma', title: 'Elsewhere', createdAt: at(2) }),
    ]);
    expect((await listItemActions(database, 'demo/beta')).map((a) => a.id)).toEqual(['first', 'second']);
    const rows = await listActionRows(database);
    expect(rows.map((row) => [row.action.title, row.item?.id, row.conference?.name])).toEqual([
      ['First', 'demo/beta', 'Demo Conf'],
      ['Elsewhere', 'other/gamma', 'Other Summit'],
      ['Second', 'demo/beta', 'Demo Conf'],
      ['Action orphan', undefined, undefined],
    ]);
  });
});
