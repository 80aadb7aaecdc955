import { describe, expect, it } from 'vitest';
import { seenSoFar } from '../../../../electron/common/team-sync/seen-so-far';

const changes = (device: string, ...seqs: number[]) => seqs.map((seq) => ({ device, seq }));

describe('what a device says it has seen', () => {
  it('counts each other device’s changes, not its own', () => {
    expect(seenSoFar([...changes('bob', 2, 1, 3), ...changes('alice', 1, 2), ...changes('carol', 1)], 'alice')).toEqual(
      { bob: 3, carol: 1 },
    );
  });

  it('stops at a change still missing from the folder, so nobody is said to have seen it', () => {
    expect(seenSoFar([...changes('bob', 1, 2, 4, 5), ...changes('carol', 2, 3)], 'alice')).toEqual({ bob: 2 });
  });

  it('counts a change read twice once', () => {
    expect(seenSoFar(changes('bob', 1, 1, 2, 2), 'alice')).toEqual({ bob: 2 });
  });
});
