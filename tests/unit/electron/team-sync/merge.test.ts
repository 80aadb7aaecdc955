import { describe, expect, it } from 'vitest';
import { changeId, type Change } from '../../../../electron/common/team-sync/change';
import { mergeChanges } from '../../../../electron/common/team-sync/merge';
import { day, device, edit, minute, now, permutations, remove, shuffled, sync, newAction } from './team';

describe('edits to different fields of one record', () => {
  it('keep both: Alice marks the action done while Bob sets its owner', () => {
    const [alice, bob] = [device('alice'), device('bob')];
    const created = edit(alice, now, 'action', 'a1', newAction);
    sync(bob, now + minute, created);
    const done = edit(alice, now + 2 * minute, 'action', 'a1', { status: 'done' });
    const owned = edit(bob, now + 2 * minute, 'action', 'a1', { owner: 'Bob' });

    const merged = mergeChanges([created, done, owned]);
    expect(merged.actions.get('a1')?.values).toEqual({ ...newAction, status: 'done', owner: 'Bob' });
    expect(merged.conflicts).toEqual([]);
  });

  it('drops a field cleared by the change that won', () => {
    const alice = device('alice');
    const created = edit(alice, now, 'action', 'a1', { ...newAction, owner: 'Bob', due: '2024-06-01' });
    const cleared = edit(alice, now + minute, 'action', 'a1', { owner: null });
    expect(mergeChanges([created, cleared]).actions.get('a1')?.values).toEqual({ ...newAction, due: '2024-06-01' });
  });

  it('says who made the record: the first change, by stamp, even when a teammate edited it later', () => {
    const [alice, bob] = [device('alice'), device('bob')];
    const created = edit(alice, now, 'action', 'a1', newAction);
    sync(bob, now + minute, created);
    const owned = edit(bob, now + 2 * minute, 'action', 'a1', { owner: 'Bob' });
    expect(mergeChanges([owned, created]).actions.get('a1')?.createdBy).toBe('alice');
  });

  it('dates the record by its latest change', () => {
    const alice = device('alice');
    const changes = [edit(alice, now, 'action', 'a1', newAction), edit(alice, now + minute, 'action', 'a1', {})];
    expect(mergeChanges(changes).actions.get('a1')?.updatedAt).toBe(new Date(now + minute).toISOString());
  });
});

describe('edits to the same field', () => {
  it('made one after the other: the later one wins, with no conflict', () => {
    const [alice, bob] = [device('alice'), device('bob')];
    const created = edit(alice, now, 'action', 'a1', newAction);
    sync(bob, now + minute, created);
    const renamed = edit(bob, now + 2 * minute, 'action', 'a1', { title: 'Bob’s title' });
    sync(alice, now + 3 * minute, renamed);
    const renamedAgain = edit(alice, now + 4 * minute, 'action', 'a1', { title: 'Alice’s title' });

    const merged = mergeChanges([renamedAgain, renamed, created]);
    expect(merged.actions.get('a1')?.values.title).toBe('Alice’s title');
    expect(merged.conflicts).toEqual([]);
  });

  it('made at once, neither having seen the other: both values are kept as a conflict', () => {
    const [alice, bob] = [device('alice'), device('bob')];
    const created = edit(alice, now, 'action', 'a1', newAction);
    sync(bob, now + minute, created);
    const byAlice = edit(alice, now + 2 * minute, 'action', 'a1', { title: 'Alice’s title' });
    const byBob = edit(bob, now + 3 * minute, 'action', 'a1', { title: 'Bob’s title' });

    const merged = mergeChanges([created, byAlice, byBob]);
    const conflict = {
      kind: 'field',
      recordKind: 'action',
      recordId: 'a1',
      field: 'title',
      values: [
        { value: 'Bob’s title', device: 'bob', stamp: byBob.stamp, changeId: 'bob:1' },
        { value: 'Alice’s title', device: 'alice', stamp: byAlice.stamp, changeId: 'alice:2' },
      ],
    };
    expect(merged.conflicts).toEqual([conflict]);
    // Shown meanwhile: the value with the highest stamp.
    expect(merged.actions.get('a1')?.values.title).toBe('Bob’s title');
    expect(merged.actions.get('a1')?.conflicts).toEqual([conflict]);
  });

  it('made at once with the same value: no conflict to settle', () => {
    const [alice, bob] = [device('alice'), device('bob')];
    const created = edit(alice, now, 'action', 'a1', newAction);
    sync(bob, now, created);
    const merged = mergeChanges([
      created,
      edit(alice, now + minute, 'action', 'a1', { status: 'done', tags: ['x', 'y'] }),
      edit(bob, now + minute, 'action', 'a1', { status: 'done', tags: ['x', 'y'] }),
    ]);
    expect(merged.conflicts).toEqual([]);
    expect(merged.actions.get('a1')?.values.status).toBe('done');
  });

  it('is settled by a new change that has seen every conflicting one', () => {
    const [alice, bob] = [device('alice'), device('bob')];
    const created = edit(alice, now, 'action', 'a1', newAction);
    sync(bob, now, created);
    const byAlice = edit(alice, now + minute, 'action', 'a1', { title: 'Alice’s title' });
    const byBob = edit(bob, now + minute, 'action', 'a1', { title: 'Bob’s title' });
    sync(alice, now + 2 * minute, byBob);
    const chosen = edit(alice, now + 3 * minute, 'action', 'a1', { title: 'Alice’s title' });

    const merged = mergeChanges([created, byAlice, byBob, chosen]);
    expect(merged.conflicts).toEqual([]);
    expect(merged.actions.get('a1')?.values.title).toBe('Alice’s title');
  });

  it('counts as concurrent when a change was missing from the folder: a gap is not seen', () => {
    const [alice, bob] = [device('alice'), device('bob')];
    const first = edit(alice, now, 'annotation', 'n1', { body: 'first' });
    const second = edit(alice, now + minute, 'annotation', 'n1', { body: 'second' });
    // Bob got Alice's second segment before her first: he has not seen her first change, so not her second either.
    sync(bob, now + 2 * minute, second);
    const byBob = edit(bob, now + 3 * minute, 'annotation', 'n1', { body: 'Bob’s' });
    expect(byBob.seen).toEqual({});
    expect(mergeChanges([first, second, byBob]).conflicts.map((conflict) => conflict.kind)).toEqual(['field']);
  });

  it('keeps both values when a damaged log says each change had seen the other', () => {
    const base = { format: 1, kind: 'annotation', recordId: 'n1', op: 'set' } as const;
    const byAlice: Change = {
      ...base,
      id: 'alice:1',
      device: 'alice',
      seq: 1,
      stamp: '018f8b24dd00-0000-alice',
      seen: { bob: 1 },
      fields: { body: 'A' },
    };
    const byBob: Change = {
      ...base,
      id: 'bob:1',
      device: 'bob',
      seq: 1,
      stamp: '018f8b24dd00-0000-bob',
      seen: { alice: 1 },
      fields: { body: 'B' },
    };
    const merged = mergeChanges([byAlice, byBob]);
    expect(merged.conflicts).toHaveLength(1);
    expect(merged.annotations.get('n1')?.values.body).toBe('B');
  });
});

describe('a laptop whose clock is set a week ahead', () => {
  it('loses to an edit made after its own, though its stamp is larger', () => {
    const [alice, bob] = [device('alice'), device('bob', 7 * day)];
    const created = edit(alice, now, 'action', 'a1', newAction);
    sync(bob, now + minute, created);
    const byBob = edit(bob, now + 2 * minute, 'action', 'a1', { status: 'in progress' });
    sync(alice, now + 3 * minute, byBob);
    const byAlice = edit(alice, now + 4 * minute, 'action', 'a1', { status: 'done' });

    expect(byBob.stamp > byAlice.stamp).toBe(true);
    const merged = mergeChanges([created, byBob, byAlice]);
    expect(merged.actions.get('a1')?.values.status).toBe('done');
    expect(merged.conflicts).toEqual([]);
  });

  it('does not win silently an edit made at the same time: both are kept as a conflict', () => {
    const [alice, bob] = [device('alice'), device('bob', 7 * day)];
    const created = edit(alice, now, 'action', 'a1', newAction);
    sync(bob, now + minute, created);
    const byBob = edit(bob, now + 2 * minute, 'action', 'a1', { status: 'in progress' });
    const byAlice = edit(alice, now + 4 * minute, 'action', 'a1', { status: 'done' });

    const [conflict] = mergeChanges([created, byBob, byAlice]).conflicts;
    expect(conflict?.kind === 'field' && conflict.values.map(({ device, value }) => [device, value])).toEqual([
      ['bob', 'in progress'],
      ['alice', 'done'],
    ]);
  });

  it('keeps winning none of the later edits of a teammate who has seen its changes', () => {
    const [alice, bob] = [device('alice'), device('bob', 7 * day)];
    const changes: Change[] = [edit(alice, now, 'annotation', 'n1', { body: 'v0' })];
    sync(bob, now, ...changes);
    for (let round = 1; round <= 5; round += 1) {
      changes.push(edit(bob, now + round * minute, 'annotation', 'n1', { body: `bob ${round}` }));
      sync(alice, now + round * minute + 1, ...changes);
      changes.push(edit(alice, now + round * minute + 2, 'annotation', 'n1', { body: `alice ${round}` }));
      sync(bob, now + round * minute + 3, ...changes);
    }
    const merged = mergeChanges(changes);
    expect(merged.annotations.get('n1')?.values.body).toBe('alice 5');
    expect(merged.conflicts).toEqual([]);
  });
});

describe('deletes', () => {
  it('leave a tombstone when the delete had seen every edit', () => {
    const [alice, bob] = [device('alice'), device('bob')];
    const created = edit(alice, now, 'annotation', 'n1', {
      itemId: 'kubecon/keynote',
      kind: 'note',
      body: 'hi',
      tags: [],
    });
    const edited = edit(alice, now + minute, 'annotation', 'n1', { body: 'hello' });
    sync(bob, now + 2 * minute, created, edited);
    const deleted = remove(bob, now + 3 * minute, 'annotation', 'n1');

    const merged = mergeChanges([deleted, edited, created]);
    expect(merged.annotations.size).toBe(0);
    expect(merged.gone).toEqual([{ recordKind: 'annotation', recordId: 'n1' }]);
    expect(merged.conflicts).toEqual([]);
  });

  it('made at the same time as an edit: an edit-vs-delete conflict, and the record is kept meanwhile', () => {
    const [alice, bob] = [device('alice'), device('bob')];
    const created = edit(alice, now, 'action', 'a1', newAction);
    sync(bob, now, created);
    const edited = edit(alice, now + minute, 'action', 'a1', { status: 'done' });
    const deleted = remove(bob, now + 2 * minute, 'action', 'a1');

    const merged = mergeChanges([created, edited, deleted]);
    expect(merged.actions.get('a1')?.values.status).toBe('done');
    expect(merged.gone).toEqual([]);
    expect(merged.conflicts).toEqual([
      {
        kind: 'edit-vs-delete',
        deletion: 'delete',
        recordKind: 'action',
        recordId: 'a1',
        edits: [{ device: 'alice', stamp: edited.stamp, changeId: 'alice:2' }],
        deletes: [{ device: 'bob', stamp: deleted.stamp, changeId: 'bob:1' }],
      },
    ]);
  });

  it('to the Trash, made at the same time as an edit: the edit stays, in the Trash, and the review asks', () => {
    const [alice, bob] = [device('alice'), device('bob')];
    const created = edit(alice, now, 'action', 'a1', newAction);
    sync(bob, now, created);
    const owned = edit(alice, now + minute, 'action', 'a1', { owner: 'Ravi' });
    const trashedAt = new Date(now + 2 * minute).toISOString();
    const trashed = edit(bob, now + 2 * minute, 'action', 'a1', { deletedAt: trashedAt });

    const merged = mergeChanges([trashed, owned, created]);
    expect(merged.actions.get('a1')?.values).toMatchObject({ owner: 'Ravi', deletedAt: trashedAt });
    expect(merged.conflicts).toEqual([
      {
        kind: 'edit-vs-delete',
        deletion: 'trash',
        recordKind: 'action',
        recordId: 'a1',
        edits: [{ device: 'alice', stamp: owned.stamp, changeId: 'alice:2' }],
        deletes: [{ device: 'bob', stamp: trashed.stamp, changeId: 'bob:1' }],
      },
    ]);

    // Taken back out of the Trash by someone who has seen both: settled.
    sync(alice, now + 3 * minute, trashed);
    const restored = edit(alice, now + 4 * minute, 'action', 'a1', { deletedAt: null });
    const settled = mergeChanges([created, owned, trashed, restored]);
    expect(settled.actions.get('a1')?.values.deletedAt).toBeUndefined();
    expect(settled.conflicts).toEqual([]);
  });

  it('to the Trash after seeing every edit: no conflict', () => {
    const [alice, bob] = [device('alice'), device('bob')];
    const created = edit(alice, now, 'action', 'a1', newAction);
    const owned = edit(alice, now + minute, 'action', 'a1', { owner: 'Ravi' });
    sync(bob, now + 2 * minute, created, owned);
    const trashed = edit(bob, now + 3 * minute, 'action', 'a1', { deletedAt: new Date(now).toISOString() });
    expect(mergeChanges([created, owned, trashed]).conflicts).toEqual([]);
  });

  it('settle an edit-vs-delete conflict either way by a change that has seen both', () => {
    const [alice, bob] = [device('alice'), device('bob')];
    const created = edit(alice, now, 'action', 'a1', newAction);
    sync(bob, now, created);
    const edited = edit(alice, now + minute, 'action', 'a1', { status: 'done' });
    const deleted = remove(bob, now + 2 * minute, 'action', 'a1');
    sync(alice, now + 3 * minute, deleted);
    sync(bob, now + 3 * minute, edited);

    const deletedAgain = remove(bob, now + 4 * minute, 'action', 'a1');
    const gone = mergeChanges([created, edited, deleted, deletedAgain]);
    expect([gone.actions.size, gone.gone.length, gone.conflicts]).toEqual([0, 1, []]);

    // Keeping it is an edit that has seen the delete: even one that sets no field.
    const kept = edit(alice, now + 4 * minute, 'action', 'a1', {});
    const restored = mergeChanges([created, edited, deleted, kept]);
    expect(restored.actions.get('a1')?.values).toEqual({ ...newAction, status: 'done' });
    expect(restored.conflicts).toEqual([]);
  });

  it('are undone by an edit made after seeing them, which brings back the fields the record had', () => {
    const [alice, bob] = [device('alice'), device('bob')];
    const created = edit(alice, now, 'action', 'a1', newAction);
    sync(bob, now, created);
    const deleted = remove(bob, now + minute, 'action', 'a1');
    sync(alice, now + 2 * minute, deleted);
    const restored = edit(alice, now + 3 * minute, 'action', 'a1', { notes: 'still needed' });
    expect(mergeChanges([created, deleted, restored]).actions.get('a1')?.values).toEqual({
      ...newAction,
      notes: 'still needed',
    });
  });

  it('by two people at once agree: no conflict', () => {
    const [alice, bob] = [device('alice'), device('bob')];
    const created = edit(alice, now, 'action', 'a1', newAction);
    sync(bob, now, created);
    const merged = mergeChanges([
      created,
      remove(alice, now + minute, 'action', 'a1'),
      remove(bob, now + minute, 'action', 'a1'),
    ]);
    expect([merged.actions.size, merged.gone.length, merged.conflicts]).toEqual([0, 1, []]);
  });
});

describe('each person’s marks on an item', () => {
  it('never conflict: Alice’s star and Bob’s grade are each their own', () => {
    const [alice, bob] = [device('alice'), device('bob')];
    const changes = [
      edit(alice, now, 'itemState', 'kubecon/keynote', { starred: true, attendance: 'attended' }),
      edit(bob, now, 'itemState', 'kubecon/keynote', { starred: false, grade: 'skip' }),
      edit(bob, now + minute, 'itemState', 'kubecon/keynote', { grade: 'worth it' }),
    ];
    const merged = mergeChanges(changes);
    expect(merged.conflicts).toEqual([]);
    const states = merged.itemStates.get('kubecon/keynote');
    expect([...(states?.keys() ?? [])]).toEqual(['alice', 'bob']);
    expect(states?.get('alice')?.values).toEqual({ starred: true, attendance: 'attended' });
    expect(states?.get('bob')?.values).toEqual({ starred: false, grade: 'worth it' });
    expect(states?.get('bob')?.owner).toBe('bob');
  });
});

describe('the set of changes, however it comes', () => {
  function teamChanges(): Change[] {
    const [alice, bob, carol] = [device('alice'), device('bob', 7 * day), device('carol', -day)];
    const changes: Change[] = [];
    changes.push(
      edit(alice, now, 'action', 'a1', newAction),
      edit(bob, now, 'annotation', 'n1', { body: 'b', tags: [] }),
    );
    sync(carol, now + 1, ...changes);
    changes.push(
      edit(carol, now + 2, 'action', 'a1', { owner: 'Carol' }),
      edit(alice, now + 2, 'action', 'a1', { owner: 'Al' }),
    );
    changes.push(remove(bob, now + 3, 'annotation', 'n1'), edit(carol, now + 3, 'annotation', 'n1', { body: 'c' }));
    changes.push(edit(alice, now + 4, 'itemState', 'kubecon/keynote', { starred: true }));
    sync(alice, now + 5, ...changes);
    changes.push(edit(alice, now + 6, 'action', 'a1', { status: 'in progress' }));
    return changes;
  }

  it('merges the same in any order and with duplicates', () => {
    const changes = teamChanges();
    const expected = mergeChanges(changes);
    expect(expected.conflicts.map((conflict) => conflict.kind)).toEqual(['field', 'edit-vs-delete']);
    for (let seed = 1; seed <= 20; seed += 1) {
      expect(mergeChanges(shuffled(changes, seed))).toEqual(expected);
      expect(mergeChanges(shuffled([...changes, ...changes.slice(seed % changes.length)], seed))).toEqual(expected);
    }
  });

  it('keeps the same one of two different changes under one id, whatever their order', () => {
    const alice = device('alice');
    const first = edit(alice, now, 'annotation', 'n1', { body: 'one' });
    const forged = { ...first, fields: { body: 'two' } };
    const results = permutations([first, forged]).map((order) => mergeChanges(order));
    expect(results[0]).toEqual(results[1]);
    expect(results[0]?.clashingIds).toEqual([changeId('alice', 1)]);
  });
});
