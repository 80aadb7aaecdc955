// Turns a parsed query into a MiniSearch query tree plus the checks MiniSearch cannot do itself:
// exact phrases (MiniSearch matches words, not their order), excluded phrases and filters.
// MiniSearch does the heavy part — term lookup, prefix, typos, BM25 — and the checks run only
// on the documents it found.
import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import type { SearchDocument } from './documents';
import { foldText, passesFilter, type RecordFacts } from './filters';
import { processTerm, tokenize } from './index-options';
import type { ParsedQuery, QueryFilter, QueryUnit } from './query-language';

/** What to run and what to check afterwards. */
export interface QueryPlan {
  /** The MiniSearch query; the wildcard when the query only filters or excludes. */
  query: Query;
  /** Whether the query has words or phrases that rank results (otherwise results come in recap order). */
  ranked: boolean;
  /** True when the query had words but all were too common to search, and nothing else narrows it. */
  nothing: boolean;
  /** Keeps a document MiniSearch found when its phrases and filters hold. */
  accept: (result: SearchResult) => boolean;
  /** The positive phrases, folded, to highlight. */
  phrases: string[];
}

/** Facts and the date the checks need. */
export interface PlanContext {
  facts: RecordFacts;
  /** Today as an ISO date, for `due:`. */
  today: string;
}

/** Index terms of a unit: folded, stop words dropped. */
export function termsOf(unit: QueryUnit): string[] {
  return tokenize(unit.text)
    .map(processTerm)
    .filter((term): term is string => term !== null);
}

function unitQuery(unit: QueryUnit): Query | null {
  const terms = termsOf(unit);
  if (terms.length === 0) return null;
  // Words of a phrase, and each excluded word, must be there as written: no prefix, no typos.
  return unit.type === 'phrase'
    ? { queries: [terms.join(' ')], combineWith: 'AND', prefix: false, fuzzy: false }
    : { queries: [terms.join(' ')], combineWith: 'AND' };
}

/** Plans a parsed query. */
export function planQuery(parsed: ParsedQuery, context: PlanContext): QueryPlan {
  const groups: Query[] = [];
  const checks: ((result: SearchResult, text: () => string) => boolean)[] = [];

  for (const group of parsed.required) {
    const queries = group.map(unitQuery);
    const phrases = group.filter((unit) => unit.type === 'phrase').map((unit) => foldText(unit.text));
    const everyUnitIndexed = queries.every((query) => query !== null);
    const present = queries.filter((query): query is Query => query !== null);
    // A group of stop words only ("the") cannot narrow anything: it is left out.
    if (present.length === 0 && phrases.length === 0) continue;
    if (everyUnitIndexed && present.length > 0) {
      groups.push(present.length === 1 ? (present[0] as Query) : { queries: present, combineWith: 'OR' });
    }
    if (phrases.length > 0) checks.push(groupCheck(group, phrases));
  }

  const excludedWords = parsed.excluded
    .filter((unit) => unit.type === 'word')
    .map((unit) => termsOf(unit))
    .filter((terms) => terms.length > 0)
    .map((terms): Query => ({ queries: [terms.join(' ')], combineWith: 'AND', prefix: false, fuzzy: false }));
  const excludedPhrases = parsed.excluded.filter((unit) => unit.type === 'phrase').map((unit) => foldText(unit.text));
  if (excludedPhrases.length > 0) {
    checks.push((_result, text) => excludedPhrases.every((phrase) => !containsPhrase(text(), phrase)));
  }

  const positive: Query = groups.length === 0 ? MiniSearch.wildcard : { queries: groups, combineWith: 'AND' };
  const query: Query =
    excludedWords.length === 0 ? positive : { queries: [positive, ...excludedWords], combineWith: 'AND_NOT' };
  const passes = filterCheck(parsed.filters, context);

  return {
    query,
    ranked: groups.length > 0,
    nothing:
      parsed.required.length > 0 &&
      groups.length === 0 &&
      checks.length === 0 &&
      parsed.excluded.length === 0 &&
      parsed.filters.length === 0,
    phrases: parsed.required.flat().flatMap((unit) => (unit.type === 'phrase' ? [foldText(unit.text)] : [])),
    accept: (result) => {
      const doc = result as unknown as SearchDocument;
      if (!visible(doc, context.facts) || !passes(doc)) return false;
      if (checks.length === 0) return true;
      let folded: string | undefined;
      const text = () => (folded ??= ` ${foldText(`${doc.title}\n${doc.speakers}\n${doc.tags}\n${doc.text}`)} `);
      return checks.every((check) => check(result, text));
    },
  };
}

/** A group with phrases holds when one of its phrases is in the text, or one of its words matched. */
function groupCheck(group: QueryUnit[], phrases: string[]) {
  const wordTerms = group.filter((unit) => unit.type === 'word').map(termsOf);
  return (result: SearchResult, text: () => string): boolean => {
    if (wordTerms.some((terms) => terms.length > 0 && terms.every((term) => result.queryTerms.includes(term)))) {
      return true;
    }
    return phrases.some((phrase) => containsPhrase(text(), phrase));
  };
}

function containsPhrase(paddedFoldedText: string, foldedPhrase: string): boolean {
  return foldedPhrase.length === 0 || paddedFoldedText.includes(` ${foldedPhrase} `);
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
