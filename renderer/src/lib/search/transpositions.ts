// Swapped letters as one typo. A pair of neighbouring letters typed in the wrong order
// ("clsuter") is the most common typo, but MiniSearch counts edits as Levenshtein does, where a
// swap is two: a seven-letter word, forgiven one edit, found nothing. The query plan counts a swap
// as one edit (Damerau) by also looking up each spelling with one pair swapped back, with what is
// left of the word's edit budget. It stays within MiniSearch's documented query options (an OR of
// sub-queries, each with its own `fuzzy` and `boostTerm`), so every lookup is still one of its
// radix-tree searches, not a scan of the vocabulary.
import { defaultSearchOptions } from './index-options';

/** MiniSearch's own cap on the edits a fractional `fuzzy` may come to (its `maxFuzzy` default). */
const miniSearchMaxFuzzy = 6;

/** MiniSearch's weight of a typo match (`weights.fuzzy`), as the index searches with it. */
const fuzzyWeight = defaultSearchOptions.weights?.fuzzy ?? 0.45;

/**
 * How many edits a `fuzzy` option allows on a term, read as MiniSearch reads it: below 1 it is a
 * fraction of the term's length (rounded, at most `maxFuzzy`), from 1 an edit count.
 */
export function editsAllowed(term: string, fuzzy: number | boolean): number {
  // MiniSearch takes `true` as 0.2.
  const value = fuzzy === true ? 0.2 : fuzzy === false ? 0 : fuzzy;
  if (value <= 0) return 0;
  const maxFuzzy = defaultSearchOptions.maxFuzzy ?? miniSearchMaxFuzzy;
  return value < 1 ? Math.min(maxFuzzy, Math.round(term.length * value)) : value;
}

/**
 * The spellings of a term with one pair of neighbouring letters swapped, left to right. A pair of
 * the same letter swaps into the term itself and is left out; letters, not UTF-16 units, are
 * swapped, so a letter outside the Basic Multilingual Plane is never split.
 */
export function swappedSpellings(term: string): string[] {
  const letters = Array.from(term);
  const spellings = new Set<string>();
  for (let i = 0; i + 1 < letters.length; i++) {
    if (letters[i] === letters[i + 1]) continue;
    const swapped = [...letters];
    [swapped[i], swapped[i + 1]] = [letters[i + 1] as string, letters[i] as string];
    spellings.add(swapped.join(''));
  }
  return [...spellings];
}

/**
 * How much a word found through a swap counts: as much as a word one typo away, the weight
 * MiniSearch gives a fuzzy match at distance 1 (`fuzzyWeight · length / (length + 1)`), so a swap
 * ranks with the other one-edit typos, well below a word matched as typed.
 */
export function swapWeight(term: string): number {
  return (fuzzyWeight * term.length) / (term.length + 1);
}
