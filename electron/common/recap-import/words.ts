// Words as the matcher compares them: letters and digits only, lowercase, accents folded, so
// "Fernández", "fernandez" and "FERNANDEZ" are one word and punctuation never matters.

/** A word of the text: its compared form, the original spelling, and where it is. */
export interface Word {
  /** Lowercase, accents removed. */
  key: string;
  raw: string;
  line: number;
  /** Offsets of the word in its line. */
  start: number;
  end: number;
  /** What stood between the previous word and this one ("\n" across lines). */
  gap: string;
}

const wordPattern = /[\p{L}\p{N}]+/gu;

/** The compared form of one word. */
export function wordKey(raw: string): string {
  if (/^[\x20-\x7e]*$/.test(raw)) return raw.toLowerCase();
  return raw.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Splits lines into words, keeping each word's line and the punctuation before it. */
export function wordsOf(lines: readonly { text: string; line: number }[]): Word[] {
  const words: Word[] = [];
  let pending = '';
  for (const { text, line } of lines) {
    let last = 0;
    for (const match of text.matchAll(wordPattern)) {
      const start = match.index;
      words.push({
        key: wordKey(match[0]),
        raw: match[0],
        line,
        start,
        end: start + match[0].length,
        gap: pending + text.slice(last, start),
      });
      pending = '';
      last = start + match[0].length;
    }
    pending += `${text.slice(last)}\n`;
  }
  return words;
}

/** The compared forms of a title's words. */
export function titleKeys(title: string): string[] {
  return [...title.matchAll(wordPattern)].map((match) => wordKey(match[0]));
}

/**
 * Whether two compared words are the same word, allowing a typo: one edit for words of 4+
 * letters, two for 8+. Numbers must match exactly: "2022" is not "2021".
 */
export function sameWord(a: string, b: string, tolerant = true): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (!tolerant || shorter < 4) return false;
  const allowed = shorter >= 8 ? 2 : 1;
  if (Math.abs(a.length - b.length) > allowed || /\d/.test(a) || /\d/.test(b)) return false;
  return editDistance(a, b, allowed) <= allowed;
}

/** Levenshtein distance, giving up (returning `limit + 1`) once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      rowBest = Math.min(rowBest, value);
    }
    if (rowBest > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}
