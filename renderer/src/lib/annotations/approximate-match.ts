// Approximate string matching, for re-anchoring a highlight whose quote was edited: where in a
// text does the quote occur with the fewest edits? Sellers' algorithm (edit distance where the match
// may start anywhere in the text) with Ukkonen's cut-off, so the work is about O(k·n) for k allowed
// edits in a text of n characters rather than O(m·n) for a quote of m characters. Pure.

/** A place where a pattern approximately occurs: `text.slice(start, end)` is `errors` edits away from it. */
export interface ApproximateMatch {
  start: number;
  end: number;
  errors: number;
}

/**
 * Every place where `pattern` occurs in `text` with at most `maxErrors` insertions, deletions or
 * substitutions, fewest errors first. Matches that end at neighbouring positions are one match
 * (the best of them), so a passage is reported once, not once per character of slack.
 */
export function findApproximateMatches(text: string, pattern: string, maxErrors: number): ApproximateMatch[] {
  const m = pattern.length;
  const k = Math.max(0, Math.floor(maxErrors));
  if (m === 0 || k >= m) return [];

  // One column of the DP per text position: cost[i] is the fewest edits turning some text ending
  // here into pattern[0, i); start[i] is where that text begins.
  let cost = new Int32Array(m + 1);
  let start = new Int32Array(m + 1);
  let next = new Int32Array(m + 1);
  let nextStart = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) cost[i] = i;
  // Ukkonen's cut-off: rows above `active` are all worse than k, so they are never computed.
  let active = Math.min(m, k);

  const matches: ApproximateMatch[] = [];
  let run: ApproximateMatch | undefined;
  for (let j = 1; j <= text.length; j++) {
    const c = text.charCodeAt(j - 1);
    const top = Math.min(m, active + 1);
    next[0] = 0;
    nextStart[0] = j;
    for (let i = 1; i <= top; i++) {
      let best = cost[i - 1]! + (pattern.charCodeAt(i - 1) === c ? 0 : 1);
      let from = start[i - 1]!;
      const skipPattern = next[i - 1]! + 1;
      if (skipPattern < best) {
        best = skipPattern;
        from = nextStart[i - 1]!;
      }
      const skipText = cost[i]! + 1;
      if (skipText < best) {
        best = skipText;
        from = start[i]!;
      }
      next[i] = best;
      nextStart[i] = from;
    }
    // The row just above the computed band reads as "too costly" in the next column.
    if (top < m) next[top + 1] = k + 1;
    active = top;
    while (active > 0 && next[active]! > k) active--;

    [cost, next] = [next, cost];
    [start, nextStart] = [nextStart, start];

    if (active === m) {
      const found = { start: start[m]!, end: j, errors: cost[m]! };
      if (run && found.start <= run.end) {
        if (found.errors < run.errors) Object.assign(run, found);
      } else {
        run = found;
        matches.push(run);
      }
    } else {
      run = undefined;
    }
  }
  return matches.sort((a, b) => a.errors - b.errors || a.start - b.start);
}

/** The Levenshtein distance between two short strings (the context around a quote). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j - 1]! + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1),
        previous[j]! + 1,
        current[j - 1]! + 1,
      );
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/** How alike two strings are, from 0 (nothing in common) to 1 (equal). Two empty strings are equal. */
export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - editDistance(a, b) / longest;
}
