// The bridge between DOM ranges and character offsets into an element's text content, the
// coordinates highlights are stored in. Offsets count the element's Text nodes in document order,
// which is exactly what `textContent` and `Range.toString()` concatenate.

/** Character offsets into an element's text content. */
export interface TextSpan {
  start: number;
  end: number;
}

/**
 * Where `range` lies within `root`'s text. A range that reaches outside `root` is cut to the part
 * inside; one that does not touch `root` at all gives null.
 */
export function spanOfRange(root: Node, range: Range): TextSpan | null {
  const within = root.ownerDocument!.createRange();
  within.selectNodeContents(root);
  if (
    range.compareBoundaryPoints(Range.END_TO_START, within) >= 0 ||
    range.compareBoundaryPoints(Range.START_TO_END, within) <= 0
  ) {
    return null;
  }
  const clipped = range.cloneRange();
  if (range.compareBoundaryPoints(Range.START_TO_START, within) < 0) clipped.setStart(root, 0);
  if (range.compareBoundaryPoints(Range.END_TO_END, within) > 0) clipped.setEnd(root, root.childNodes.length);
  return {
    start: offsetOf(root, clipped.startContainer, clipped.startOffset),
    end: offsetOf(root, clipped.endContainer, clipped.endOffset),
  };
}

function offsetOf(root: Node, container: Node, offset: number): number {
  const before = root.ownerDocument!.createRange();
  before.selectNodeContents(root);
  before.setEnd(container, offset);
  return before.toString().length;
}

/** A DOM range over `root`'s text from `start` to `end`, or null if the text is shorter than that. */
export function rangeOfSpan(root: Node, span: TextSpan): Range | null {
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const range = root.ownerDocument!.createRange();
  let seen = 0;
  let startSet = false;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const length = node.data.length;
    // A start exactly at a node's end belongs to the next node, so the range does not begin on nothing.
    if (!startSet && span.start < seen + length) {
      range.setStart(node, span.start - seen);
      startSet = true;
    }
    if (startSet && span.end <= seen + length) {
      range.setEnd(node, span.end - seen);
      return range;
    }
    seen += length;
  }
  return null;
}
