// Settling a conflict from the review: the chosen value goes out as a change that has seen both
// values — even when it is the value already shown — so the conflict is gone on every device.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createAction, deleteActions, updateAction } from '../../../../renderer/src/lib/actions/action-store';
import { chooseFieldValue, settleDeletion } from '../../../../renderer/src/lib/team/settle-conflict';
import { starredBy } from '../../../../renderer/src/lib/team/team-stars';
import { syncStep } from '../../../../renderer/src/lib/team/team-transaction';
import { demoItems } from '../../../fixtures/actions/recap';
import { profile, sync, type Profile } from './team-profiles';

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

/** Syncs as `sync` does, and says what conflicts the merge found. */
async function conflictsAfterSync(who: Profile, ...from: Profile[]) {
  return (await sync(who, ...from)).merge.merged.conflicts;
}

/** An action both have, then edited by both at once: owner "Alice" against owner "Bob". */
async function ownerConflict(): Promise<string> {
  const { id } = await createAction(alice.database, { itemId: demoItems[0]!.id, title: 'Try the freeze switch' });
  await sync(alice);
  await sync(bob, alice);
  await updateAction(alice.database, id, { owner: 'Alice' });
  await updateAction(bob.database, id, { owner: 'Bob' });
  await syncStep(bob.database, bob.device);
  await sync(alice, bob);
  expect(await conflictsAfterSync(bob, alice)).toMatchObject([{ kind: 'field', field: 'owner' }]);
  return id;
}

it('keeping the value already shown still settles the conflict for both', async () => {
  const id = await ownerConflict();
  const shown = (await bob.database.actions.get(id))!.owner!;
  await chooseFieldValue(bob.database, 'action', id, 'owner', shown);
  expect(await conflictsAfterSync(bob, alice)).toEqual([]);
  expect(await conflictsAfterSync(alice, bob)).toEqual([]);
  expect((await alice.database.actions.get(id))?.owner).toBe(shown);
});

it('a value of one’s own settles it too, and reaches the other side', async () => {
  const id = await ownerConflict();
  await chooseFieldValue(bob.database, 'action', id, 'owner', 'Ravi');
  await sync(bob, alice);
  expect(await conflictsAfterSync(alice, bob)).toEqual([]);
  expect((await alice.database.actions.get(id))?.owner).toBe('Ravi');
});

it('a move to the Trash that raced an edit: keeping it brings it back for both', async () => {
  const { id } = await createAction(alice.database, { itemId: demoItems[0]!.id, title: 'Write the runbook' });
  await sync(alice);
  await sync(bob, alice);
  await deleteActions(alice.database, [id]);
  await updateAction(bob.database, id, { status: 'in progress' });
  await syncStep(bob.database, bob.device);
  await sync(alice, bob);
  expect(await conflictsAfterSync(bob, alice)).toMatchObject([{ kind: 'edit-vs-delete', deletion: 'trash' }]);

  await settleDeletion(bob.database, 'action', id, 'trash', true);
  expect(await conflictsAfterSync(bob, alice)).toEqual([]);
  expect(await conflictsAfterSync(alice, bob)).toEqual([]);
  expect(await alice.database.actions.get(id)).toMatchObject({ status: 'in progress' });
  expect((await alice.database.actions.get(id))?.deletedAt).toBeUndefined();
});

it('counts the team’s stars, the user’s own included', () => {
  const marks = [
    { itemId: 't', device: 'bob', starred: true },
    { itemId: 't', device: 'carol', starred: false, grade: 'skip' as const },
  ];
  expect(starredBy(true, marks, 5, 'alice')).toBe('Starred by 2 of 5');
  expect(starredBy(false, marks, 5, 'alice')).toBe('Starred by 1 of 5');
  expect(starredBy(false, [], 5, 'alice')).toBeUndefined();
});
