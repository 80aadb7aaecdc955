// Snippets and highlighting: which words light up, where the excerpt is cut, and that matched
// text is only ever cut into segments, never turned into markup.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../../../renderer/src/lib/search/documents';
import { findMatches, makeSnippet, segmentsOf } from '../../../../renderer/src/lib/search/snippets';

const marked = (segments: { text: string; match: boolean }[]) =>
  segments.map((s) => (s.match ? `[${s.text}]` : s.text)).join('');

describe('findMatches', () => {
  it('matches whole words by folded form, not parts of words', () => {
    const text = 'Autoscaling, AUTOSCALING and autoscalingish; Fernández';
    expect(marked(segmentsOf(text, findMatches(text, { terms: ['autoscaling', 'fernandez'], phrases: [] })))).toBe(
      '[Autoscaling], [AUTOSCALING] and autoscalingish; [Fernández]',
    );
  });

  it('matches phrases across punctuation and line breaks, as one range', () => {
    const text = 'Keep a big red\nbutton — big, red, button! Not big blue button.';
    expect(marked(segmentsOf(text, findMatches(text, { terms: [], phrases: ['big red button'] })))).toBe(
      'Keep a [big red\nbutton] — [big, red, button]! Not big blue button.',
    );
  });

  it('merges a term inside a phrase match into one range', () => {
    const text = 'the big red button';
    expect(findMatches(text, { terms: ['red'], phrases: ['big red button'] })).toEqual([[4, 18]]);
  });

  it('finds nothing with nothing to find', () => {
    expect(findMatches('anything', { terms: [], phrases: [] })).toEqual([]);
    expect(findMatches('', { terms: ['x'], phrases: ['x y'] })).toEqual([]);
  });
});

describe('makeSnippet', () => {
  const filler = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

  it('keeps a short text whole', () => {
    expect(marked(makeSnippet('Karpenter adds   nodes.', { terms: ['nodes'], phrases: [] }))).toBe(
      'Karpenter adds [nodes].',
    );
  });

  it('cuts around the densest cluster of matches at word boundaries, with ellipses', () => {
    const text = `${filler(40)} lonely match here. ${filler(40)} match and match and match again ${filler(40)}`;
    const snippet = makeSnippet(text, { terms: ['match'], phrases: [] }, 80);
    const shown = marked(snippet);
    expect(shown.startsWith('…')).toBe(true);
    expect(shown.endsWith('…')).toBe(true);
    expect(shown).toContain('[match] and [match] and [match]');
    expect(shown).not.toContain('lonely');
    const inner = snippet
      .slice(1, -1)
      .map((s) => s.text)
      .join('');
    expect(inner.length).toBeLessThanOrEqual(80);
    expect(inner).toMatch(/^word\d+ /);
    expect(inner).toMatch(/ (word\d+|again)$/);
  });

  it('starts at the beginning when nothing matches', () => {
    const shown = marked(makeSnippet(`${filler(60)}`, { terms: ['absent'], phrases: [] }, 50));
    expect(shown.startsWith('word0 word1')).toBe(true);
    expect(shown.endsWith('…')).toBe(true);
    expect(shown).not.toContain('[');
  });

  it('keeps markup-looking text as text', () => {
    const segments = makeSnippet('<img src=x onerror=alert(1)> karpenter', { terms: ['karpenter'], phrases: [] });
    expect(segments).toEqual([
      { text: '<img src=x onerror=alert(1)> ', match: false },
      { text: 'karpenter', match: true },
    ]);
  });

  it('is empty for an empty text', () => {
    expect(makeSnippet('  \n ', { terms: ['x'], phrases: [] })).toEqual([]);
  });
});

describe('plainText', () => {
  it('drops Markdown syntax but keeps every word a reader sees', () => {
    const markdown = [
      '## Why it *matters*',
      '',
      '> A **big red button** that [freezes deploys](https://example.com/x).',
      '- first_item and snake_case_name',
      '1. `kubectl` ~~old~~ ![diagram](d.png)',
      '```yaml',
      'replicas: 3',
      '```',
      '<b>bold</b>',
    ].join('\n');
    expect(plainText(markdown)).toBe(
      [
        'Why it matters',
        '',
        'A big red button that freezes deploys.',
        'first_item and snake_case_name',
        'kubectl old diagram',
        'replicas: 3',
        'bold',
      ].join('\n'),
    );
  });
});
