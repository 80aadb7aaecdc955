// Abstracts written in HTML become plain text with their paragraphs; plain text stays as written.
import { describe, expect, it } from 'vitest';
import {
  decodeEntities,
  htmlToPlainText,
  looksLikeHtml,
  plainField,
} from '../../../../../electron/common/schedule-import/html-text';

describe('htmlToPlainText', () => {
  it('keeps paragraphs apart, list items and line breaks on lines of their own', () => {
    const html = '<p>Bring a laptop.</p>\n<p>We cover:</p><ul><li>buoys</li><li>beacons</li></ul><p>One<br>Two</p>';
    expect(htmlToPlainText(html)).toBe('Bring a laptop.\n\nWe cover:\n\n- buoys\n- beacons\n\nOne\nTwo');
  });

  it('collapses source whitespace as a browser would and drops inline tags', () => {
    expect(htmlToPlainText('<p>Spans   are\n   <em>lanterns</em>, <a href="https://x.example">see here</a>.</p>')).toBe(
      'Spans are lanterns, see here.',
    );
  });

  it('decodes entities after the tags are gone, so escaped markup stays text', () => {
    expect(htmlToPlainText('<p>Use &lt;p&gt; &amp; &#8220;quotes&#x201D; &eacute;t&eacute;&nbsp;ok</p>')).toBe(
      'Use <p> & “quotes” été ok',
    );
  });

  it('drops scripts, styles and comments with their content', () => {
    expect(htmlToPlainText('<p>Hi<script>alert(1)</script><style>p{}</style><!-- note --></p>')).toBe('Hi');
  });
});

describe('decodeEntities', () => {
  it('leaves unknown names and replaces impossible code points', () => {
    expect(decodeEntities('&madeup; &#0; &#xD800; &#128054;')).toBe('&madeup; \uFFFD \uFFFD 🐶');
  });
});

describe('plainField', () => {
  it('converts only text that carries HTML; Markdown and comparisons stay as written', () => {
    expect(looksLikeHtml('a < b and **bold**')).toBe(false);
    expect(plainField('  a < b and **bold**\r\nnext  ')).toBe('a < b and **bold**\nnext');
    expect(plainField('<p>Hello</p>')).toBe('Hello');
    expect(plainField('   ')).toBeUndefined();
    expect(plainField(undefined)).toBeUndefined();
  });
});
