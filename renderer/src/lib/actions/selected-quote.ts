// "Make action item" from a selection: the passage of the talk's text that is selected, and the
// title an action made from it gets when the user typed none.
import { tidySelection } from '../annotations/anchoring';
import { spanOfRange } from '../annotations/text-ranges';

/** The longest default title taken from a quote, in characters. */
export const maxQuoteTitleLength = 80;

/**
 * The text selected inside `root`, trimmed; null when nothing there is selected. A selection that
 * runs past `root` keeps only its part inside.
 */
export function selectedQuote(root: HTMLElement, selection: Selection | null): string | null {
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (range.collapsed) return null;
  const span = spanOfRange(root, range);
  if (!span) return null;
  const text = root.textContent ?? '';
  const tidy = tidySelection(text, span.start, span.end);
  return tidy ? text.slice(tidy.start, tidy.end) : null;
}

/** A title for an action made from a quote: the quote on one line, cut at a word near 80 characters. */
export function titleFromQuote(quote: string): string {
  const line = quote.replace(/\s+/g, ' ').trim();
  if (line.length <= maxQuoteTitleLength) return line;
  const cut = line.slice(0, maxQuoteTitleLength - 1);
  // The cut may already fall between two words; otherwise it backs up to the last space.
  const atWord = line[cut.length] === ' ' ? cut.length : cut.lastIndexOf(' ');
  return `${(atWord > maxQuoteTitleLength / 2 ? cut.slice(0, atWord) : cut).trimEnd()}…`;
}
