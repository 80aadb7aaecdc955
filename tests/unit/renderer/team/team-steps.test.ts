// The team worker's steps (TeamSteps) on real (fake-indexeddb) databases: what the page gets back
// to write, a folder handed over in pages before one merge, and a failed merge starting over.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAction } from '../../../../renderer/src/lib/actions/action-store';
import { saveNote } from '../../../../renderer/src/lib/annotations/annotation-store';
import { teamLogStateKey, type TeamLogState } from '../../../../renderer/src/lib/team/team-records';
import { TeamSteps } from '../../../../renderer/src/lib/team/team-steps';
import { demoItems } from '../../../fixtures/actions/recap';
import { profile, type Profile } from './team-profiles';

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

/** What the page does once a step's segments are written: the log is in `folder` through `seq`. */
async function markWritten(who: Profile, folder: string, seq: number) {
  const state = (await who.database.meta.get(teamLogStateKey))!.value as TeamLogState;
  await who.database.meta.put({ key: teamLogStateKey, value: { ...state, folder, writtenThrough: seq } });
}

describe('the team worker’s steps', () => {
  it('hand back the log’s segments the folder does not have yet, and all of them for another folder', async () => {
    const steps = new TeamSteps(alice.database, alice.device);
    await createAction(alice.database, { itemId: talk, title: 'Try the freeze switch' });
    await saveNote(alice.database, { id: 'note-1', itemId: talk, body: 'Worth a spike' });

    const sent = await steps.send('/team');
    expect(sent).toMatchObject({ made: 2, seq: 2 });
    expect(sent.merge).toBeUndefined();
    expect(sent.unwritten.map((segment) => segment.segment)).toEqual([1]);
    const lines = sent.unwritten[0]!.text.trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((change) => [change.device, change.seq, change.kind])).toEqual([
      ['alice', 1, 'annotation'],
      ['alice', 2, 'action'],
    ]);

    await markWritten(alice, '/team', sent.seq);
    expect(await steps.send('/team')).toEqual({ made: 0, unwritten: [], seq: 2 });
    expect((await steps.send('/elsewhere')).unwritten.map((segment) => segment.segment)).toEqual([1]);
  });

  it('take a folder handed over in pages, then merge it all at once', async () => {
    const action = await createAction(alice.database, { itemId: talk, title: 'Try the freeze switch' });
    await saveNote(alice.database, { id: 'note-1', itemId: talk, body: 'Worth a spike' });
    const [written] = (await new TeamSteps(alice.database, alice.device).send('/team')).unwritten;
    const [first, second] = written!.text.trimEnd().split('\n');

    const steps = new TeamSteps(bob.database, bob.device);
    // Two pages, as main would answer a big folder: nothing is applied until the merge.
    steps.take({ reset: true, files: [{ name: 'alice/1.jsonl', text: `${first}\n` }] });
    steps.take({ files: [{ name: 'alice/1.sync-conflict-20261203-101010-ABCDEFG.jsonl', text: `${second}\n` }] });
    expect(await bob.database.actions.get(action.id)).toBeUndefined();

    const merged = await steps.merge({}, '/team');
    expect(merged.merge).toMatchObject({ conflicts: [], waiting: 0, changeCount: 2, problems: [] });
    expect(await bob.database.actions.get(action.id)).toMatchObject({ title: 'Try the freeze switch' });
    expect((await bob.database.annotations.get('note-1'))?.body).toBe('Worth a spike');
  });

  it('start over after a merge that failed: the page sends the whole folder again', async () => {
    await createAction(alice.database, { itemId: talk, title: 'Try the freeze switch' });
    const [written] = (await new TeamSteps(alice.database, alice.device).send('/team')).unwritten;
    const steps = new TeamSteps(bob.database, bob.device);
    steps.take({ reset: true, files: [{ name: 'alice/1.jsonl', text: written!.text }] });

    bob.database.close();
    await expect(steps.merge({}, '/team')).rejects.toThrow();
    await bob.database.open();
    // What was taken in before the failure is gone: only what comes now is merged.
    expect((await steps.merge({}, '/team')).merge?.changeCount).toBe(0);
    expect(await bob.database.actions.count()).toBe(0);
    expect(
      (await steps.merge({ files: [{ name: 'alice/1.jsonl', text: written!.text }] }, '/team')).merge,
    ).toMatchObject({
      changeCount: 1,
    });
    expect(await bob.database.actions.count()).toBe(1);
  });
});
