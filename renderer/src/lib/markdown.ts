// Turns Markdown from content, imports and notes into HTML that cannot run script.
import DOMPurify from 'dompurify';
import { Marked } from 'marked';

const marked = new Marked({ gfm: true, breaks: false, async: false });

const purifyOptions = {
  // Styles are dropped: the CSP forbids inline style, and CSS injection is a known trick.
  FORBID_ATTR: ['style'],
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select'],
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#)/i,
};

/** Renders Markdown to sanitised HTML: no script, no event handlers, no javascript: or data: links. */
export function renderMarkdown(markdown: string): string {
  return DOMPurify.sanitize(markdownToHtml(markdown), purifyOptions);
}

/** Longest run of indentation, quote and list marks at the start of a line that is rendered as Markdown. */
export const maxMarkdownNesting = 128;
const nestingMarks = /^(?:[ \t>]|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))+/gm;

/**
 * Markdown to (unsanitised) HTML. Text nested deeper than anyone writes is shown as written
 * instead: marked recurses per level (100,000 nested quotes overflow the stack) and slows down
 * steeply with nested lists (1,000 levels take seconds), and either would freeze or break the view.
 */
export function markdownToHtml(markdown: string): string {
  for (const [marks] of markdown.matchAll(nestingMarks)) {
    if (marks.length > maxMarkdownNesting) return asPlainText(markdown);
  }
  try {
    return marked.parse(markdown) as string;
  } catch {
    return asPlainText(markdown);
  }
}

function asPlainText(text: string): string {
  const escaped = text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
  return `<pre class="markdown-as-text">${escaped}</pre>`;
}
