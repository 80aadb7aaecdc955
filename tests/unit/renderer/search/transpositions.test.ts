// Two neighbouring letters swapped count as one typo (Damerau), within the edit budget a word's
// length allows: on a small schedule whose words are one swap from what a user types.
import { describe, expect, it } from 'vitest';
import type { RecapItem } from '../../../../electron/common/domain';
import { defaultSearchOptions } from '../../../../renderer/src/lib/search/index-options';
import { SearchIndex } from '../../../../renderer/src/lib/search/search-index';
import { editsAllowed, swappedSpellings, swapWeight } from '../../../../renderer/src/lib/search/transpositions';

function talk(slug: string, title: string, body: string): RecapItem {
  return {
    id: `platform-day-2024/${slug}`,
    conferenceId: 'platform-day-2024',
    slug,
    kind: 'talk',
    title,
    day: 1,
    speakers: [],
    tags: [],
    links: {},
    takeaways: [],
    body,
    source: `platform-day-2024/items/${slug}.md`,
  };
}

const schedule = SearchIndex.ofItems([
  talk('kubernetes', 'Kubernetes in production', 'What a year of running it taught us.'),
  talk('backstage', 'Backstage for platform teams', 'A developer portal that stuck.'),
  talk('upgrades', 'Cluster upgrades without downtime', 'Drain, cordon, repeat.'),
  talk('tracing', 'Tracing at scale', 'Spans, samples and budgets.'),
  talk('argo', 'Argo rollouts', 'Canary releases by the book.'),
  talk('agro', 'Agro tech at the edge', 'Sensors in the field.'),
  talk('training', 'Training models on GPUs', 'Schedulers for accelerators.'),
  talk('triage', 'Incident triage', 'Who gets paged, and why.'),
]);

function titles(query: string): string[] {
  return schedule.search(query, { today: '2024-06-01' }).hits.map((hit) => hit.titleText);
}

describe('swappedSpellings', () => {
  it('swaps each pair of neighbouring letters once, left to right', () => {
    expect(swappedSpellings('clsuter')).toEqual(['lcsuter', 'csluter', 'cluster', 'clstuer', 'clsuetr', 'clsutre']);
  });

  it('leaves out a pair of the same letter, which swaps into the word itself', () => {
    expect(swappedSpellings('kubeernetes')).not.toContain('kubeernetes');
    expect(swappedSpellings('aab')).toEqual(['aba']);
    expect(swappedSpellings('a')).toEqual([]);
  });

  it('swaps letters, never the halves of one outside the Basic Multilingual Plane', () => {
    expect(swappedSpellings('a𝒳b')).toEqual(['𝒳ab', 'ab𝒳']);
  });
});

describe('editsAllowed', () => {
  it('reads a fuzzy option as MiniSearch does: an edit count from 1, a fraction of the length below', () => {
    expect(editsAllowed('kubernetes', 1)).toBe(1);
    expect(editsAllowed('kubernetes', 2)).toBe(2);
    expect(editsAllowed('kubernetes', 0.2)).toBe(2);
    expect(editsAllowed('argo', 0.2)).toBe(1);
    expect(editsAllowed('k8s', 0.1)).toBe(0);
    // `true` is MiniSearch's 0.2; a fraction is capped at its maxFuzzy of 6.
    expect(editsAllowed('kubernetes', true)).toBe(2);
    expect(editsAllowed('a'.repeat(40), 0.5)).toBe(6);
    expect(editsAllowed('kubernetes', 0)).toBe(0);
    expect(editsAllowed('kubernetes', false)).toBe(0);
  });
});

describe('swapWeight', () => {
  it('weighs a swap as MiniSearch weighs a one-edit typo, below a word matched as typed', () => {
    const fuzzy = defaultSearchOptions.weights?.fuzzy as number;
    expect(swapWeight('cluster')).toBeCloseTo((fuzzy * 7) / 8);
    expect(swapWeight('cluster')).toBeLessThan(1);
  });
});

describe('a swap of two letters as one typo, on a schedule', () => {
  it.each([
    // Up to seven letters a word is forgiven one typo: before, a swap (two edits) found nothing.
    ['clsuter', 'Cluster upgrades without downtime'],
    ['tracign', 'Tracing at scale'],
    ['rago', 'Argo rollouts'],
    // A word being typed, swapped: "kubren" is "kubern…".
    ['kubren', 'Kubernetes in production'],
    // From eight letters, two typos: a swap alone was two already, and is still found…
    ['kuberentes', 'Kubernetes in production'],
    ['bakcstage', 'Backstage for platform teams'],
    // …and a swap and a wrong letter, which were three, are two now.
    ['kuberentez', 'Kubernetes in production'],
    ['bakcstagw', 'Backstage for platform teams'],
    ['bakcstage platfrom', 'Backstage for platform teams'],
  ])('%s → %s', (query, expected) => {
    expect(titles(query)).toEqual([expected]);
  });

  it('counts the swap against the budget: a swap and one more typo in a seven-letter word finds nothing', () => {
    // Swap and a missing letter: two typos in a word forgiven one.
    expect(titles('clsutr')).toEqual([]);
    // Swap and two wrong letters: three typos in a word forgiven two.
    expect(titles('kuberentzz')).toEqual([]);
  });

  it('swaps nothing in a word of three letters, which is forgiven no typo', () => {
    expect(titles('gpu')).toEqual(['Training models on GPUs']);
    expect(titles('gup')).toEqual([]);
  });

  it('takes a word the index has as meant, with no swap', () => {
    expect(titles('agro')).toEqual(['Agro tech at the edge']);
    expect(titles('argo')).toEqual(['Argo rollouts']);
  });

  it('ranks what was typed above what a swap finds', () => {
    // "trai" starts "training"; swapped, "tria" starts "triage", a typo away.
    expect(titles('trai')).toEqual(['Training models on GPUs', 'Incident triage']);
  });

  it('a word found by a swap holds an OR group beside a phrase', () => {
    expect(titles('"zero downtime" OR clsuter')).toEqual(['Cluster upgrades without downtime']);
  });
});
