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

// The spans painted on each surface: a talk's own text, and each recap's text shown beside it.
// The registry holds one entry per color for the whole page, so each entry is the union of all.
const painted = new Map<string, PaintedSpan[] & { root?: Node }>();

function repaint(): void {
  const highlights = registry();
  if (!highlights) return;
  for (const color of highlightColors) {
    const ranges = [...painted.values()].flatMap((spans) =>
      spans
        .filter((span) => span.color === color)
        .map((span) => (spans.root ? rangeOfSpan(spans.root, span) : null))
        .filter((range): range is Range => range !== null),
    );
    const name = highlightRegistryName(color);
    if (ranges.length > 0) highlights.set(name, new Highlight(...ranges));
    else highlights.delete(name);
  }
}

/** Replaces the annotation highlights painted on one surface (`body` by default) with `spans` inside `root`. */
export function paintHighlights(root: Node, spans: readonly PaintedSpan[], surface = 'body'): void {
  painted.set(surface, Object.assign([...spans], { root }));
  repaint();
}

/** Removes the annotation highlights of one surface, or of every surface (leaving any other highlights alone). */
export function clearHighlights(surface?: string): void {
  const highlights = registry();
  if (surface === undefined) painted.clear();
  else painted.delete(surface);
  if (!highlights) return;
  repaint();
  if (surface === undefined) highlights.delete(focusHighlightName);
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
