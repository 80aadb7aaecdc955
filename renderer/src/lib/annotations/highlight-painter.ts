// Paints highlights over a talk's rendered text with the CSS Custom Highlight API: the text's DOM is
// left as it is (the sanitised Markdown stays untouched), and each color is one named entry in
// `CSS.highlights`. Only Debrief-annotation names are ever set or removed here — search paints its
// matches under its own name in the same registry.
import { highlightColors, highlightRegistryName, type HighlightColor } from './highlight-colors';
import { rangeOfSpan, type TextSpan } from './text-ranges';

/** One highlight to paint: its color and where it is in the root's text. */
export interface PaintedSpan extends TextSpan {
  color: HighlightColor;
}

/** The registry name of the brief flash on a highlight the user asked to see. */
export const focusHighlightName = 'debrief-annotation-focus';

function registry(): HighlightRegistry | undefined {
  return typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : undefined;
}

/** Replaces every painted annotation highlight with `spans` inside `root`. */
export function paintHighlights(root: Node, spans: readonly PaintedSpan[]): void {
  const highlights = registry();
  if (!highlights) return;
  for (const color of highlightColors) {
    const ranges = spans
      .filter((span) => span.color === color)
      .map((span) => rangeOfSpan(root, span))
      .filter((range): range is Range => range !== null);
    const name = highlightRegistryName(color);
    if (ranges.length > 0) highlights.set(name, new Highlight(...ranges));
    else highlights.delete(name);
  }
}

/** Removes every annotation highlight (leaving any other highlights alone). */
export function clearHighlights(): void {
  const highlights = registry();
  if (!highlights) return;
  for (const color of highlightColors) highlights.delete(highlightRegistryName(color));
  highlights.delete(focusHighlightName);
}

/** Scrolls a highlight into view and flashes it for a moment. */
export function revealSpan(root: Node, span: TextSpan): void {
  const range = rangeOfSpan(root, span);
  if (!range) return;
  const element = range.startContainer.parentElement;
  element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  const highlights = registry();
  if (!highlights) return;
  const flash = new Highlight(range);
  highlights.set(focusHighlightName, flash);
  setTimeout(() => {
    if (highlights.get(focusHighlightName) === flash) highlights.delete(focusHighlightName);
  }, 1600);
}
