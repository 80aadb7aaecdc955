// A sync step on real (fake-indexeddb) databases: two profiles, Alice's and Bob's, share through
// an in-memory folder made of their logs. Covers what the user sees: edits arriving, field merges,
// conflicts kept, private notes never leaving, and an edit made during a merge surviving it.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAction, updateAction } from '../../../../renderer/src/lib/actions/action-store';
import { saveNote, setItemState, updateAnnotation } from '../../../../renderer/src/lib/annotations/annotation-store';
import { readSynced } from '../../../../renderer/src/lib/team/synced-buckets';
import { syncStep } from '../../../../renderer/src/lib/team/team-transaction';
import { demoItems } from '../../../fixtures/actions/recap';
import { logText, profile, sync, type Profile } from './team-profiles';

const talk = demoItems[0]!.id;

let alice: Profile;
let bob: Profile;

beforeEach(async () => {
  [alice, bob] = await Promise.all([profile('alice'), profile('bob')]);
});
afterEach(async () => {
  for (const { database } of [alice, bob]) {
    database.close();
    await database.delete();
  }
});

describe('a sync step', () => {
  it('brings Alice’s action item and note to Bob, saying who made them', async () => {
    const action = await createAction(alice.database, { itemId: talk, title: 'Try the freeze switch' });
    await saveNote(alice.database, { id: 'note-1', itemId: talk, body: 'Worth a spike' });
    await sync(alice);
    await sync(bob, alice);

    expect(await bob.database.actions.get(action.id)).toMatchObject({ title: 'Try the freeze switch', status: 'open' });
    expect((await bob.database.annotations.get('note-1'))?.body).toBe('Worth a spike');
    const [synced] = await readSynced(bob.database.syncedBuckets, [`action/${action.id}`]);
    expect(synced?.createdBy).toBe('alice');
  });

  it('keeps both edits to different fields: Alice marks it done while Bob sets its owner', async () => {
    const action = await createAction(alice.database, { itemId: talk, title: 'Try the freeze switch' });
    await sync(alice);
    await sync(bob, alice);
    await updateAction(alice.database, action.id, { status: 'done' });
    await updateAction(bob.database, action.id, { owner: 'Ravi' });
    await sync(alice, bob);
    await sync(bob, alice);
    await sync(alice, bob);

    for (const { database } of [alice, bob]) {
      expect(await database.actions.get(action.id)).toMatchObject({ status: 'done', owner: 'Ravi' });
    }
  });

  it('keeps both values of one field edited at once, as a conflict both see', async () => {
    const action = await createAction(alice.database, { itemId: talk, title: 'Try the freeze switch' });
    await sync(alice);
    await sync(bob, alice);
    await updateAction(alice.database, action.id, { owner: 'Alice' });
    await updateAction(bob.database, action.id, { owner: 'Bob' });
    await syncStep(bob.database, bob.device);
    const { merge: atAlice } = await sync(alice, bob);
    const { merge: atBob } = await sync(bob, alice);

    for (const merge of [atAlice, atBob]) {
      expect(merge.merged.conflicts).toHaveLength(1);
      expect(merge.merged.conflicts[0]).toMatchObject({ kind: 'field', field: 'owner' });
    }
    const shown = (await alice.database.actions.get(action.id))?.owner;
    expect((await bob.database.actions.get(action.id))?.owner).toBe(shown);
  });

  it('never writes a private note, and takes one back out when it is made private later', async () => {
    await saveNote(alice.database, { id: 'secret', itemId: talk, body: 'Only mine' });
    await updateAnnotation(alice.database, 'secret', { private: true });
    await saveNote(alice.database, { id: 'shared', itemId: talk, body: 'For everyone' });
    const { step } = await sync(alice);
    expect(step.state.seq).toBe(1);
    expect(JSON.stringify(await alice.database.teamLog.toArray())).not.toContain('Only mine');

    await sync(bob, alice);
    expect(await bob.database.annotations.get('shared')).toBeDefined();
    await updateAnnotation(alice.database, 'shared', { private: true });
    await sync(alice);
    await sync(bob, alice);
    expect(await bob.database.annotations.get('shared')).toBeUndefined();
    // Alice keeps her note: it is private now, not deleted.
    expect(await alice.database.annotations.get('shared')).toMatchObject({ body: 'For everyone', private: true });
  });

  it('does not overwrite an edit made while the merge ran: it goes out after, as made before it', async () => {
    const action = await createAction(alice.database, { itemId: talk, title: 'Try the freeze switch' });
    await sync(alice);
    await sync(bob, alice);
    await updateAction(alice.database, action.id, { title: 'Alice’s title' });
    await syncStep(alice.database, alice.device);

    // Bob's merge reads Alice's rename; before it is applied, Bob renames too.
    const sent = await syncStep(bob.database, bob.device);
    bob.replica.update({ ownChanges: sent.made.map((entry) => entry.change) });
    bob.replica.update({ files: [{ name: 'alice/1.jsonl', text: await logText(alice) }] });
    const merge = bob.replica.merge();
    await updateAction(bob.database, action.id, { title: 'Bob’s title' });
    await syncStep(bob.database, bob.device, merge);
    expect((await bob.database.actions.get(action.id))?.title).toBe('Bob’s title');

    // Bob's rename had not seen Alice's: a conflict, not a silent win.
    const { merge: next } = await sync(bob, alice);
    expect(next.merged.conflicts).toMatchObject([{ kind: 'field', field: 'title' }]);
  });

  it('shares stars as each person’s own: Bob sees Alice’s star, and his own stays unset', async () => {
    await setItemState(alice.database, talk, { starred: true, grade: 'must-see' });
    await sync(alice);
    await sync(bob, alice);
    expect(await bob.database.teammateMarks.where('itemId').equals(talk).toArray()).toEqual([
      { itemId: talk, device: 'alice', starred: true, grade: 'must-see' },
    ]);
    expect(await bob.database.itemStates.get(talk)).toBeUndefined();
  });

  it('deletes for the team a record emptied from the Trash here', async () => {
    const action = await createAction(alice.database, { itemId: talk, title: 'Try the freeze switch' });
    await sync(alice);
    await sync(bob, alice);
    await alice.database.actions.delete(action.id);
    await sync(alice);
    await sync(bob, alice);
    expect(await bob.database.actions.get(action.id)).toBeUndefined();
  });
});
