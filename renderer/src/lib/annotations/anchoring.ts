// Where a highlight sits in a talk's text, as W3C Web Annotation selectors, and how it finds its
// place again after the text changed. Works on plain strings (the text content of the talk's body as
// rendered), so it is pure and tested without a DOM; ui code maps offsets to DOM ranges.
//
// Re-anchoring tries, in order: the stored position (the text there is still the quote), the exact
// quote (the occurrence whose context matches best, then the one nearest the old position), a fuzzy
// match of the quote scored on quote, prefix, suffix and position, and otherwise reports the
// highlight as orphaned — the caller shows it with its quote, it is never dropped.
import type { TextPositionSelector, TextQuoteSelector } from '../../../../electron/common/user-records';
import { findApproximateMatches, similarity } from './approximate-match';

/** The selectors stored on a highlight. */
export interface PassageTarget {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** Where a highlight was found in the current text, and how; or that it could not be placed. */
export type Anchor =
  { status: 'anchored'; how: 'position' | 'quote' | 'fuzzy'; start: number; end: number } | { status: 'orphaned' };

/** How many characters of context either side of a quote are kept (as Hypothesis does). */
export const contextLength = 32;

/** A fuzzy match may differ from the stored quote by at most this share of its characters. */
export const maxFuzzyEditShare = 0.25;

/** Quotes shorter than this need their context to agree before a fuzzy match is trusted. */
const shortQuoteLength = 16;

// Weights of the fuzzy score: the quote matters most, context next, position breaks ties.
const weights = { quote: 50, prefix: 20, suffix: 20, position: 2 };

/**
 * Narrows a selection of `text` to what a person meant: leading and trailing whitespace are not
 * part of a passage. Returns null when nothing but whitespace is selected.
 */
export function tidySelection(text: string, start: number, end: number): { start: number; end: number } | null {
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(text.length, Math.max(start, end));
  while (from < to && /\s/.test(text[from]!)) from++;
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  return from < to ? { start: from, end: to } : null;
}

/** Builds the quote and position selectors for `text.slice(start, end)`. */
export function describePassage(text: string, start: number, end: number): PassageTarget {
  if (start < 0 || end > text.length || start >= end) {
    throw new RangeError(`A passage must be a non-empty part of the text: got ${start}–${end} of ${text.length}`);
  }
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - contextLength), start),
      suffix: text.slice(end, end + contextLength),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/** Finds where a stored passage is in the current `text` (see the file comment for the order of tries). */
export function anchorPassage(text: string, target: PassageTarget): Anchor {
  const { exact } = target.quote;
  const { start, end } = target.position;
  if (exact.length === 0) return { status: 'orphaned' };
  if (start >= 0 && end <= text.length && text.slice(start, end) === exact) {
    return { status: 'anchored', how: 'position', start, end };
  }

  const exactStarts = occurrences(text, exact);
  if (exactStarts.length > 0) {
    const best = maxBy(
      exactStarts,
      (at) => contextScore(text, at, at + exact.length, target) * 1e9 - Math.abs(at - start),
    );
    return { status: 'anchored', how: 'quote', start: best, end: best + exact.length };
  }

  const maxErrors = Math.floor(exact.length * maxFuzzyEditShare);
  const candidates = findApproximateMatches(text, exact, maxErrors).slice(0, 50);
  let chosen: { start: number; end: number; score: number; context: number } | undefined;
  for (const candidate of candidates) {
    const quote = 1 - candidate.errors / exact.length;
    const prefix = prefixSimilarity(text, candidate.start, target.quote.prefix);
    const suffix = suffixSimilarity(text, candidate.end, target.quote.suffix);
    const position = 1 - Math.min(1, Math.abs(candidate.start - start) / Math.max(1, text.length));
    const score =
      weights.quote * quote + weights.prefix * prefix + weights.suffix * suffix + weights.position * position;
    if (!chosen || score > chosen.score) {
      chosen = { start: candidate.start, end: candidate.end, score, context: Math.max(prefix, suffix) };
    }
  }
  // A short quote with a few edits matches too much by chance; its context has to agree too.
  if (chosen && (exact.length >= shortQuoteLength || chosen.context >= 0.5)) {
    return { status: 'anchored', how: 'fuzzy', start: chosen.start, end: chosen.end };
  }
  return { status: 'orphaned' };
}

/** Every start index of `needle` in `haystack`, overlapping ones included. */
function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

function contextScore(text: string, start: number, end: number, target: PassageTarget): number {
  return prefixSimilarity(text, start, target.quote.prefix) + suffixSimilarity(text, end, target.quote.suffix);
}

function prefixSimilarity(text: string, start: number, prefix: string): number {
  return similarity(text.slice(Math.max(0, start - prefix.length), start), prefix);
}

function suffixSimilarity(text: string, end: number, suffix: string): number {
  return similarity(text.slice(end, end + suffix.length), suffix);
}

function maxBy<T>(values: readonly T[], score: (value: T) => number): T {
  let best: T = values[0]!;
  let bestScore = score(best);
  for (const value of values.slice(1)) {
    const valueScore = score(value);
    if (valueScore > bestScore) {
      best = value;
      bestScore = valueScore;
    }
  }
  return best;
}
