// Titles as the session matcher compares them: words (case, punctuation, quotes, dashes and
// accents never matter, see recap-import/words.ts), split into a main title and a subtitle, and
// compared word by word with the same tolerance the recap importer has for titles in prose.
import { sameWord, titleKeys } from '../recap-import/words';

/** A title's compared words, whole and split into main title and subtitle (empty when it has none). */
export interface ComparedTitle {
  full: string[];
  main: string[];
  sub: string[];
  /** A schedule's title field alone, without its separate subtitle field, when it has one. */
  titleOnly?: string[];
}

// Where a subtitle starts: "Title: Subtitle", "Title | Subtitle", "Title - Subtitle" (a dash with
// spaces around it; "Multi-Cloud" is one word), "Why Title? Subtitle".
const subtitleBreak = /\s*[:|]\s*|\s+[-–—]+\s+|[?!]\s+(?=\S)/u;

/** A title (and a schedule's separate subtitle, if any) as compared words. */
export function comparedTitle(title: string, subtitle?: string): ComparedTitle {
  const full = titleKeys(title);
  const found = subtitleBreak.exec(title);
  const before = found ? titleKeys(title.slice(0, found.index)) : [];
  let main = full;
  let sub: string[] = [];
  if (found && before.length > 0 && before.length < full.length) {
    main = before;
    sub = full.slice(before.length);
  }
  const extra = titleKeys(subtitle ?? '');
  // Some schedules repeat the title's own subtitle in the subtitle field.
  if (extra.length === 0 || extra.join(' ') === sub.join(' ')) return { full, main, sub };
  return { full: [...full, ...extra], main, sub: [...sub, ...extra], titleOnly: full };
}

/** How two word sequences differ: words compared with a typo, and words only one of them has. */
export interface WordDifference {
  typos: number;
  addedWords: number;
}

/** How many words a title of this length may gain or lose: none up to 3 words, one up to 6, else two. */
export function wordSlack(length: number): number {
  return length <= 3 ? 0 : length <= 6 ? 1 : 2;
}

/** How many words of a title of this length may have a typo: none up to 2 words, else one per word of slack (at least one). */
export function typoLimit(length: number): number {
  return length >= 3 ? Math.max(1, wordSlack(length)) : 0;
}

/** Whether two word sequences have the same numbers: "Part 1" is never "Part 2", "2021" never "2022". */
export function sameNumbers(a: readonly string[], b: readonly string[]): boolean {
  return numbersOf(a) === numbersOf(b);
}

/**
 * Whether titles of `a` and `b` words that have `shared` words in common, exactly, could pass
 * `compareWords`: every word of the shorter must be in the longer, all but its typos exactly.
 * A cheap test that spares the word-by-word alignment for nearly all pairs of a big schedule.
 */
export function couldMatch(shared: number, a: number, b: number): boolean {
  const shorter = Math.min(a, b);
  return shorter > 0 && Math.abs(a - b) <= wordSlack(shorter) && shared >= shorter - typoLimit(shorter);
}

const hasDigit = /\d/;

function numbersOf(words: readonly string[]): string {
  let numbers = '';
  for (const word of words) if (hasDigit.test(word)) numbers += numbers ? ` ${word}` : word;
  // Order does not matter ("2022 Part 1", "Part 1, 2022"); titles rarely have more than one.
  return numbers.includes(' ') ? numbers.split(' ').sort().join(' ') : numbers;
}

/** `sameWord`, remembered: a schedule repeats its words across hundreds of titles. */
export type WordComparer = (a: string, b: string, tolerant: boolean) => boolean;

/** A fresh remembered `sameWord`. */
export function wordComparer(): WordComparer {
  const known = new Map<string, Map<string, boolean>>();
  return (a, b, tolerant) => {
    if (a === b) return true;
    const shorter = Math.min(a.length, b.length);
    if (!tolerant || Math.abs(a.length - b.length) > 2 || shorter < 4) return false;
    // One edit leaves either the first or the last letter in place: most pairs end here.
    if (shorter < 8 && a[0] !== b[0] && a.at(-1) !== b.at(-1)) return false;
    let row = known.get(a);
    if (!row) {
      row = new Map();
      known.set(a, row);
    }
    let same = row.get(b);
    if (same === undefined) {
      same = sameWord(a, b);
      row.set(b, same);
    }
    return same;
  };
}

/** The fewest typos with which `short` is `long` less `skips` of its words, in order; Infinity if it is not. */
function fewestTypos(
  short: readonly string[],
  long: readonly string[],
  i: number,
  j: number,
  skips: number,
  typos: number,
  tolerant: boolean,
  same: WordComparer,
): number {
  if (i === short.length) return long.length - j === skips ? 0 : Infinity;
  if (long.length - j < short.length - i) return Infinity;
  const x = short[i]!;
  const y = long[j]!;
  let best = Infinity;
  if (x === y) {
    best = fewestTypos(short, long, i + 1, j + 1, skips, typos, tolerant, same);
    if (best === 0) return 0;
  } else if (typos > 0 && same(x, y, tolerant)) {
    best = 1 + fewestTypos(short, long, i + 1, j + 1, skips, typos - 1, tolerant, same);
  }
  if (skips > 0) best = Math.min(best, fewestTypos(short, long, i, j + 1, skips - 1, typos, tolerant, same));
  return best;
}

/**
 * How `a` and `b` differ, or undefined when they are not the same title: more words added or
 * missing than the shorter one's slack, too many typos, a word replaced by another ("Intro to
 * Flux", "Guide to Flux"), or any number that differs ("Part 1" is never "Part 2"). Every word of
 * the shorter title must be in the longer one, in order, exactly or with a typo.
 */
export function compareWords(
  a: readonly string[],
  b: readonly string[],
  same: WordComparer = wordComparer(),
): WordDifference | undefined {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const addedWords = long.length - short.length;
  if (short.length === 0 || addedWords > wordSlack(short.length) || !sameNumbers(a, b)) return undefined;
  const limit = typoLimit(short.length);
  const typos = fewestTypos(short, long, 0, 0, addedWords, limit, short.length >= 3, same);
  return typos <= limit ? { typos, addedWords } : undefined;
}
