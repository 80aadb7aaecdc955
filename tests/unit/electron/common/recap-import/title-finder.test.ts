import { describe, expect, it } from 'vitest';
import {
  chooseHits,
  findTitles,
  indexTitles,
  type KnownTitle,
} from '../../../../../electron/common/recap-import/title-finder';
import { findTitleLikePhrases, phraseText } from '../../../../../electron/common/recap-import/title-like-phrases';
import { editDistance, sameWord, wordsOf } from '../../../../../electron/common/recap-import/words';

const titles: KnownTitle[] = [
  { itemId: 'platform', title: 'Kubernetes is Your Platform: Design Patterns For Extensible Controllers' },
  { itemId: 'autoscaling', title: 'Autoscaling Kubernetes Deployments: A (Mostly) Practical Guide' },
  { itemId: 'recovery', title: 'Effective Disaster Recovery: The Day We Deleted Production' },
  { itemId: 'lightning', title: 'Lightning Talks' },
  { itemId: 'prometheus', title: 'Prometheus Intro and Deep Dive' },
  { itemId: 'everywhere-2022', title: 'Kubernetes Everywhere: Lessons From 2022' },
  { itemId: 'everywhere-2023', title: 'Kubernetes Everywhere: Lessons From 2023' },
];
const index = indexTitles(titles);

/** The items found in some text (lines split on \n), each with the words it spans. */
function found(text: string): [string, string][] {
  const words = wordsOf(text.split('\n').map((line, i) => ({ text: line, line: i + 1 })));
  return chooseHits(findTitles(words, index), () => 0).map((hit) => [hit.itemId, phraseText(words, hit)]);
}

describe('finding known titles in prose', () => {
  it('finds a title in running prose, whatever its case and punctuation', () => {
    expect(
      found('The first talk was kubernetes IS your platform - design patterns for extensible controllers. The main'),
    ).toEqual([['platform', 'kubernetes IS your platform - design patterns for extensible controllers']]);
    expect(found('useful was Autoscaling Kubernetes Deployments: a mostly practical guide, which')).toEqual([
      ['autoscaling', 'Autoscaling Kubernetes Deployments: a mostly practical guide'],
    ]);
  });

  it('finds a title split across lines', () => {
    expect(
      found('talk of the day was\nKubernetes is Your Platform: Design Patterns For Extensible\nControllers. The'),
    ).toEqual([['platform', 'Kubernetes is Your Platform: Design Patterns For Extensible Controllers']]);
  });

  it('tolerates a typo, a missing word and an extra word in a long title', () => {
    expect(found('Kubernetes is Your Platfrom: Design Patterns For Extensible Controlers')).toEqual([
      ['platform', 'Kubernetes is Your Platfrom: Design Patterns For Extensible Controlers'],
    ]);
    expect(found('Kubernetes Your Platform: Design Patterns For Extensible Controllers')).toHaveLength(1);
    expect(found('Kubernetes is Your Platform: Design Patterns For Really Extensible Controllers')).toHaveLength(1);
    expect(found('Effective Disaster Recovery: The Day We Deleted Staging')).toEqual([
      ['recovery', 'Effective Disaster Recovery: The Day We Deleted'],
    ]);
    // Two titles that differ by one word: the one written wins.
    expect(found('Kubernetes Everywhere: Lessons From 2023 and more')).toEqual([
      ['everywhere-2023', 'Kubernetes Everywhere: Lessons From 2023'],
    ]);
  });

  it('does not find a title that differs by more than a little', () => {
    expect(found('Kubernetes is Your Friend: Patterns For Controllers')).toEqual([]);
    expect(found('Design Patterns For Extensible Controllers')).toEqual([]);
    expect(found('Effective Disaster Planning')).toEqual([]);
    // The first word names the talk: without it, any "intro and deep dive" would do.
    expect(found('Crossplane intro and deep dive')).toEqual([]);
    expect(found('Prometheus intro and deep dive')).toEqual([['prometheus', 'Prometheus intro and deep dive']]);
    expect(found('Promethues intro and deep dive')).toEqual([['prometheus', 'Promethues intro and deep dive']]);
  });

  it('finds a talk by its main title alone, when that has three words or more', () => {
    expect(found('A funny talk came from Effective Disaster Recovery, which')).toEqual([
      ['recovery', 'Effective Disaster Recovery'],
    ]);
  });

  it('wants short titles written exactly, and numbers never bent', () => {
    expect(found('then the lightning talks')).toEqual([['lightning', 'lightning talks']]);
    expect(found('then the lightnin talks')).toEqual([]);
    expect(found('Kubernetes Everywhere: Lessons From 2023!')).toEqual([
      ['everywhere-2023', 'Kubernetes Everywhere: Lessons From 2023'],
    ]);
  });

  it('keeps the better of two overlapping hits, and each item once', () => {
    const words = wordsOf([{ text: 'Kubernetes Everywhere: Lessons From 2022 and again Lessons From 2022', line: 1 }]);
    const hits = findTitles(words, index);
    expect(hits.map((hit) => hit.itemId)).toContain('everywhere-2022');
    expect(chooseHits(hits, () => 0).map((hit) => hit.itemId)).toEqual(['everywhere-2022']);
    // With equal hits, the preferred item (the recap's own conference) wins.
    const tie = [
      { itemId: 'a', first: 0, last: 3, matched: 4, misses: 0 },
      { itemId: 'b', first: 0, last: 3, matched: 4, misses: 0 },
    ];
    expect(chooseHits(tie, (id) => (id === 'b' ? 0 : 1)).map((hit) => hit.itemId)).toEqual(['b']);
  });
});

describe('words', () => {
  it('are compared without case and accents, allowing one edit from four letters and two from eight', () => {
    expect(sameWord('fernandez', 'fernández'.normalize('NFKD').replace(/\p{M}/gu, ''))).toBe(true);
    expect(wordsOf([{ text: 'Fernández LÓPEZ', line: 1 }]).map((w) => w.key)).toEqual(['fernandez', 'lopez']);
    expect(sameWord('talk', 'talks')).toBe(true);
    expect(sameWord('cat', 'cats')).toBe(false);
    expect(sameWord('controllers', 'contollers')).toBe(true);
    expect(sameWord('controllers', 'kontrolers')).toBe(true);
    expect(sameWord('platform', 'plaform', false)).toBe(false);
    expect(sameWord('2022', '2021')).toBe(false);
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
  });

  it('keep their line and the punctuation before them', () => {
    const words = wordsOf([
      { text: 'Hello, world:', line: 3 },
      { text: 'again', line: 4 },
    ]);
    expect(words.map((w) => [w.raw, w.line, w.gap])).toEqual([
      ['Hello', 3, ''],
      ['world', 3, ', '],
      ['again', 4, ':\n'],
    ]);
  });
});

describe('title-like phrases', () => {
  const phrases = (text: string) => {
    const words = wordsOf(text.split('\n').map((line, i) => ({ text: line, line: i + 1 })));
    return findTitleLikePhrases(words).map((span) => phraseText(words, span));
  };

  it('finds Title Case words around a colon in prose', () => {
    expect(phrases('I missed Queue Juggling: Backpressure in Practice, sadly.')).toEqual([
      'Queue Juggling: Backpressure in Practice',
    ]);
    expect(
      phrases('a talk called\nKubernetes Everywhere: Lessons Learned From Going\nMulti-Cloud which again'),
    ).toEqual(['Kubernetes Everywhere: Lessons Learned From Going Multi-Cloud']);
  });

  it('leaves ordinary colons and links alone', () => {
    expect(phrases('It delivered: feature flags and a rollback.')).toEqual([]);
    expect(phrases('See [the site](https://Example.org/Page) for Details')).toEqual([]);
    expect(phrases('Note: this matters.')).toEqual([]);
  });
});
