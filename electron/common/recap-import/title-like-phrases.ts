// Talk titles the app does not know still have a recognisable shape: Title Case words around a
// colon, "Kubernetes Everywhere: Lessons Learned From Going Multi-Cloud". Finding them lets an
// import say which talks it could not link instead of dropping them silently.
import type { Word } from './words';

/** A run of words (indexes, inclusive) that reads like a talk title. */
export interface PhraseSpan {
  first: number;
  last: number;
}

const smallWords = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'by',
  'for',
  'from',
  'in',
  'into',
  'is',
  'it',
  'of',
  'on',
  'or',
  'the',
  'to',
  'vs',
  'with',
  'your',
  'our',
  'my',
  'we',
  'you',
]);
const maxWordsBeforeColon = 8;
const maxWordsAfterColon = 12;
// Punctuation that ends a title: a sentence end, a list, a quote or a link's brackets.
const breaksTitle = /[.!?;,"“”[\]]|\n[ \t]*\n/;

/** Finds Title Case phrases with a colon, such as talk titles written in running prose. */
export function findTitleLikePhrases(words: readonly Word[]): PhraseSpan[] {
  const spans: PhraseSpan[] = [];
  for (let colon = 0; colon + 1 < words.length; colon++) {
    const after = words[colon + 1];
    const before = words[colon];
    if (!after || !before || !/^[^/]*:[^/]*$/.test(after.gap) || breaksTitle.test(after.gap)) continue;
    if (!capitalised(before) || !capitalised(after)) continue;

    let first = colon;
    while (first > 0 && colon - first < maxWordsBeforeColon - 1) {
      const previous = words[first - 1];
      if (!previous || !titleWord(previous) || breaksTitle.test(words[first]?.gap ?? '')) break;
      first--;
    }
    let last = colon + 1;
    while (last + 1 < words.length && last - colon < maxWordsAfterColon) {
      const next = words[last + 1];
      if (!next || !titleWord(next) || breaksTitle.test(next.gap)) break;
      last++;
    }
    while (first < colon && !capitalised(words[first])) first++;
    while (last > colon + 1 && !capitalised(words[last])) last--;

    const span = words.slice(first, last + 1);
    const capitals = span.filter(capitalised).length;
    if (last - colon >= 2 && span.length >= 3 && capitals / span.length >= 0.6) {
      spans.push({ first, last });
      colon = last;
    }
  }
  return spans;
}

/** The words of a span as the author wrote them, spacing tidied. */
export function phraseText(words: readonly Word[], span: PhraseSpan): string {
  return words
    .slice(span.first, span.last + 1)
    .map((word, index) => (index === 0 ? '' : word.gap.replace(/\s+/g, ' ')) + word.raw)
    .join('');
}

function capitalised(word: Word | undefined): boolean {
  return word !== undefined && /^[\p{Lu}\p{N}]/u.test(word.raw);
}

function titleWord(word: Word): boolean {
  return capitalised(word) || smallWords.has(word.key);
}
