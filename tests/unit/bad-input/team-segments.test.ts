// Bad-input corpus for the team folder's logs: every bad version of a segment — empty, cut off,
// binary, in another encoding, nested without end, huge, hostile — is reported line by line with
// the segment's path, never a throw, and the good changes beside it (in that file and others)
// still merge.
import { describe, expect, it } from 'vitest';
import { replay } from '../../../electron/common/team-sync/segments';
import { TeamReplica } from '../../../electron/common/team-sync/replica';
import { device, edit, jsonl, newAction, now } from '../electron/team-sync/team';
import { badVersionsOf, hugeText, nestedJson, type BadInput } from './bad-inputs';

const alice = device('alice');
const created = edit(alice, now, 'action', 'a1', { ...newAction, title: 'Réviser le runbook ☕' });
const good = jsonl([created]);

const bob = device('bob');
const bobs = edit(bob, now, 'action', 'b1', newAction);

/** Beyond the common corpus: lines a hostile or newer teammate's Debrief could write. */
const hostileLines: BadInput[] = [
  ['a prototype key', '{"__proto__": {"polluted": true}}'],
  ['a constructor key', JSON.stringify({ ...created, fields: { ...created.fields, constructor: { prototype: 1 } } })],
  ['a wrong type', JSON.stringify({ ...created, fields: { ...created.fields, tags: 'not a list' } })],
  ['a huge string', JSON.stringify({ ...created, fields: { ...created.fields, notes: hugeText(2) } })],
  ['deep nesting inside a change', JSON.stringify({ ...created, fields: { target: JSON.parse(nestedJson(50)) } })],
  ['a future format', JSON.stringify({ ...created, format: 99 })],
  ['another device’s change', JSON.stringify(bobs)],
].map(([name, line]) => {
  const text = `${line}\n`;
  return { name: name!, text, bytes: new TextEncoder().encode(text) };
});

const corpus = [...Object.values(badVersionsOf(good)), ...hostileLines];

describe('a bad team segment', () => {
  it.each(corpus.map((bad) => [bad.name, bad] as const))(
    '%s: reported with its path, the rest merges',
    (_name, bad) => {
      const replayed = replay([
        { name: 'alice/1.jsonl', text: bad.text },
        { name: 'bob/1.jsonl', text: jsonl([bobs]) },
      ]);
      // Bob's good log merges whatever Alice's holds.
      expect(replayed.merged.actions.get('b1')?.values.title).toBe(newAction.title);
      for (const problem of replayed.problems) {
        expect(problem.segment).toBe('alice/1.jsonl');
        expect(problem.line).toBeGreaterThan(0);
        expect(problem.message.length).toBeGreaterThan(0);
      }
      // A bad version that still holds whole good lines keeps them; nothing polluted Object.prototype.
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      // Either Alice's change was read whole, or why not is said: never silently lost.
      if (bad.text.trim() !== '' && !replayed.merged.actions.has('a1')) {
        expect(replayed.problems.length).toBeGreaterThanOrEqual(1);
      }
    },
  );

  it.each(hostileLines.map((bad) => [bad.name, bad] as const))('%s: refused, naming what is wrong', (_name, bad) => {
    const replayed = replay([{ name: 'alice/1.jsonl', text: bad.text }]);
    expect(replayed.problems).toHaveLength(1);
    expect(replayed.merged.actions.size).toBe(0);
  });

  it('is reported in the replica the app keeps, and read again once it is whole', () => {
    const replica = new TeamReplica('carol');
    replica.update({ files: [{ name: 'alice/1.jsonl', text: good.slice(0, 40) }] });
    expect(replica.merge().problems).toMatchObject([{ segment: 'alice/1.jsonl', line: 1, problem: 'truncated' }]);
    replica.update({ files: [{ name: 'alice/1.jsonl', text: good }] });
    const whole = replica.merge();
    expect(whole.problems).toEqual([]);
    expect(whole.merged.actions.get('a1')?.values.title).toBe('Réviser le runbook ☕');
    expect(whole.seen).toEqual({ alice: 1 });
  });
});
