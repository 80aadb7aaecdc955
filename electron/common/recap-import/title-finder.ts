// Finds the titles of known items in running prose: "...the first interesting talk of the day was
// Kubernetes is Your Platform: Design Patterns For Extensible Controllers. The main...". Case,
// punctuation and line wraps never matter; longer titles also survive a typo in a word or a
// missing or extra word, short ones must be written as they are.
import { sameWord, titleKeys, type Word } from './words';

/** An item title the finder looks for. */
export interface KnownTitle {
  itemId: string;
  title: string;
}

interface TitlePattern {
  itemId: string;
  keys: string[];
  /** How many of the title's words may be missing, or extra words inside it. */
  slack: number;
  tolerant: boolean;
}

/** Known titles, looked up by their first and second words. */
export type TitleIndex = Map<string, { pattern: TitlePattern; offset: number }[]>;

/** Where a title was found: the item, the words it spans (indexes, inclusive), and how closely. */
export interface TitleHit {
  itemId: string;
  first: number;
  last: number;
  /** Title words found. */
  matched: number;
  /** Title words missing plus extra words inside the span. */
  misses: number;
}

/** Builds the lookup for `findTitles`. */
export function indexTitles(titles: readonly KnownTitle[]): TitleIndex {
  const index: TitleIndex = new Map();
  const add = (key: string, pattern: TitlePattern, offset: number) => {
    const entries = index.get(key) ?? [];
    entries.push({ pattern, offset });
    index.set(key, entries);
  };
  for (const { itemId, title } of titles) {
    for (const pattern of patternsFor(itemId, title)) {
      const [first, second] = pattern.keys;
      if (first) add(first, pattern, 0);
      // Looked up by the second word too, so a typo in the first word is still found; not by a
      // short word such as "of", which would make every "of" in the recap a try.
      if (second && second.length >= 4 && pattern.slack > 0) add(second, pattern, 1);
    }
  }
  return index;
}

function patternsFor(itemId: string, title: string): TitlePattern[] {
  const keys = titleKeys(title);
  if (keys.length === 0) return [];
  const slack = keys.length <= 3 ? 0 : keys.length <= 6 ? 1 : 2;
  const patterns = [{ itemId, keys, slack, tolerant: keys.length >= 3 }];
  // People often name a talk by its main title alone: "Effective Disaster Recovery".
  const colon = title.indexOf(':');
  const main = colon > 0 ? titleKeys(title.slice(0, colon)) : [];
  if (main.length >= 3 && main.length < keys.length) patterns.push({ itemId, keys: main, slack: 0, tolerant: true });
  return patterns;
}

/** Every place a known title appears in the words, overlapping hits included. */
export function findTitles(words: readonly Word[], index: TitleIndex): TitleHit[] {
  const hits: TitleHit[] = [];
  const same = rememberedSameWord();
  words.forEach((word, position) => {
    for (const { pattern, offset } of index.get(word.key) ?? []) {
      const start = position - offset;
      // A title whose first word is spelled right was tried from that word already.
      if (start < 0 || (offset === 1 && words[start]?.key === pattern.keys[0])) continue;
      const hit = align(pattern, words, start, same);
      if (hit) hits.push(hit);
    }
  });
  return hits;
}

type SameWord = (titleWord: string, textWord: string, tolerant: boolean) => boolean;

/** `sameWord`, remembered: a recap repeats its words, and titles share theirs. */
function rememberedSameWord(): SameWord {
  const known = new Map<string, boolean>();
  return (a, b, tolerant) => {
    if (a === b) return true;
    // What sameWord rules out at a glance is not worth remembering.
    if (!tolerant || Math.abs(a.length - b.length) > 2 || Math.min(a.length, b.length) < 4) return false;
    const key = `${a}\0${b}`;
    let same = known.get(key);
    if (same === undefined) {
      same = sameWord(a, b);
      known.set(key, same);
    }
    return same;
  };
}

/**
 * Keeps the best hit where hits overlap, then each item's first hit. Best is most title words
 * found (a full title over its main title alone), then fewest misses, then the preferred item.
 */
export function chooseHits(hits: readonly TitleHit[], preference: (itemId: string) => number): TitleHit[] {
  const ranked = [...hits].sort(
    (a, b) =>
      b.matched - a.matched || a.misses - b.misses || preference(a.itemId) - preference(b.itemId) || a.first - b.first,
  );
  const kept: TitleHit[] = [];
  for (const hit of ranked) {
    if (kept.some((other) => hit.first <= other.last && other.first <= hit.last)) continue;
    kept.push(hit);
  }
  const seen = new Set<string>();
  return kept
    .sort((a, b) => a.first - b.first)
    .filter((hit) => {
      if (seen.has(hit.itemId)) return false;
      seen.add(hit.itemId);
      return true;
    });
}

/** Whether the title goes on after its first word: one of its next words within reach. Cheap; rules out most tries. */
function startsNear(
  rest: readonly string[],
  window: readonly Word[],
  slack: number,
  same: (a: string, b: string) => boolean,
): boolean {
  for (let k = 0; k <= slack && k < rest.length; k++) {
    for (let j = 0; j <= slack && j < window.length; j++) {
      if (same(rest[k] ?? '', window[j]?.key ?? '')) return true;
    }
  }
  return false;
}

/**
 * Aligns a title with the words from `start`, whose first word must be the title's first word (a
 * typo allowed): "Intro and Deep Dive" alone says nothing about which of many deep dives it was.
 * The rest is aligned word by word (longest common subsequence).
 */
function align(pattern: TitlePattern, words: readonly Word[], start: number, similar: SameWord): TitleHit | undefined {
  const { keys, slack, tolerant } = pattern;
  const [head, ...rest] = keys;
  if (head === undefined || !similar(head, words[start]?.key ?? '', tolerant)) return undefined;
  const window = words.slice(start + 1, start + keys.length + slack);
  if (rest.length > 0 && !startsNear(rest, window, slack, (a, b) => similar(a, b, tolerant))) return undefined;
  const rows = rest.length + 1;
  const columns = window.length + 1;
  const table = new Array<number>(rows * columns).fill(0);
  const at = (i: number, j: number) => table[i * columns + j] ?? 0;
  const same = (i: number, j: number) => similar(rest[i - 1] ?? '', window[j - 1]?.key ?? '', tolerant);
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < columns; j++) {
      table[i * columns + j] = same(i, j) ? at(i - 1, j - 1) + 1 : Math.max(at(i - 1, j), at(i, j - 1));
    }
  }
  // Walk back to the last word that took part in the match.
  let last = 0;
  for (let i = rows - 1, j = columns - 1; i > 0 && j > 0;) {
    if (same(i, j) && at(i, j) === at(i - 1, j - 1) + 1) {
      last = Math.max(last, j);
      i--;
      j--;
    } else if (at(i - 1, j) >= at(i, j - 1)) {
      i--;
    } else {
      j--;
    }
  }
  const matched = at(rows - 1, columns - 1) + 1;
  const misses = keys.length - matched + (last + 1 - matched);
  if (misses > slack) return undefined;
  return { itemId: pattern.itemId, first: start, last: start + last, matched, misses };
}
