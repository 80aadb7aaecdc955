// Keeping the best k of many candidates without sorting them all.
import { describe, expect, it } from 'vitest';
import { TopResults } from '../../../../renderer/src/lib/search/top-results';

describe('TopResults', () => {
  it('keeps the best k, best first', () => {
    const top = new TopResults<number>(3, (a, b) => a > b);
    for (const value of [5, 1, 9, 3, 7, 2, 8]) top.offer(value);
    expect(top.items).toEqual([9, 8, 7]);
  });

  it('keeps equal candidates in the order they came', () => {
    const top = new TopResults<{ score: number; name: string }>(3, (a, b) => a.score > b.score);
    for (const [score, name] of [
      [1, 'a'],
      [2, 'b'],
      [1, 'c'],
      [2, 'd'],
    ] as const)
      top.offer({ score, name });
    expect(top.items.map((item) => item.name)).toEqual(['b', 'd', 'a']);
  });

  it('says whether a candidate would make it in', () => {
    const top = new TopResults<number>(2, (a, b) => a > b);
    expect(top.wouldKeep(1)).toBe(true);
    top.offer(5);
    top.offer(4);
    expect(top.wouldKeep(4)).toBe(false);
    expect(top.wouldKeep(6)).toBe(true);
  });

  it('keeps nothing with no room', () => {
    const top = new TopResults<number>(0, (a, b) => a > b);
    top.offer(1);
    expect(top.items).toEqual([]);
  });
});
