import { Marked, type Token, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { githubSlug, HeadingSlugs } from '../../../../renderer/src/lib/trip-report/github-slug';
import { buildTripReport } from '../../../../renderer/src/lib/trip-report/trip-report';
import { defaultTripReportChoice } from '../../../../renderer/src/lib/trip-report/trip-report-choice';
import { tripReportMarkdown } from '../../../../renderer/src/lib/trip-report/trip-report-markdown';
import { harbourData, hostileData, hostileTitle, passage } from '../../../fixtures/trip-report/harbour-devdays';

const marked = new Marked({ gfm: true });
const choice = { ...defaultTripReportChoice, people: 'Zoë and Ravi' };

/** Every token, nested ones included, in document order. */
function allTokens(tokens: Token[]): Token[] {
  return tokens.flatMap((token) => {
    const children: Token[] = [];
    if (token.type === 'list') children.push(...allTokens((token as Tokens.List).items));
    else if ('tokens' in token && Array.isArray(token.tokens)) children.push(...allTokens(token.tokens));
    return [token, ...children];
  });
}

function read(markdown: string) {
  const tokens = allTokens(marked.lexer(markdown));
  const headings = tokens.filter((token): token is Tokens.Heading => token.type === 'heading');
  return {
    tokens,
    headings,
    top: headings.filter((heading) => heading.depth <= 3).map((heading) => `${heading.depth} ${heading.text}`),
    tasks: tokens.filter((token): token is Tokens.ListItem => token.type === 'list_item' && token.task),
    links: tokens.filter((token): token is Tokens.Link => token.type === 'link'),
  };
}

describe('tripReportMarkdown', () => {
  const markdown = tripReportMarkdown(buildTripReport(harbourData(), choice));
  const { tokens, headings, top, tasks, links } = read(markdown);

  it('has the title, the byline, the takeaways, a section per day with a heading per talk, and the action items by owner', () => {
    expect(top).toEqual([
      '1 Trip report: Harbour DevDays 2024',
      '2 Top takeaways',
      '2 Day 1 — Thursday 16 May 2024',
      '3 Ship It Friday',
      '3 Queue Juggling: Backpressure in Practice',
      '2 Day 2 — Friday 17 May 2024',
      '3 Ship It Friday',
      '3 Who Owns the Pager?',
      '2 Booths',
      '3 Pocket DB',
      '2 Action items',
      '3 Ravi',
      '3 Zoë',
      '3 No owner',
    ]);
    expect(markdown).toContain('16–17 May 2024 · Porto, Portugal · Who went: Zoë and Ravi');
    expect(markdown).toContain('Speakers: Cara Nunes (Tidewater), Bo Li');
    expect(markdown).toContain(
      '[Video](<https://video.example/ship-it>) · [Slides](<https://slides.example/ship-it.pdf>) · [Schedule](<https://harbour.example/talks/ship-it-friday/>)',
    );
  });

  it('quotes highlighted passages, with their comments, in the takeaways and under the talk', () => {
    const quotes = tokens.filter((token): token is Tokens.Blockquote => token.type === 'blockquote');
    expect(quotes.filter((quote) => quote.text === passage)).toHaveLength(2);
    expect(markdown).toContain('The **big red button**');
    expect(markdown).toContain('Try a **deploy freeze** switch.');
    expect(markdown).not.toContain('Only for me');
  });

  it('writes action items as task items, ticked when done or dropped, each linking to its talk’s heading', () => {
    expect(tasks.map((task) => [task.checked, task.text.split(' — ')[0]])).toEqual([
      [false, 'Ask Ravi about pagers'],
      [false, 'Book the rollback workshop'],
      [false, 'Try flags in the billing service'],
      [true, 'Write up the rollback demo'],
      [false, 'Find the panel recording'],
      [true, '~~Read the pager paper~~'],
    ]);
    expect(tasks[1]?.text).toContain('in progress, due 2024-06-01 · [Ship It Friday](#ship-it-friday)');
    // Every in-document link lands on a heading, by the slugs GitHub gives them in order.
    const slugs = new HeadingSlugs();
    const known = new Set(headings.map((heading) => slugs.next(heading.text)));
    const internal = links.filter((link) => link.href.startsWith('#'));
    expect(internal.length).toBeGreaterThan(6);
    for (const link of internal) expect(known, link.href).toContain(link.href.slice(1));
    expect(internal.map((link) => link.href)).toContain('#ship-it-friday');
  });

  it('is the same text for the same report', () => {
    expect(tripReportMarkdown(buildTripReport(harbourData(), choice))).toBe(markdown);
  });
});

describe('tripReportMarkdown with hostile titles and notes', () => {
  const markdown = tripReportMarkdown(buildTripReport(hostileData(), choice));
  const { headings, top, links, tokens } = read(markdown);

  it('keeps the document’s outline: a note adds no heading above the talk’s and an open fence swallows nothing', () => {
    expect(headings.filter((heading) => heading.depth === 1)).toHaveLength(1);
    expect(top).toEqual([
      '1 Trip report: Harbour DevDays 2024',
      '2 Top takeaways',
      '2 Day 1 — Thursday 16 May 2024',
      `3 ${hostileTitle.replace(/[\\`*_[\]<>|#]/g, (character) => `\\${character}`)}`,
      '3 Ship It Friday',
      '3 Queue Juggling: Backpressure in Practice',
      '2 Day 2 — Friday 17 May 2024',
      '3 Ship It Friday',
      '3 Who Owns the Pager?',
      '2 Booths',
      '3 Pocket DB',
      '2 Action items',
      '3 \\#\\# \\<b\\>Mallory\\</b\\> \\[x\\](y)',
      '3 Ravi',
      '3 Zoë',
      '3 No owner',
    ]);
    // The note's headings, in a quote too, nest under the talk.
    expect(headings.filter((heading) => /heading/i.test(heading.text)).map((heading) => heading.depth)).toEqual([
      4, 4, 4, 4, 4, 4,
    ]);
  });

  it('lets no user text make a link, HTML or a raw <script>', () => {
    expect(links.every((link) => /^(?:#|https:\/\/)/.test(link.href))).toBe(true);
    expect(tokens.filter((token) => token.type === 'html')).toEqual([]);
    // The note's raw HTML shows as code: seen, never run, and an unclosed `<!--` ends with its note.
    const code = tokens.filter((token): token is Tokens.Code => token.type === 'code').map((token) => token.text);
    expect(code).toContainEqual('<script>alert(1)</script>');
    expect(code.some((text) => text.includes('fence never closed') && text.startsWith('<!--'))).toBe(true);
    // The title is text: the slides' data: link is left out.
    expect(markdown).not.toContain('data:text');
  });
});

describe('githubSlug', () => {
  it('slugs as GitHub does', () => {
    expect(githubSlug('Day 1 — Thursday 16 May 2024')).toBe('day-1--thursday-16-may-2024');
    expect(githubSlug('Queue Juggling: Backpressure in Practice')).toBe('queue-juggling-backpressure-in-practice');
    expect(githubSlug('Zoë’s C++ & Go_lang')).toBe('zoës-c--go_lang');
    const slugs = new HeadingSlugs();
    expect(['a', 'a', 'a-1', 'a'].map((text) => slugs.next(text))).toEqual(['a', 'a-1', 'a-1-1', 'a-2']);
  });
});
