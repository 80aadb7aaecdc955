// The user's notes put inside a report under a talk's heading. A note is Markdown as they wrote it,
// but in a bigger document it must not change that document's shape: its headings are moved down
// to nest under the talk (so "# Idea" cannot become a section of the report, and the HTML's heading
// levels stay in order), a code fence left open is closed (it would swallow every talk after it)
// and raw HTML blocks are shown as code (an unclosed `<script>`, `<pre>` or `<!--` also runs to the
// end of the document). Everything else is kept byte for byte.
import { lexer, type Token } from 'marked';

/** Nesting deeper than anyone writes: marked recurses per level, so such a note is shown as code instead. */
const maxNesting = 128;
const nestingMarks = /^(?:[ \t>]|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))+/gm;

// An ATX heading inside a quote or a list item: the container marks, then the heading's `#`s.
const containedHeading = /^((?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))+[ \t]{0,4})(#{1,6})(?=[ \t]|$)/gm;
const fencedCode = /^ {0,3}(?:`{3,}|~{3,})/;

/**
 * Heading levels for a note's headings in order: the shallowest lands on `base`, deeper ones keep
 * their distance but never skip a level below the one before (no h4 straight to h6), and none goes past 6.
 */
export function nestedLevels(levels: readonly number[], base: number): number[] {
  const shallowest = Math.min(...levels);
  let previous = base - 1;
  return levels.map((level) => {
    const nested = Math.min(6, base + level - shallowest, previous + 1);
    previous = Math.max(base, nested);
    return previous;
  });
}

/** A fence of backticks longer than any run of them in `text`, so the text cannot close it. */
export function fenceFor(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map(([run]) => run.length));
  return '`'.repeat(Math.max(3, longest + 1));
}

function asCode(text: string, language = ''): string {
  const fence = fenceFor(text);
  return `${fence}${language}\n${text.replace(/\n+$/, '')}\n${fence}`;
}

/** A note's Markdown made safe to place under a heading of level `base - 1`; trimmed, without a final newline. */
export function nestedMarkdown(markdown: string, base: number): string {
  const text = markdown.replace(/\r\n?/g, '\n').replace(/^\n+|\s+$/g, '');
  if (text === '') return '';
  for (const [marks] of text.matchAll(nestingMarks)) if (marks.length > maxNesting) return asCode(text);
  let tokens: Token[];
  try {
    tokens = lexer(text, { gfm: true });
  } catch {
    return asCode(text);
  }
  // First every heading's level, in order, so the note's outline is moved down as a whole.
  const levels: number[] = [];
  for (const token of tokens) {
    if (token.type === 'heading') levels.push((token as { depth: number }).depth);
    else if (token.type === 'blockquote' || token.type === 'list') {
      for (const match of token.raw.matchAll(containedHeading)) levels.push(match[2]!.length);
    }
  }
  const nested = levels.length > 0 ? nestedLevels(levels, base) : [];
  let at = 0;
  const nextLevel = () => nested[at++] ?? base;
  const parts = tokens.map((token) => {
    // Each block keeps the line ending its source had; the blank lines between are tokens of their own.
    const end = token.raw.endsWith('\n') ? '\n' : '';
    if (token.type === 'heading') {
      const words = (token as { text: string }).text
        .replace(/\s*\n\s*/g, ' ')
        .replace(/(\s)(#+)$/, (_all, space: string, marks: string) => `${space}${marks.replace(/#/g, '\\#')}`);
      return `${'#'.repeat(nextLevel())} ${words}${end}`;
    }
    if (token.type === 'code' && fencedCode.test(token.raw)) {
      const { text: code, lang } = token as { text: string; lang?: string };
      return `${asCode(code, (lang ?? '').replace(/[`\s]/g, ''))}${end}`;
    }
    if (token.type === 'html') return `${asCode(token.raw, 'html')}${end}`;
    if (token.type === 'blockquote' || token.type === 'list') {
      return token.raw.replace(containedHeading, (_match, marks: string) => `${marks}${'#'.repeat(nextLevel())}`);
    }
    return token.raw;
  });
  return parts.join('').replace(/\s+$/, '');
}

/**
 * Rendered HTML of a note with its headings moved down the same way: `<h1>` to `<h6>` become levels
 * from `base`. Used on the sanitiser's output, whose tags are well formed.
 */
export function nestedHtmlHeadings(html: string, base: number): string {
  const openings = [...html.matchAll(/<h([1-6])(?=[\s>])/gi)].map((match) => Number(match[1]));
  if (openings.length === 0) return html;
  const nested = nestedLevels(openings, base);
  let at = 0;
  let open = base;
  return html.replace(/<(\/?)h([1-6])(?=[\s>])/gi, (_match, closing: string) => {
    if (closing) return `</h${open}`;
    open = nested[at++] ?? base;
    return `<h${open}`;
  });
}
