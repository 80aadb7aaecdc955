// The Markdown checklist, read back with marked's lexer: one task item per action, checked as its
// status says, headings linking back to each talk, and no hostile title able to add structure.
import { Lexer, type Token, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { displayTitle, talkDeepLink } from '../../../../renderer/src/lib/export/exportable-action';
import {
  escapeMarkdownLine,
  escapeMarkdownText,
  exportActionsAsMarkdown,
} from '../../../../renderer/src/lib/export/markdown-checklist';
import { booth, context, hostileActions, keynote, removedTalk } from '../../../fixtures/export/hostile-actions';

/** Every token, depth first. */
function walk(tokens: readonly Token[]): Token[] {
  return tokens.flatMap((token) => {
    const children: Token[] = [];
    if ('tokens' in token && Array.isArray(token.tokens)) children.push(...walk(token.tokens));
    if (token.type === 'list') children.push(...walk((token as Tokens.List).items));
    return [token, ...children];
  });
}

/** The text a reader sees, from inline tokens. */
function plainText(tokens: readonly Token[]): string {
  return tokens
    .map((token) => {
      if (token.type === 'br') return '\n';
      if ('tokens' in token && Array.isArray(token.tokens) && token.tokens.length > 0) return plainText(token.tokens);
      return 'text' in token ? String(token.text) : '';
    })
    .join('');
}

const markdown = exportActionsAsMarkdown(hostileActions, context);
const tokens = Lexer.lex(markdown);
const all = walk(tokens);

describe('exportActionsAsMarkdown', () => {
  it('has one level-2 heading per talk, each a link back to the talk in Debrief', () => {
    const headings = tokens.filter((token): token is Tokens.Heading => token.type === 'heading');
    expect(headings.map((heading) => heading.depth)).toEqual([1, 2, 2, 2]);
    const links = headings.slice(1).map((heading) => heading.tokens[0] as Tokens.Link);
    expect(links.map((link) => link.type)).toEqual(['link', 'link', 'link']);
    expect(links.map((link) => link.href)).toEqual([keynote.id, booth.id, removedTalk.id].map(talkDeepLink));
    expect(links.map((link) => plainText(link.tokens))).toEqual([keynote.title, booth.title, removedTalk.title]);
    expect(headings[3]!.text).toContain('(removed from the recap)');
  });

  it('links to the recording when the talk has an http(s) one, and never to a javascript: link', () => {
    const hrefs = all.filter((token): token is Tokens.Link => token.type === 'link').map((link) => link.href);
    expect(hrefs).toContain(keynote.url);
    expect(markdown).not.toContain('javascript:alert');
  });

  it('writes one task list item per action, checked for done and dropped, in talk order', () => {
    const lists = tokens.filter((token): token is Tokens.List => token.type === 'list');
    expect(lists).toHaveLength(3);
    const items = lists.flatMap((list) => list.items);
    const expected = [0, 1, 5, 2, 3, 4].map((index) => hostileActions[index]!.action);
    expect(items).toHaveLength(expected.length);
    for (const [index, item] of items.entries()) {
      const action = expected[index]!;
      expect(item.task).toBe(true);
      expect(item.checked).toBe(action.status === 'done' || action.status === 'dropped');
    }
  });

  it('shows every hostile title as its own text, without headings, HTML, code or nested lists', () => {
    const items = tokens.filter((token): token is Tokens.List => token.type === 'list').flatMap((list) => list.items);
    const titles = items.map((item) => plainText(item.tokens.filter((token) => token.type === 'text')).split('\n')[0]);
    expect(titles[0]).toContain(displayTitle(hostileActions[0]!.action));
    expect(titles[1]).toContain('- [x] ## fake *heading* <b>html</b> [link](javascript:x) `code` | a | b');
    expect(titles[3]).toContain('=HYPERLINK("http://evil.example","click") second line');
    expect(titles[4]).toContain('(untitled action)');
    const kinds = new Set(all.map((token) => token.type));
    for (const forbidden of ['html', 'code', 'codespan', 'table', 'hr', 'em', 'strong'])
      expect(kinds).not.toContain(forbidden);
    for (const item of items) expect(walk(item.tokens).some((token) => token.type === 'list')).toBe(false);
  });

  it('keeps notes under their action, line by line, and the source quote as a quotation', () => {
    const items = tokens.filter((token): token is Tokens.List => token.type === 'list').flatMap((list) => list.items);
    const shown = plainText(items[1]!.tokens.filter((token) => token.type === 'text'));
    expect(shown.split('\n').slice(1)).toEqual([
      '# not a heading',
      '- not a list',
      '1. not ordered',
      '===',
      'not code',
      '```',
      'not a fence',
    ]);
    const quote = items[0]!.tokens.find((token): token is Tokens.Blockquote => token.type === 'blockquote');
    expect(quote?.text).toContain('We have a big red button.');
    const firstNotes = plainText(items[0]!.tokens.filter((token) => token.type === 'text'));
    expect(firstNotes).toContain('<script>x</script> *bold* [l](u) `c` | ~ # & &amp;');
    expect(firstNotes).toContain('👩🏽‍💻 مرحبا שלום');
  });

  it('shows owner, due date, priority, tags and a dropped action struck through', () => {
    expect(markdown).toContain('owner: Ana, "the" lead · due: 2024-05-24 · priority: high · tags: on call, sre,ops');
    const dropped = all.find((token): token is Tokens.Del => token.type === 'del');
    expect(dropped?.text).toBe('(untitled action)');
    expect(markdown).toContain('(in progress)');
  });

  it('keeps the 100 KB note whole and says when it was exported, from the context alone', () => {
    expect(markdown.length).toBeGreaterThan(100_000);
    expect(markdown).toContain('Exported from Debrief 0.1.0 on 2024-05-24: 6 action items.');
    expect(exportActionsAsMarkdown(hostileActions, context)).toBe(markdown);
  });
});

describe('escapeMarkdownLine', () => {
  it.each([
    ['- item', 'item'],
    ['+ item', 'item'],
    ['12. item', 'item'],
    ['3) item', 'item'],
    ['# heading', 'heading'],
    ['> quote', 'quote'],
    ['*em* _em_ **strong**', 'em'],
    ['`code`', 'code'],
    ['<b>html</b>', 'html'],
    ['[a](b) ![i](j)', 'link'],
    ['~~del~~', 'del'],
    ['a \\ b', 'backslash'],
  ])('turns %j into text that reads back the same', (input) => {
    const [block] = Lexer.lex(escapeMarkdownLine(input)) as Tokens.Paragraph[];
    expect(block?.type).toBe('paragraph');
    expect(plainText(block!.tokens)).toBe(input);
  });
});

describe('escapeMarkdownText', () => {
  it('leaves a version number or a date in the middle of a line as typed', () => {
    expect(escapeMarkdownText('0.1.0')).toBe('0.1.0');
    expect(escapeMarkdownText('2024-05-24 - R&D')).toBe('2024-05-24 - R&D');
  });
});
