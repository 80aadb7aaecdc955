import { describe, expect, it } from 'vitest';
import type { Change } from '../../../../electron/common/team-sync/change';
import {
  describeSegmentProblem,
  parseSegment,
  replay,
  segmentDevice,
  type SegmentFile,
} from '../../../../electron/common/team-sync/segments';
import { day, device, edit, jsonl, minute, now, permutations, remove, sync, newAction } from './team';

/** Three devices' logs: a field conflict, an edit-vs-delete conflict, and edits that merge. */
function teamFolder(): { files: SegmentFile[]; changes: Change[] } {
  const [alice, bob, carol] = [device('alice'), device('bob', 7 * day), device('carol')];
  const a1 = edit(alice, now, 'action', 'a1', newAction);
  const n1 = edit(alice, now, 'annotation', 'n1', { itemId: 'kubecon/keynote', kind: 'note', body: 'hi', tags: [] });
  sync(bob, now + minute, a1, n1);
  sync(carol, now + minute, a1, n1);
  const b1 = edit(bob, now + 2 * minute, 'action', 'a1', { owner: 'Bob' });
  const b2 = remove(bob, now + 2 * minute, 'annotation', 'n1');
  const c1 = edit(carol, now + 2 * minute, 'action', 'a1', { status: 'done' });
  const c2 = edit(carol, now + 2 * minute, 'action', 'a1', { owner: 'Carol' });
  const a2 = edit(alice, now + 3 * minute, 'annotation', 'n1', { body: 'hello' });
  const a3 = edit(alice, now + 3 * minute, 'itemState', 'kubecon/keynote', { starred: true });
  return {
    changes: [a1, n1, a2, a3, b1, b2, c1, c2],
    files: [
      { name: 'alice/1.jsonl', text: jsonl([a1, n1]) },
      { name: 'alice/2.jsonl', text: jsonl([a2, a3]) },
      { name: 'bob/1.jsonl', text: jsonl([b1, b2]) },
      { name: 'carol/1.jsonl', text: jsonl([c1, c2]) },
    ],
  };
}

describe('a segment’s name', () => {
  it('is a device’s folder and a numbered .jsonl file, or a sync tool’s conflict copy of one', () => {
    expect(segmentDevice('alice-laptop/12.jsonl')).toBe('alice-laptop');
    expect(segmentDevice('alice\\3.jsonl')).toBe('alice');
    expect(segmentDevice('alice/3.sync-conflict-20240518-101500-ABCDEF7.jsonl')).toBe('alice');
    expect(segmentDevice('alice/3 (Bob’s conflicted copy 2024-05-18).jsonl')).toBe('alice');
    for (const name of [
      'alice/3.json',
      'alice/x.jsonl',
      '3.jsonl',
      'team/alice/3.jsonl',
      '__proto__/1.jsonl',
      'a b/1.jsonl',
    ]) {
      expect(segmentDevice(name), name).toBeUndefined();
    }
  });
});

describe('replaying the team folder', () => {
  it('merges every device’s segments', () => {
    const { merged, problems, otherFiles } = replay(teamFolder().files);
    expect([problems, otherFiles]).toEqual([[], []]);
    expect(merged.actions.get('a1')?.values).toEqual({ ...newAction, status: 'done', owner: 'Bob' });
    expect(merged.conflicts.map((conflict) => [conflict.kind, conflict.recordId])).toEqual([
      ['field', 'a1'],
      ['edit-vs-delete', 'n1'],
    ]);
    expect(merged.itemStates.get('kubecon/keynote')?.get('alice')?.values).toEqual({ starred: true });
  });

  it('gives the same result in every order of the segments', () => {
    const { files } = teamFolder();
    const expected = replay(files);
    const orders = permutations(files);
    expect(orders).toHaveLength(24);
    for (const order of orders) expect(replay(order)).toEqual(expected);
  });

  it('gives the same result in any order of the lines within a segment', () => {
    const { files, changes } = teamFolder();
    const expected = replay(files);
    const byDevice = (name: string) => changes.filter((change) => change.device === name);
    const reversed = ['alice', 'bob', 'carol'].map((name) => ({
      name: `${name}/1.jsonl`,
      text: jsonl(byDevice(name).reverse()),
    }));
    expect(replay(reversed)).toEqual(expected);
  });

  it('counts each change once when a segment is read twice', () => {
    const { files } = teamFolder();
    expect(replay([...files, ...files])).toEqual(replay(files));
  });

  it('reads a sync tool’s conflict copy: changes it shares count once, its extra ones count', () => {
    const { files, changes } = teamFolder();
    const alice = device('alice');
    alice.seq = 4;
    alice.clock = { wall: now + 3 * minute, counter: 1, device: 'alice' };
    sync(alice, now + 4 * minute, ...changes);
    const extra = edit(alice, now + 4 * minute, 'action', 'a1', { owner: 'Alice, after all' });
    const copy = { name: 'alice/2.sync-conflict-20240518-101500-ABCDEF7.jsonl', text: files[1]!.text + jsonl([extra]) };

    const replayed = replay([...files, copy]);
    expect(replayed.problems).toEqual([]);
    expect(replayed).toEqual(replay([...files, { name: 'alice/3.jsonl', text: jsonl([extra]) }]));
    expect(replayed.merged.actions.get('a1')?.values.owner).toBe('Alice, after all');
    expect(replayed.merged.conflicts.map((conflict) => conflict.kind)).toEqual(['edit-vs-delete']);
  });

  it('skips sync tools’ own files without a word, and lists other files', () => {
    const { files } = teamFolder();
    const junk = [
      'alice/.syncthing.3.jsonl.tmp',
      'alice/~syncthing~3.jsonl.tmp',
      'alice/3.jsonl.~57d',
      'alice/3.jsonl.part',
    ];
    const extra = [
      ...junk.map((name) => ({ name, text: '{"format":1,"id":"alice:9' })),
      { name: '.stversions/alice/1~20240518-101500.jsonl', text: files[0]!.text },
      { name: 'README.md', text: '# Our team folder' },
      { name: 'alice/notes.txt', text: 'hello' },
    ];
    const replayed = replay([...extra, ...files]);
    expect(replayed.problems).toEqual([]);
    expect(replayed.otherFiles).toEqual(['README.md', 'alice/notes.txt']);
    expect(replayed.merged).toEqual(replay(files).merged);
  });
});

describe('a damaged segment', () => {
  const { files, changes } = teamFolder();
  const [good, alsoGood] = [changes[2]!, changes[3]!];
  const line = (change: Change, replace: [string, string]) => JSON.stringify(change).replace(...replace);
  const bobs = JSON.stringify(changes[4]);
  const damaged = [
    JSON.stringify(good),
    JSON.stringify(alsoGood).slice(0, 40),
    '\u0000\u0001\u0002 not json at all',
    line(good, ['"body":"hello"', '"body":42']),
    line(good, ['"body":"hello"', `"body":"${'x'.repeat(10_000_000)}"`]),
    line(good, ['"body":"hello"', '"body":"hello","__proto__":{"polluted":true}']),
    line(good, ['"format":1', '"format":2,"signature":"abc"']),
    '<<<<<<< HEAD',
    bobs,
    '>>>>>>> theirs',
    JSON.stringify(alsoGood),
    JSON.stringify(alsoGood).slice(0, 60),
  ].join('\n');
  const file = { name: 'alice/2.jsonl', text: damaged };

  it('reports each bad line with the segment, the line number and what is wrong, and skips it', () => {
    const { changes: read, problems } = parseSegment(file);
    expect(read).toEqual([good, alsoGood]);
    expect(problems.map(({ line, problem }) => [line, problem])).toEqual([
      [2, 'not-json'],
      [3, 'not-json'],
      [4, 'invalid'],
      [5, 'invalid'],
      [6, 'invalid'],
      [7, 'newer-format'],
      [8, 'not-json'],
      [9, 'wrong-device'],
      [10, 'not-json'],
      [12, 'truncated'],
    ]);
    expect(problems.every(({ segment }) => segment === 'alice/2.jsonl')).toBe(true);
    const messages = problems.map(describeSegmentProblem);
    expect(messages[2]).toMatch(/^alice\/2\.jsonl, line 4: fields\.body: Invalid input: expected string/);
    expect(messages[3]).toBe('alice/2.jsonl, line 5: fields.body: is longer than 1000000 characters');
    expect(messages[4]).toBe(
      'alice/2.jsonl, line 6: fields.__proto__: is not allowed as a name: it would reach Object.prototype',
    );
    expect(messages[5]).toBe('alice/2.jsonl, line 7: format: is 2, newer than 1: update Debrief to read it');
    expect(messages[7]).toBe('alice/2.jsonl, line 9: is a change by "bob" in the log of "alice"');
    expect(messages[9]).toMatch(/^alice\/2\.jsonl, line 12: the line is cut short/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('costs only its bad lines: the rest of the team’s changes merge as if it were whole', () => {
    const whole = replay(files);
    const replayed = replay([files[0]!, file, files[2]!, files[3]!]);
    expect(replayed.merged).toEqual(whole.merged);
    expect(replayed.problems).toHaveLength(10);
    expect(replay([files[3]!, files[2]!, file, files[0]!])).toEqual(replayed);
  });

  it('reads Windows line ends and a byte order mark', () => {
    const text = `\uFEFF${files[0]!.text.replaceAll('\n', '\r\n')}`;
    expect(parseSegment({ name: 'alice/1.jsonl', text })).toEqual(parseSegment(files[0]!));
  });

  it('takes a last line without its newline when it is whole', () => {
    expect(parseSegment({ name: 'alice/2.jsonl', text: files[1]!.text.trimEnd() }).problems).toEqual([]);
  });
});
