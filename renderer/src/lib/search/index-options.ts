// How text becomes index terms, and how each query term is looked up. Every choice here changes
// what a saved index contains, so any change to this file bumps `indexOptionsVersion`: a saved
// index with another version is rebuilt, never trusted (MiniSearch's `serializationVersion` idea).
import type { Options, SearchOptions } from 'minisearch';
import type { SearchDocument } from './documents';

/**
 * The version of the options below. Bump it whenever tokenising, term processing, fields or
 * stored fields change; the persisted index is keyed by it and by the content hash.
 */
export const indexOptionsVersion = 1;

/** The fields a query is matched against, in falling order of importance. */
export const searchFields = ['title', 'speakers', 'tags', 'text'] as const;

/** Where a query term was found in a document. */
export type SearchField = (typeof searchFields)[number];

/**
 * How much a match in each field counts. Title first, then the people on stage and the tags
 * (the words a recap's author chose), then the body: the talk a user means usually names the
 * words they type in its title.
 */
export const fieldBoosts: Record<SearchField, number> = { title: 5, speakers: 2.5, tags: 1.5, text: 1 };

/**
 * What the index keeps with each document: the whole `SearchDocument`, under one stored field.
 * Results, snippets, phrase checks and filters then need no database read while the user types,
 * and MiniSearch copies one property per result instead of one per field (it copies stored
 * fields onto every result it finds, before filtering — a measurable cost at 100,000 talks).
 */
export const storedFields = ['doc'] as const;

/** Reads a field of a document for MiniSearch; `doc` is the document itself. */
export function extractField(document: SearchDocument, field: string): unknown {
  return field === 'doc' ? document : document[field as keyof SearchDocument];
}

/**
 * English words too common to tell talks apart. They are not indexed (a one-word query for
 * "the" would otherwise touch every document); phrases still check them against the text.
 */
export const stopWords: ReadonlySet<string> = new Set(
  (
    'a an and are as at be but by for from has have he her his i if in into is it its me my no not of on ' +
    'or our she so than that the their them then there these they this to was we were what when which who ' +
    'will with you your'
  ).split(' '),
);

const wordPattern = /[\p{L}\p{N}]+/gu;
const combiningMarks = /\p{M}+/gu;

/** Splits text into words: runs of letters and digits, so "multi-cloud" is two words and "K8s" one. */
export function tokenize(text: string): string[] {
  return text.match(wordPattern) ?? [];
}

/** Folds a word for comparison: lower case without accents, so "Fernández" matches "fernandez". */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  // Only decompose when there is something outside ASCII: most words are plain and this is hot.
  return /[\u0080-\uffff]/.test(lower) ? lower.normalize('NFD').replace(combiningMarks, '') : lower;
}

/** Turns a word into the term the index holds, or null for a stop word. */
export function processTerm(word: string): string | null {
  const term = foldWord(word);
  return term.length === 0 || stopWords.has(term) ? null : term;
}

/**
 * Prefix matching while typing: every term of two letters or more also matches the longer words
 * it starts ("autosc" finds "autoscaling"). A single letter would expand to a large part of the
 * vocabulary and tell nothing apart, so it matches only itself.
 */
export function prefixFor(term: string): boolean {
  return term.length >= 2;
}

/**
 * Typos forgiven in proportion to word length: none up to 3 letters (too many neighbours), one
 * edit up to 7 letters, two from 8 ("karpentr" finds "karpenter", "backstge" finds "backstage").
 */
export function fuzzinessFor(term: string): number {
  if (term.length <= 3) return 0;
  return term.length >= 8 ? 2 : 1;
}

/**
 * How much a user's own record counts next to a recap item. Notes and action items are short,
 * and BM25 favours short documents: at full weight a highlight quoting a talk would rank above
 * the talk. At this weight it comes right after it, while a word found only in a note still
 * puts the note first. (Applied once per result by the query plan, not per posting through
 * MiniSearch's `boostDocument`, which is called for every matching term of every document.)
 */
export const userRecordWeight = 0.6;

/**
 * The most postings (document–field pairs) a typed prefix may add beyond its exact word. Past it,
 * the prefix is expanded only in the fields that fit, most important first (titles always). A
 * prefix that common ("auto" over 100,000 talks: automation, automated, autoscaling…) would make
 * the keystroke slow and rank nothing better; the next letter narrows it. A recap of a few
 * thousand talks never reaches it, so it always gets full prefix matching.
 */
export const prefixPostingBudget = 6_000;

/** Search options every query starts from. */
export const defaultSearchOptions: SearchOptions = {
  boost: fieldBoosts,
  combineWith: 'AND',
  prefix: prefixFor,
  fuzzy: fuzzinessFor,
  // MiniSearch's defaults (prefix 0.375, fuzzy 0.45) rank a complete word well above a partial
  // one; keep them, so "deploy" puts "deploy" above "deployment".
  weights: { prefix: 0.375, fuzzy: 0.45 },
};

/** The options a MiniSearch over `SearchDocument`s is created and loaded with. */
export const miniSearchOptions: Options<SearchDocument> = {
  idField: 'id',
  fields: [...searchFields],
  storeFields: [...storedFields],
  extractField: extractField as Options<SearchDocument>['extractField'],
  tokenize,
  processTerm,
  searchOptions: defaultSearchOptions,
  // Vacuuming runs in batches on timers; the index lives in a worker, so it never blocks typing.
  autoVacuum: { batchSize: 1000, batchWait: 10, minDirtCount: 50, minDirtFactor: 0.1 },
};
