// Matches across the text nodes of a rendered talk: which node and offset each starts and ends at.
import { describe, expect, it } from 'vitest';
import { matchesInTexts } from '../../../../renderer/src/lib/search/text-ranges';

describe('matchesInTexts', () => {
  it('places each match in its own text node', () => {
    const texts = ['Autoscaling Kubernetes', 'Speakers', 'Natalie talks about autoscaling.'];
    expect(matchesInTexts(texts, { terms: ['autoscaling'], phrases: [] })).toEqual([
      { start: [0, 0], end: [0, 11] },
      { start: [2, 20], end: [2, 31] },
    ]);
  });

  it('never runs words of different nodes together', () => {
    // "Guide" + "Natalie" must not read as "GuideNatalie"; each stays a word of its own.
    expect(matchesInTexts(['A Guide', 'Natalie'], { terms: ['guidenatalie', 'natalie'], phrases: [] })).toEqual([
      { start: [1, 0], end: [1, 7] },
    ]);
  });

  it('lets a phrase cross from one node into the next', () => {
    const texts = ['Keep a ', 'big', ' red button handy'];
    expect(matchesInTexts(texts, { terms: [], phrases: ['big red button'] })).toEqual([
      { start: [1, 0], end: [2, 11] },
    ]);
  });

  it('ends a match at the end of its node, not at the start of the next', () => {
    expect(matchesInTexts(['karpenter', 'next'], { terms: ['karpenter'], phrases: [] })).toEqual([
      { start: [0, 0], end: [0, 9] },
    ]);
  });

  it('finds nothing in no text', () => {
    expect(matchesInTexts([], { terms: ['x'], phrases: [] })).toEqual([]);
  });
});
