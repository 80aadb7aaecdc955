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
  const html = marked.parse(markdown) as string;
  return DOMPurify.sanitize(html, purifyOptions);
}
