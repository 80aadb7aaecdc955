import { describe, expect, it } from 'vitest';
import {
  compareStamps,
  decodeStamp,
  encodeStamp,
  maxAheadMs,
  receive,
  startClock,
  tick,
  type Stamp,
} from '../../../../electron/common/team-sync/hybrid-clock';
import { day, now, shuffled } from './team';

describe('a local change', () => {
  it('takes the wall clock, and counts changes within one millisecond', () => {
    const first = tick(startClock('alice'), now);
    const second = tick(first, now);
    const later = tick(second, now + 5);
    expect(first).toEqual({ wall: now, counter: 0, device: 'alice' });
    expect(second).toEqual({ wall: now, counter: 1, device: 'alice' });
    expect(later).toEqual({ wall: now + 5, counter: 0, device: 'alice' });
  });

  it('still sorts after the last one when the wall clock is set back', () => {
    const before = tick(startClock('alice'), now);
    const after = tick(before, now - 60_000);
    expect(compareStamps(after, before)).toBeGreaterThan(0);
    expect(after).toEqual({ wall: now, counter: 1, device: 'alice' });
  });

  it('moves on to the next millisecond rather than overflow the counter', () => {
    expect(tick({ wall: now, counter: 0xffff, device: 'alice' }, now)).toEqual({
      wall: now + 1,
      counter: 0,
      device: 'alice',
    });
  });
});

describe('seeing another device’s stamp', () => {
  it('makes the next local stamp sort after it, even from a clock a little behind', () => {
    const bob: Stamp = { wall: now + 3_000, counter: 4, device: 'bob' };
    const alice = receive(tick(startClock('alice'), now), bob, now);
    expect(alice).toEqual({ wall: now + 3_000, counter: 5, device: 'alice' });
    expect(compareStamps(tick(alice, now + 1), bob)).toBeGreaterThan(0);
  });

  it('takes the larger counter when both clocks are at the same millisecond', () => {
    const alice = { wall: now, counter: 7, device: 'alice' };
    expect(receive(alice, { wall: now, counter: 2, device: 'bob' }, now - 10)).toEqual({ ...alice, counter: 8 });
    expect(receive(alice, { wall: now, counter: 9, device: 'bob' }, now - 10)).toEqual({ ...alice, counter: 10 });
  });

  it('follows its own wall clock when it is ahead of both', () => {
    const alice = receive(
      { wall: now, counter: 3, device: 'alice' },
      { wall: now + 1, counter: 9, device: 'bob' },
      now + 50,
    );
    expect(alice).toEqual({ wall: now + 50, counter: 0, device: 'alice' });
  });
});

describe('a laptop whose clock is a week ahead', () => {
  const weekAhead: Stamp = { wall: now + 7 * day, counter: 0, device: 'bob' };

  it('still has its stamps sorted where they are: after everything else', () => {
    const alice = tick(startClock('alice'), now);
    expect(compareStamps(weekAhead, alice)).toBeGreaterThan(0);
  });

  it('pulls the other clocks no further than a day ahead of them', () => {
    const alice = receive(tick(startClock('alice'), now), weekAhead, now);
    expect(maxAheadMs).toBe(day);
    expect(alice.wall).toBe(now + day);
    // A day later, the real clock has caught up and leads again: nobody stays stuck in the future.
    expect(tick(alice, now + 2 * day)).toEqual({ wall: now + 2 * day, counter: 0, device: 'alice' });
  });

  it('does not pull at all a clock told to allow no lead', () => {
    const alice = receive(tick(startClock('alice'), now), weekAhead, now + 10, 0);
    expect(alice).toEqual({ wall: now + 10, counter: 1, device: 'alice' });
  });
});

describe('the order of stamps', () => {
  it('is wall time, then counter, then device', () => {
    const stamps: Stamp[] = [
      { wall: 2, counter: 0, device: 'a' },
      { wall: 1, counter: 5, device: 'b' },
      { wall: 1, counter: 5, device: 'a' },
      { wall: 1, counter: 0, device: 'z' },
    ];
    expect([...stamps].sort(compareStamps)).toEqual([stamps[3], stamps[2], stamps[1], stamps[0]]);
    expect(compareStamps(stamps[0]!, { ...stamps[0]! })).toBe(0);
  });

  it('is the same as the order of the encoded stamps as text', () => {
    const devices = ['a', 'a-b', 'ab', 'B', 'bob', 'alice_2', 'z9'];
    const stamps: Stamp[] = [];
    for (const wall of [0, 1, 255, 256, now, now + 1, 2 ** 47]) {
      for (const counter of [0, 1, 15, 16, 0xffff]) {
        for (const device of devices) stamps.push({ wall, counter, device });
      }
    }
    const byStamp = shuffled(stamps, 7).sort(compareStamps);
    const byText = shuffled(stamps, 11).sort((a, b) => {
      const [x, y] = [encodeStamp(a), encodeStamp(b)];
      return x < y ? -1 : x > y ? 1 : 0;
    });
    expect(byText).toEqual(byStamp);
  });

  it('encodes compactly and decodes back, refusing text that is not a stamp', () => {
    const stamp: Stamp = { wall: now, counter: 3, device: 'alice-laptop' };
    expect(encodeStamp(stamp)).toBe('018f8b24dd00-0003-alice-laptop');
    expect(decodeStamp(encodeStamp(stamp))).toEqual(stamp);
    for (const junk of ['', '018f8b24dd00-0003-', '18f8af4e880-0003-a', '018f8b24dd00-03-a', '018F8AF4E880-0003-a']) {
      expect(decodeStamp(junk), junk).toBeUndefined();
    }
    expect(decodeStamp('018f8b24dd00-0003-__proto__')).toBeUndefined();
  });
});
