// Bad input for everything shown as Markdown (the recap's text, imported recaps, the user's notes):
// nesting deeper than anyone writes must neither throw (marked recurses once per level) nor freeze
// the window (marked slows down steeply with nested lists). It is shown as the text it is.
import { describe, expect, it } from 'vitest';
import { markdownToHtml } from '../../../renderer/src/lib/markdown';
import { nestedJson } from './bad-inputs';

const cases: [string, string][] = [
  ['quotes nested 100,000 deep', `${'>'.repeat(100_000)} the deepest thought`],
  ['quotes nested 100,000 deep, spaced', `${'> '.repeat(100_000)}the deepest thought`],
  [
    'a list nested 5,000 deep',
    Array.from({ length: 5_000 }, (_, depth) => `${'  '.repeat(depth)}- level ${depth}`).join('\n'),
  ],
  ['quotes and lists nested in turn', `${'> - '.repeat(5_000)}the deepest thought`],
];

describe('Markdown nested without end', () => {
  it.each(cases)('%s: shown as its text, quickly', (_name, markdown) => {
    const started = performance.now();
    const html = markdownToHtml(markdown);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(html.startsWith('<pre class="markdown-as-text">')).toBe(true);
    expect(html).toContain(markdown.includes('level 4999') ? 'level 4999' : 'the deepest thought');
    expect(html).not.toMatch(/<(?!\/?pre)/);
  });

  it('JSON nested 100,000 deep is only brackets to Markdown: rendered as a paragraph', () => {
    expect(markdownToHtml(nestedJson(100_000))).toMatch(/^<p>\[+\]+<\/p>\n$/);
  });

  it('everyday nesting is still Markdown', () => {
    const nested = Array.from({ length: 10 }, (_, depth) => `${'  '.repeat(depth)}- level ${depth}`).join('\n');
    expect(markdownToHtml(`> a quote\n> > in a quote\n\n${nested}`)).toMatch(/^<blockquote>[^]*<ul>[^]*level 9/);
  });

  it('text shown as written cannot become markup', () => {
    const html = markdownToHtml(`${'>'.repeat(1_000)} <img src=x onerror=alert(1)> & "quotes"`);
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62; &#38; &#34;quotes&#34;');
  });
});
