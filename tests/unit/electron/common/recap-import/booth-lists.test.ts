import { describe, expect, it } from 'vitest';
import {
  bulletsOf,
  guessProductName,
  indexBooths,
  matchBooth,
} from '../../../../../electron/common/recap-import/booth-lists';

const booths = indexBooths([
  { itemId: 'argo-cd', title: 'Argo CD' },
  { itemId: 'spectro-cloud', title: 'Spectro Cloud' },
  { itemId: 'slim-ai', title: 'Slim.ai' },
  { itemId: 'flux', title: 'Flux' },
  { itemId: 'flux-other-conf', title: 'Flux' },
  { itemId: 'cockroachdb', title: 'CockroachDB' },
]);

describe('booth bullets', () => {
  it('match a product name however it is spaced or punctuated, and keep the rest as the note', () => {
    expect(matchBooth('ArgoCD I know we may be late to it', booths)).toEqual({
      itemIds: ['argo-cd'],
      name: 'ArgoCD',
      note: 'I know we may be late to it',
    });
    expect(matchBooth('Spectrocloud a visualisation tool', booths)).toMatchObject({
      itemIds: ['spectro-cloud'],
      name: 'Spectrocloud',
    });
    expect(matchBooth('Slim.ai using ai to shrink images', booths)).toMatchObject({
      name: 'Slim.ai',
      note: 'using ai to shrink images',
    });
    expect(matchBooth('**Flux** - An alternative to Argo CD', booths)).toEqual({
      itemIds: ['flux', 'flux-other-conf'],
      name: 'Flux',
      note: 'An alternative to Argo CD',
    });
  });

  it('tolerate a typo in a long product name, not in a short one', () => {
    expect(matchBooth('CockroachBD a database', booths)).toMatchObject({ itemIds: ['cockroachdb'] });
    expect(matchBooth('Flax - something', booths)).toBeUndefined();
    expect(matchBooth('We liked Flux a lot', booths)).toBeUndefined();
  });

  it('join wrapped lines to their bullet and end at a blank line', () => {
    const lines = ['Intro', '- First item', '  wraps here', '* Second', '1. Third', '', 'After', '# Heading'];
    expect(bulletsOf(lines.map((text, i) => ({ text, line: i + 1 })))).toEqual([
      { text: 'First item wraps here', line: 2 },
      { text: 'Second', line: 4 },
      { text: 'Third', line: 5 },
    ]);
  });

  it('guess the name of an unknown product', () => {
    expect(guessProductName('Kelpie Cloud - dashboards for everything')).toBe('Kelpie Cloud');
    expect(guessProductName('**Kelpie**: dashboards')).toBe('Kelpie');
    expect(guessProductName('Kelpie, a dashboard tool with many many words before any dash - yes')).toBe('Kelpie');
  });
});
