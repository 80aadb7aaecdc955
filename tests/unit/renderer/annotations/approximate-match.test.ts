// Approximate matching: the fuzzy step of re-anchoring.
import { describe, expect, it } from 'vitest';
import {
  editDistance,
  findApproximateMatches,
  similarity,
} from '../../../../renderer/src/lib/annotations/approximate-match';

describe('findApproximateMatches', () => {
  it('finds an exact occurrence with no errors', () => {
    expect(findApproximateMatches('the big red button', 'red', 0)).toEqual([{ start: 8, end: 11, errors: 0 }]);
  });

  it('finds an occurrence with a substitution, an insertion or a deletion', () => {
    const text = 'press the big rad button now';
    expect(findApproximateMatches(text, 'big red button', 2)[0]).toEqual({ start: 10, end: 24, errors: 1 });
    expect(findApproximateMatches('a big redd button', 'big red button', 2)[0]).toMatchObject({ start: 2, errors: 1 });
    expect(findApproximateMatches('a big rd button', 'big red button', 2)[0]).toMatchObject({ start: 2, errors: 1 });
  });

  it('reports each passage once, best first', () => {
    const matches = findApproximateMatches('red button ... rod button', 'red button', 2);
    expect(matches).toEqual([
      { start: 0, end: 10, errors: 0 },
      { start: 15, end: 25, errors: 1 },
    ]);
  });

  it('finds nothing beyond the allowed errors, and nothing for an empty pattern', () => {
    expect(findApproximateMatches('completely different', 'big red button', 3)).toEqual([]);
    expect(findApproximateMatches('abc', '', 1)).toEqual([]);
  });

  it('stays fast on a long text', () => {
    const text = 'lorem ipsum dolor sit amet '.repeat(4000) + 'the big red button stops deploys';
    const begun = performance.now();
    const matches = findApproximateMatches(text, 'the big red buton stops deploys', 7);
    expect(matches[0]).toMatchObject({ errors: 1 });
    expect(performance.now() - begun).toBeLessThan(1000);
  });
});

describe('editDistance and similarity', () => {
  it('counts single-character edits', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('scales to 0..1, two empty strings being equal', () => {
    expect(similarity('', '')).toBe(1);
    expect(similarity('abcd', 'abcx')).toBe(0.75);
    expect(similarity('abc', 'xyz')).toBe(0);
  });
});
