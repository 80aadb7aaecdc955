// Finds matches in text spread over many DOM text nodes (a talk's title, facts, takeaways and
// body). Pure: it works on the nodes' strings and says which node and offset each match starts
// and ends at, so the DOM side only turns those into Ranges.
import { findMatches, type Matcher } from './snippets';

/** A position in the i-th text: [text index, offset]. */
export type TextPoint = readonly [number, number];

/** A match spanning from one text position to another (end exclusive). */
export interface TextMatch {
  start: TextPoint;
  end: TextPoint;
}

/**
 * Every match in the texts, in order. The texts are read as one with a line break between each,
 * so words in different elements never run together, while a phrase may cross an element edge
 * ("<em>big</em> red button").
 */
export function matchesInTexts(texts: readonly string[], matcher: Matcher): TextMatch[] {
  const starts: number[] = [];
  let length = 0;
  for (const text of texts) {
    starts.push(length);
    length += text.length + 1;
  }
  const joined = texts.join('\n');
  return findMatches(joined, matcher).map(([from, to]) => ({
    start: pointAt(starts, texts, from, 'start'),
    end: pointAt(starts, texts, to, 'end'),
  }));
}

function pointAt(
  starts: readonly number[],
  texts: readonly string[],
  offset: number,
  side: 'start' | 'end',
): TextPoint {
  // The last text starting at or before the offset (for an end, strictly before: an end offset
  // at a text's first character belongs to the text before).
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    const start = starts[middle] as number;
    if (side === 'start' ? start <= offset : start < offset) low = middle;
    else high = middle - 1;
  }
  const within = Math.min(offset - (starts[low] as number), (texts[low] as string).length);
  return [low, within];
}
