import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildTripReport } from '../../../../renderer/src/lib/trip-report/trip-report';
import { defaultTripReportChoice } from '../../../../renderer/src/lib/trip-report/trip-report-choice';
import { tripReportHtml } from '../../../../renderer/src/lib/trip-report/trip-report-html';
import { harbourData, hostileData, passage } from '../../../fixtures/trip-report/harbour-devdays';

/** Stands in for the app's sanitiser: Markdown shown as escaped text, with one heading to see it nested. */
const escapingStub = (markdown: string) =>
  `<h1>From the note</h1><p>${markdown.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)}</p>`;
const choice = { ...defaultTripReportChoice, people: 'Zoë <b>and</b> Ravi' };

describe('tripReportHtml', async () => {
  const html = await tripReportHtml(buildTripReport(harbourData(), choice), escapingStub);

  it('is one HTML5 document in English with a title, charset and viewport', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain('<title>Trip report: Harbour DevDays 2024</title>');
    expect(html.match(/<main>/g)).toHaveLength(1);
  });

  it('allows only its one style element, by its hash, and has no script, inline style or outside resource', () => {
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)];
    expect(styles).toHaveLength(1);
    const hash = createHash('sha256').update(styles[0]![1]!, 'utf8').digest('base64');
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-${hash}'; img-src data:">`,
    );
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\sstyle=/i);
    expect(html).not.toMatch(/<(?:link|img|iframe|object|embed)\b/i);
    expect(html).not.toMatch(/src=/i);
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]!);
    expect(hrefs.filter((href) => !href.startsWith('#')).sort()).toEqual([
      'https://harbour.example/sessions/pager',
      'https://harbour.example/talks/ship-it-friday/',
      'https://slides.example/ship-it.pdf',
      'https://video.example/ship-it',
    ]);
  });

  it('prints with a page per day, no highlight or action cut in two, and 18 mm margins', () => {
    expect(html).toContain('@page { margin: 18mm; }');
    expect(html).toMatch(/@media print \{[\s\S]*main > section\.day \{ break-before: page; \}/);
    expect(html).toContain('main > section:first-of-type { break-before: auto; }');
    expect(html).toMatch(/\.highlight, blockquote, \.action[^{]*\{ break-inside: avoid; \}/);
  });

  it('links every internal link to an id on the page, and every talk has a heading of its own', () => {
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]));
    const internal = [...html.matchAll(/href="#([^"]*)"/g)].map((match) => match[1]);
    expect(internal.length).toBeGreaterThan(5);
    for (const id of internal) expect(ids).toContain(id);
    expect(html.match(/<h3>Ship It Friday<\/h3>/g)).toHaveLength(2);
  });

  it('quotes highlights with their colour in words and nests the note’s headings under the talk’s', () => {
    expect(html).toContain(`<blockquote><p><mark>${passage}</mark></p></blockquote>`);
    expect(html).toContain('<span class="colour">Green highlight</span>');
    // Under a talk (h3) and its "Notes" (h4) the note's h1 is an h5; in the takeaways (under h2), an h3.
    expect(html).toContain('<h5>From the note</h5>');
    expect(html).toContain('<h3>From the note</h3>');
    expect(html).not.toContain('<h1>From the note');
    const levels = [...html.matchAll(/<h([1-6])/g)].map((match) => Number(match[1]));
    levels.forEach((level, index) => expect(level - (levels[index - 1] ?? 0)).toBeLessThanOrEqual(1));
  });

  it('escapes what the user typed', () => {
    expect(html).toContain('Who went: Zoë &#60;b&#62;and&#60;/b&#62; Ravi');
    expect(html).not.toContain('<b>');
  });
});

describe('tripReportHtml with hostile titles and notes', async () => {
  const html = await tripReportHtml(buildTripReport(hostileData(), choice), escapingStub);

  it('shows hostile titles and owners as text', () => {
    expect(html).not.toMatch(/<script|<img|<b>|href="(?!#|https:)|data:text/i);
    expect(html).toContain('# Pwned &#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html).toContain('<h3>## &#60;b&#62;Mallory&#60;/b&#62; [x](y)</h3>');
  });
});
