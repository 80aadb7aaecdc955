// Finding the matched words in a text, for snippets in the result list and for highlighting
// every match in the talk. Pure string work: the text is never turned into HTML here, so a
// component renders segments as text and a match can never inject markup.
import { foldWord } from './index-options';

/** What to highlight: index terms that matched (folded words) and exact phrases (folded, space-joined). */
export interface Matcher {
  terms: readonly string[];
  phrases: readonly string[];
}

/** A piece of text, and whether it is a match. */
export interface Segment {
  text: string;
  match: boolean;
}

/** A match in a text: [start, end) in UTF-16 code units. */
export type MatchRange = readonly [number, number];

const wordPattern = /[\p{L}\p{N}]+/gu;
const nonAscii = /[\u0080-\uffff]/;
const combiningMarks = /\p{M}+/gu;

/** Finds a matcher's matches in any text; made once, used on many texts. */
export type MatchFinder = (text: string) => MatchRange[];

/**
 * Compiles a matcher into a finder of every match, in order and without overlaps: whole words
 * whose folded form is one of the terms, and runs of words that spell one of the phrases
 * (punctuation and line breaks between the words do not matter). Most text is plain ASCII,
 * where folding is only lower-casing: there one native regex scan finds them.
 */
export function matchFinder(matcher: Matcher): MatchFinder {
  if (matcher.terms.length === 0 && matcher.phrases.length === 0) return () => [];
  const alternatives = [
    ...matcher.phrases.map((phrase) => phrase.split(' ').filter(Boolean).join('[^A-Za-z0-9]+')),
    ...[...matcher.terms].sort((a, b) => b.length - a.length),
  ].filter(Boolean);
  const pattern =
    alternatives.length > 0
      ? new RegExp(`(?<![A-Za-z0-9])(?:${alternatives.join('|')})(?![A-Za-z0-9])`, 'gi')
      : undefined;
  return (text) => {
    if (nonAscii.test(text)) return findByWords(text, matcher);
    if (!pattern) return [];
    const ranges: MatchRange[] = [];
    for (const match of text.matchAll(pattern)) ranges.push([match.index, match.index + match[0].length]);
    return ranges;
  };
}

/** Every match of the matcher in one text (see `matchFinder`). */
export function findMatches(text: string, matcher: Matcher): MatchRange[] {
  return matchFinder(matcher)(text);
}

function findByWords(text: string, matcher: Matcher): MatchRange[] {
  const terms = new Set(matcher.terms);
  const phrases = matcher.phrases.map((phrase) => phrase.split(' ').filter(Boolean)).filter((p) => p.length > 0);
  const words: { start: number; end: number; folded: string }[] = [];
  for (const match of text.matchAll(wordPattern)) {
    words.push({ start: match.index, end: match.index + match[0].length, folded: foldWord(match[0]) });
  }

  const ranges: MatchRange[] = [];
  for (let index = 0; index < words.length; index++) {
    const word = words[index] as (typeof words)[number];
    let end = terms.has(word.folded) ? word.end : -1;
    for (const phrase of phrases) {
      if (phrase.every((part, offset) => words[index + offset]?.folded === part)) {
        end = Math.max(end, (words[index + phrase.length - 1] as (typeof words)[number]).end);
      }
    }
    if (end < 0) continue;
    const previous = ranges[ranges.length - 1];
    if (previous && word.start <= previous[1]) ranges[ranges.length - 1] = [previous[0], Math.max(previous[1], end)];
    else ranges.push([word.start, end]);
  }
  return ranges;
}

/**
 * A test for a folded phrase (words joined by single spaces) in a text: the same words in the
 * same order, separated by anything but letters and digits, in any case and with or without
 * accents. A regex per phrase rather than folding every candidate text word by word.
 */
export function phraseTest(foldedPhrase: string): (text: string) => boolean {
  const words = foldedPhrase.split(' ').filter(Boolean);
  if (words.length === 0) return () => true;
  const ascii = new RegExp(`(?<![A-Za-z0-9])${words.join('[^A-Za-z0-9]+')}(?![A-Za-z0-9])`, 'i');
  const unicode = new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'iu');
  return (text) =>
    nonAscii.test(text) ? unicode.test(text.normalize('NFD').replace(combiningMarks, '')) : ascii.test(text);
}

/** Cuts a text into segments at the given matches. */
export function segmentsOf(text: string, ranges: readonly MatchRange[]): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) segments.push({ text: text.slice(at, start), match: false });
    segments.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), match: false });
  return segments;
}

/**
 * A short excerpt around the densest cluster of matches, cut at word boundaries, with "…" where
 * the text goes on. Without matches, the start of the text.
 */
export function makeSnippet(text: string, matcher: Matcher | MatchFinder, maxLength = 160): Segment[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length === 0) return [];
  const ranges = (typeof matcher === 'function' ? matcher : matchFinder(matcher))(flat);
  if (flat.length <= maxLength) return segmentsOf(flat, ranges);

  const anchor = densestStart(ranges, maxLength);
  // Some words before the first match give it context.
  let start = Math.max(0, anchor - Math.floor(maxLength / 5));
  let end = Math.min(flat.length, start + maxLength);
  start = Math.max(0, Math.min(start, end - maxLength));
  if (start > 0) start = wordStartAfter(flat, start);
  if (end < flat.length) end = wordEndBefore(flat, end);

  const inside = ranges.filter(([s, e]) => s >= start && e <= end).map(([s, e]): MatchRange => [s - start, e - start]);
  const segments = segmentsOf(flat.slice(start, end), inside);
  if (start > 0) segments.unshift({ text: '…', match: false });
  if (end < flat.length) segments.push({ text: '…', match: false });
  return segments;
}

/** The start of the window of `length` characters that holds the most matches. */
function densestStart(ranges: readonly MatchRange[], length: number): number {
  let best = 0;
  let bestCount = 0;
  let last = 0;
  for (let first = 0; first < ranges.length; first++) {
    const from = (ranges[first] as MatchRange)[0];
    if (last < first) last = first;
    while (last + 1 < ranges.length && (ranges[last + 1] as MatchRange)[1] <= from + length) last++;
    const count = last - first + 1;
    if (count > bestCount) {
      bestCount = count;
      best = from;
    }
  }
  return best;
}

function wordStartAfter(text: string, at: number): number {
  if (!/[\p{L}\p{N}]/u.test(text[at - 1] ?? '')) return at;
  const space = text.indexOf(' ', at);
  return space === -1 ? at : space + 1;
}

function wordEndBefore(text: string, at: number): number {
  if (!/[\p{L}\p{N}]/u.test(text[at] ?? '')) return at;
  const space = text.lastIndexOf(' ', at);
  return space <= 0 ? at : space;
}
