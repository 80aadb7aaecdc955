// Turns a parsed query into a MiniSearch query tree plus the checks MiniSearch cannot do itself:
// exact phrases (MiniSearch matches words, not their order), excluded phrases and filters.
// MiniSearch does the heavy part — term lookup, prefix, typos, BM25 — and the checks run only
// on the documents it found.
import MiniSearch, { type Query, type QueryCombination } from 'minisearch';
import type { SearchDocument } from './documents';
import { foldText, passesFilter, type RecordFacts } from './filters';
import { fuzzinessFor, processTerm, tokenize } from './index-options';
import type { ParsedQuery, QueryFilter, QueryUnit } from './query-language';
import { phraseTest } from './snippets';
import { editsAllowed, swappedSpellings, swapWeight } from './transpositions';

/** What to run and what to check afterwards. */
export interface QueryPlan {
  /** The MiniSearch query of the words and phrases; the wildcard when the query only filters or excludes. */
  query: Query;
  /** Excluded words, for a wildcard query (otherwise they are inside `query` as AND_NOT). */
  excluded: Query | null;
  /**
   * For a query of filters only: a MiniSearch query that finds every document `speaker:` and
   * `tag:` filters could keep (word starts in their fields), so they are checked on those
   * documents instead of on all. Null when no such filter narrows.
   */
  candidates: Query | null;
  /** Whether words or phrases rank the results (otherwise they come in recap order). */
  ranked: boolean;
  /** True when the query had words but all were too common to search, and nothing else narrows it. */
  nothing: boolean;
  /** Keeps a document MiniSearch found when its phrases and filters hold; `queryTerms` are the query terms it matched. */
  accept: (doc: SearchDocument, queryTerms: readonly string[]) => boolean;
  /** The positive phrases, folded, to highlight. */
  phrases: string[];
}

/** What the plan needs to know besides the query. */
export interface PlanContext {
  facts: RecordFacts;
  /** Today as an ISO date, for `due:`. */
  today: string;
  /** Whether the index has this exact term. */
  knows: (term: string) => boolean;
  /** How many postings a prefix adds beyond its exact term, per field (counting may stop past `limit`). */
  prefixPostings: (prefix: string, fields: readonly string[], limit: number) => number[];
  /** See `prefixPostingBudget`. */
  prefixBudget: number;
}

/** Fields in order of importance: a prefix is expanded in them in this order while the budget lasts. */
const fieldsByImportance = ['title', 'speakers', 'tags', 'text'];
/** The fields a two- or three-letter prefix is expanded in: short fields, where a few letters still say something. */
const shortFields = ['title', 'speakers', 'tags'];

/** Index terms of a unit: folded, stop words dropped. */
export function termsOf(unit: QueryUnit): string[] {
  return tokenize(unit.text)
    .map(processTerm)
    .filter((term): term is string => term !== null);
}

/**
 * How one typed term is looked up:
 * - a phrase's words and excluded words: exactly;
 * - one letter: exactly;
 * - two or three letters: exactly everywhere, and as a prefix in titles, speakers and tags
 *   ("ku" lists the talks titled Kubernetes…, not every talk that says "kubectl" once);
 * - four letters or more: as a prefix everywhere ("autosc" → autoscaling);
 * - but a prefix is expanded field by field, most important first, only while the postings it
 *   adds stay within `prefixBudget` (titles always): see `prefixPostingBudget`;
 * - typo tolerance only for a term the index does not have as typed ("karpentr"), scaled by its
 *   length (`fuzzinessFor`): a word that exists is taken to be meant;
 * - and within that budget, two neighbouring letters swapped count as one typo, not two
 *   ("clsuter" → cluster): see `swappedLookups`.
 */
function termQuery(term: string, exact: boolean, context: PlanContext): Query {
  if (exact || term.length === 1) return { queries: [term], prefix: false, fuzzy: false };
  const fuzzy = typosForgiven(term, context);
  const asTyped = termLookup(term, fuzzy, context);
  const swapped = swappedLookups(term, fuzzy, context);
  return swapped.length === 0 ? asTyped : { combineWith: 'OR', queries: [asTyped, ...swapped] };
}

/** A term as a prefix in the fields the prefix budget allows, exactly in the others, with `fuzzy` typos. */
function termLookup(term: string, fuzzy: number, context: PlanContext): QueryCombination {
  const candidates = term.length >= 4 ? fieldsByImportance : shortFields;
  const counts = context.prefixPostings(term, candidates, context.prefixBudget);
  const expanded: string[] = [];
  let spent = 0;
  candidates.forEach((field, index) => {
    const cost = counts[index] ?? 0;
    if (field === 'title' || spent + cost <= context.prefixBudget) {
      expanded.push(field);
      spent += cost;
    }
  });
  if (expanded.length === fieldsByImportance.length) return { queries: [term], prefix: true, fuzzy };
  const exactOnly = fieldsByImportance.filter((field) => !expanded.includes(field));
  return {
    combineWith: 'OR',
    queries: [
      { queries: [term], fields: expanded, prefix: true, fuzzy },
      { queries: [term], fields: exactOnly, prefix: false, fuzzy },
    ],
  };
}

/**
 * The lookups that count a swap of two neighbouring letters as one typo (Damerau), since
 * MiniSearch's typo tolerance counts it as two (Levenshtein) and a word of up to seven letters,
 * forgiven one, would find nothing. Each spelling with one pair swapped is looked up as the term
 * is, with the typos left after the swap (so "clsutr", a swap and a missing letter, is two typos
 * and finds nothing in a seven-letter budget of one), and counts as a one-typo match. None when
 * the term gets no typo tolerance: a short word, or one the index has. From eight letters the
 * term's own two typos already find a swap alone, which is then found both ways and ranks above
 * the other two-typo matches — as a one-typo match should.
 */
function swappedLookups(term: string, fuzzy: number, context: PlanContext): QueryCombination[] {
  const spellings = swapsLookedUp(term, fuzzy);
  if (spellings.length === 0) return [];
  const left = editsAllowed(term, fuzzy) - 1;
  const weight = swapWeight(term);
  const boostTerm = () => weight;
  return spellings.map((spelling) => ({ ...termLookup(spelling, left, context), boostTerm }));
}

/** How many typos a term is forgiven: none for a word the index has as typed, else by its length. */
function typosForgiven(term: string, context: PlanContext): number {
  return context.knows(term) ? 0 : fuzzinessFor(term);
}

/** The spellings with two letters swapped that a term is also looked up under: only while a swap fits its typo budget. */
function swapsLookedUp(term: string, fuzzy: number): string[] {
  return editsAllowed(term, fuzzy) >= 1 ? swappedSpellings(term) : [];
}

function unitQuery(unit: QueryUnit, context: PlanContext, lastWord: boolean): Query | null {
  let terms = termsOf(unit);
  // A single letter at the end of a longer query is a word being typed: it would only empty the results.
  if (lastWord && terms.length === 1 && terms[0]?.length === 1) terms = [];
  if (terms.length === 0) return null;
  const queries = terms.map((term) => termQuery(term, unit.type === 'phrase', context));
  return queries.length === 1 ? (queries[0] as Query) : { queries, combineWith: 'AND' };
}

/** Plans a parsed query. */
export function planQuery(parsed: ParsedQuery, context: PlanContext): QueryPlan {
  const groups: Query[] = [];
  const checks: ((doc: SearchDocument, queryTerms: readonly string[]) => boolean)[] = [];
  const lastUnit = parsed.required.length > 1 || parsed.filters.length > 0 ? parsed.required.at(-1)?.at(-1) : undefined;

  for (const group of parsed.required) {
    const queries = group.map((unit) => unitQuery(unit, context, unit === lastUnit && unit.type === 'word'));
    const phrases = group.filter((unit) => unit.type === 'phrase').map((unit) => foldText(unit.text));
    const everyUnitIndexed = queries.every((query) => query !== null);
    const present = queries.filter((query): query is Query => query !== null);
    // A group of stop words only ("the") cannot narrow anything: it is left out.
    if (present.length === 0 && phrases.length === 0) continue;
    if (everyUnitIndexed && present.length > 0) {
      groups.push(present.length === 1 ? (present[0] as Query) : { queries: present, combineWith: 'OR' });
    }
    if (phrases.length > 0) checks.push(groupCheck(group, phrases, context));
  }

  const excludedWords = parsed.excluded
    .filter((unit) => unit.type === 'word')
    .map((unit) => termsOf(unit))
    .filter((terms) => terms.length > 0)
    .map((terms): Query => ({ queries: [terms.join(' ')], combineWith: 'AND', prefix: false, fuzzy: false }));
  const excludedPhrases = parsed.excluded
    .filter((unit) => unit.type === 'phrase')
    .map((unit) => phraseTest(foldText(unit.text)));
  if (excludedPhrases.length > 0) {
    checks.push((doc) => excludedPhrases.every((test) => !inDocument(doc, test)));
  }

  const ranked = groups.length > 0;
  const positive: Query = ranked ? { queries: groups, combineWith: 'AND' } : MiniSearch.wildcard;
  const excluded: Query | null = excludedWords.length === 0 ? null : { queries: excludedWords, combineWith: 'OR' };
  const passes = filterCheck(parsed.filters, context);

  return {
    query: ranked && excluded ? { queries: [positive, excluded], combineWith: 'AND_NOT' } : positive,
    excluded: ranked ? null : excluded,
    candidates: ranked ? null : candidatesOf(parsed.filters),
    ranked,
    nothing:
      parsed.required.length > 0 &&
      !ranked &&
      checks.length === 0 &&
      parsed.excluded.length === 0 &&
      parsed.filters.length === 0,
    phrases: parsed.required.flat().flatMap((unit) => (unit.type === 'phrase' ? [foldText(unit.text)] : [])),
    accept: (doc, queryTerms) =>
      visible(doc, context.facts) && passes(doc) && checks.every((check) => check(doc, queryTerms)),
  };
}

/**
 * A group with phrases holds when one of its phrases is in a field, or one of its words matched:
 * as typed or, MiniSearch reporting the spelling it looked up, with two letters swapped back.
 */
function groupCheck(group: QueryUnit[], phrases: string[], context: PlanContext) {
  // The same spellings the lookups used: a word the index has, or one too short for a typo, was
  // looked up as typed only, so only that spelling holds the group.
  const wordSpellings = group
    .filter((unit) => unit.type === 'word')
    .map((unit) =>
      termsOf(unit).map((term) => [
        term,
        ...(term.length > 1 ? swapsLookedUp(term, typosForgiven(term, context)) : []),
      ]),
    );
  const tests = phrases.map(phraseTest);
  const matched = (spellings: string[], queryTerms: readonly string[]) =>
    spellings.some((spelling) => queryTerms.includes(spelling));
  return (doc: SearchDocument, queryTerms: readonly string[]): boolean => {
    if (wordSpellings.some((terms) => terms.length > 0 && terms.every((spellings) => matched(spellings, queryTerms)))) {
      return true;
    }
    return tests.some((test) => inDocument(doc, test));
  };
}

/** Whether a phrase is in one of the searched fields (a phrase never runs from one field into the next). */
function inDocument(doc: SearchDocument, test: (text: string) => boolean): boolean {
  return test(doc.title) || test(doc.text) || test(doc.speakers) || test(doc.tags);
}

/**
 * The field each word filter's candidates are looked up in. (`track:` and `conf:` have none:
 * neither a track nor a conference is an indexed field, so they are checked on every document
 * MiniSearch found — with words, a few; for a query of filters only, every document.)
 */
const filterFields: Partial<Record<QueryFilter['key'], string>> = { speaker: 'speakers', tag: 'tags' };

function candidatesOf(filters: QueryFilter[]): Query | null {
  const byKey = new Map<string, Query[]>();
  const unusable = new Set<string>();
  for (const filter of filters) {
    const field = filterFields[filter.key];
    if (!field || filter.negated || !('text' in filter.value)) continue;
    const words = filter.value.text
      .split(' ')
      .map(processTerm)
      .filter((word): word is string => word !== null);
    // A filter of stop words only cannot be looked up.
    if (words.length === 0) {
      unusable.add(filter.key);
      continue;
    }
    const lookup: Query = {
      combineWith: 'AND',
      queries: words.map((word) => ({ queries: [word], fields: [field], prefix: true, fuzzy: false })),
    };
    byKey.set(filter.key, [...(byKey.get(filter.key) ?? []), lookup]);
  }
  const keys = [...byKey.entries()].filter(([key]) => !unusable.has(key));
  if (keys.length === 0) return null;
  return { combineWith: 'AND', queries: keys.map(([, lookups]) => ({ combineWith: 'OR', queries: lookups })) };
}

/** Filters of one key widen each other; different keys, and every negated filter, narrow. */
function filterCheck(filters: QueryFilter[], { facts, today }: PlanContext): (doc: SearchDocument) => boolean {
  if (filters.length === 0) return () => true;
  const positive = new Map<string, QueryFilter[]>();
  for (const filter of filters.filter((f) => !f.negated)) {
    positive.set(filter.key, [...(positive.get(filter.key) ?? []), filter]);
  }
  const anyOf = [...positive.values()];
  const noneOf = filters.filter((f) => f.negated);
  return (doc) =>
    anyOf.every((same) => same.some((f) => passesFilter(f.value, doc, facts, today))) &&
    noneOf.every((f) => !passesFilter(f.value, doc, facts, today));
}

/**
 * An item the latest content no longer has stays findable while the user has records on it,
 * as the recap lists do; the records themselves are always findable.
 */
function visible(doc: SearchDocument, facts: RecordFacts): boolean {
  if (doc.removed !== 1 || !doc.id.startsWith('item:')) return true;
  return facts.withNotes.has(doc.itemId) || facts.withActions.has(doc.itemId) || facts.starred.has(doc.itemId);
}
