// The Actions view's filters, sort orders and groups, on a fixed "today".
import { describe, expect, it } from 'vitest';
import type { ActionItem } from '../../../../electron/common/user-records';
import {
  actionFilterChoices,
  addDays,
  filterActionRows,
  groupActionRows,
  isDueThisWeek,
  isOverdue,
  localIsoDate,
  sortActionRows,
} from '../../../../renderer/src/lib/actions/action-filters';
import type { ActionRow } from '../../../../renderer/src/lib/actions/action-queries';
import { actionItem, demoConference, demoItems, otherConference } from '../../../fixtures/actions/recap';

const today = '2024-05-22';

function row(action: ActionItem): ActionRow {
  const item = demoItems.find((candidate) => candidate.id === action.itemId);
  const conference = [demoConference, otherConference].find((candidate) => candidate.id === item?.conferenceId);
  return { action, item, conference };
}

const rows: ActionRow[] = [
  row(actionItem('late', { due: '2024-05-21', owner: 'Me', tags: ['ops'], priority: 'low' })),
  row(actionItem('late-but-done', { due: '2024-05-01', status: 'done', itemId: 'demo/beta' })),
  row(actionItem('today', { due: today, owner: 'me', priority: 'high', status: 'in progress', itemId: 'demo/beta' })),
  row(actionItem('sunday-next', { due: '2024-05-28', tags: ['OPS', 'dr'], itemId: 'other/gamma' })),
  row(actionItem('later', { due: '2024-05-29', owner: 'Sam', priority: 'medium', status: 'dropped' })),
  row(actionItem('undated', { priority: 'high', itemId: 'demo/unknown', createdAt: '2024-05-20T10:00:00.000Z' })),
];

const ids = (list: readonly ActionRow[]): string[] => list.map((r) => r.action.id);

describe('due dates', () => {
  it('is overdue only while there is still something to do', () => {
    expect(ids(rows.filter((r) => isOverdue(r.action, today)))).toEqual(['late']);
  });

  it('counts "this week" from today through the sixth day after', () => {
    expect(ids(rows.filter((r) => isDueThisWeek(r.action, today)))).toEqual(['today', 'sunday-next']);
    expect(addDays('2024-02-27', 3)).toBe('2024-03-01');
    expect(addDays('2024-12-30', 6)).toBe('2025-01-05');
  });

  it('takes today from the local calendar, not from UTC', () => {
    // 23:30 local on 21 May is the 21st here whatever the UTC date is.
    expect(localIsoDate(new Date(2024, 4, 21, 23, 30))).toBe('2024-05-21');
    expect(localIsoDate(new Date(2024, 0, 1, 0, 5))).toBe('2024-01-01');
  });
});

describe('filters', () => {
  it('filters by one status, or by what is still to do', () => {
    expect(ids(filterActionRows(rows, { status: 'open' }, today))).toEqual(['late', 'sunday-next', 'undated']);
    expect(ids(filterActionRows(rows, { status: 'to do' }, today))).toEqual([
      'late',
      'today',
      'sunday-next',
      'undated',
    ]);
    expect(ids(filterActionRows(rows, { status: 'dropped' }, today))).toEqual(['later']);
  });

  it('filters by owner and tag without case, by due and by conference, all together', () => {
    expect(ids(filterActionRows(rows, { owner: 'ME' }, today))).toEqual(['late', 'today']);
    expect(ids(filterActionRows(rows, { tag: 'ops' }, today))).toEqual(['late', 'sunday-next']);
    expect(ids(filterActionRows(rows, { due: 'overdue' }, today))).toEqual(['late']);
    expect(ids(filterActionRows(rows, { due: 'no due date' }, today))).toEqual(['undated']);
    expect(ids(filterActionRows(rows, { conferenceId: 'other' }, today))).toEqual(['sunday-next']);
    expect(ids(filterActionRows(rows, { due: 'this week', tag: 'dr', status: 'open' }, today))).toEqual([
      'sunday-next',
    ]);
    expect(filterActionRows(rows, {}, today)).toHaveLength(rows.length);
  });

  it('offers the owners, tags and conferences the actions have, each spelling once', () => {
    const choices = actionFilterChoices(rows);
    expect(choices.owners).toEqual(['Me', 'Sam']);
    expect(choices.tags).toEqual(['dr', 'ops']);
    expect(choices.conferences.map((c) => c.id)).toEqual(['demo', 'other']);
  });
});

describe('sorting and grouping', () => {
  it('sorts by due date with undated last, ties by priority', () => {
    expect(ids(sortActionRows(rows, 'due'))).toEqual([
      'late-but-done',
      'late',
      'today',
      'sunday-next',
      'later',
      'undated',
    ]);
  });

  it('sorts by priority, high first and none last, ties by due date', () => {
    expect(ids(sortActionRows(rows, 'priority'))).toEqual([
      'today',
      'undated',
      'later',
      'late',
      'late-but-done',
      'sunday-next',
    ]);
  });

  it('groups by talk in the order of each talk’s first row, naming a talk no longer in the recap', () => {
    const groups = groupActionRows(sortActionRows(rows, 'due'), 'talk');
    expect(groups.map((g) => [g.label, ids(g.rows)])).toEqual([
      ['Beta, "quoted", and commas', ['late-but-done', 'today']],
      ['Alpha: the big red button', ['late', 'later']],
      ['Gamma at the other summit', ['sunday-next']],
      ['A talk no longer in any recap (demo/unknown)', ['undated']],
    ]);
  });

  it('groups by status in the order work moves, leaving out empty groups', () => {
    const groups = groupActionRows(rows.slice(0, 3), 'status');
    expect(groups.map((g) => [g.label, ids(g.rows)])).toEqual([
      ['Open', ['late']],
      ['In progress', ['today']],
      ['Done', ['late-but-done']],
    ]);
  });
});
