// The parts of MiniSearch 7 the index reads below its public API, in one place.
//
// Why: `MiniSearch#search()` turns every match into a result object (copying its stored fields)
// and sorts them all, even though the UI shows the best 50. On a prefix such as "aut" over
// 10,000 talks that is thousands of objects per keystroke, and over 100,000 it is most of the
// time spent. The index instead runs MiniSearch's own query evaluation (`executeQuery`, the
// same scoring `search()` uses) and keeps only the best matches. `internalsOf` checks the shape
// at construction, so an upgrade that changes it fails with a clear message, not wrong results;
// tests/unit/renderer/search/search-index.test.ts runs every query through this path.
import type MiniSearch from 'minisearch';
import type { Query, SearchOptions } from 'minisearch';
import type { SearchDocument } from './documents';

/** A match as MiniSearch computes it, before `search()` makes a result of it. */
export interface RawMatch {
  score: number;
  /** Query terms that matched. */
  terms: string[];
  /** Document terms that matched, with the fields they matched in. */
  match: Record<string, string[]>;
}

/** The members of a MiniSearch 7 instance the index uses (`toJSON`/`loadJS` use the same ones). */
export interface MiniSearchInternals {
  executeQuery(query: Query, options?: SearchOptions): Map<number, RawMatch>;
  _storedFields: Map<number, { doc: SearchDocument } | undefined>;
  /** The inverted index: term → field id → document short id → term frequency. */
  _index: {
    has(term: string): boolean;
    set(term: string, value: Map<number, Map<number, number>>): unknown;
    atPrefix(prefix: string): Iterable<[string, Map<number, Map<number, number>>]>;
    [Symbol.iterator](): Iterator<[string, Map<number, Map<number, number>>]>;
    /** The radix tree itself: edge label → subtree, '' → the term's postings. */
    _tree: Map<string, unknown>;
  };
  _fieldIds: Record<string, number>;
  _documentIds: Map<number, string>;
  _idToShortId: Map<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentCount: number;
  _nextId: number;
  _dirtCount: number;
}

/**
 * How many postings (document–field pairs) a prefix would add beyond its exact term, per field;
 * counting stops once every field is past `limit`.
 */
export function prefixPostings(
  internals: MiniSearchInternals,
  prefix: string,
  fields: readonly string[],
  limit: number,
): number[] {
  const fieldIds = fields.map((field) => internals._fieldIds[field]);
  const counts = fields.map(() => 0);
  for (const [term, byField] of internals._index.atPrefix(prefix)) {
    if (term === prefix) continue;
    // A loaded index keeps postings packed until read (index-codec.ts): count without unpacking.
    const countIn = (byField as { countIn?: (fieldId: number) => number }).countIn;
    fieldIds.forEach((id, index) => {
      if (id === undefined) return;
      const count = countIn ? countIn.call(byField, id) : (byField.get(id)?.size ?? 0);
      counts[index] = (counts[index] as number) + count;
    });
    if (counts.every((count) => count > limit)) break;
  }
  return counts;
}

/** The internals of a MiniSearch over `SearchDocument`s; throws when this MiniSearch lacks them. */
export function internalsOf(search: MiniSearch<SearchDocument>): MiniSearchInternals {
  const internals = search as unknown as Partial<MiniSearchInternals>;
  const maps = [internals._storedFields, internals._documentIds, internals._idToShortId, internals._fieldLength];
  if (
    typeof internals.executeQuery !== 'function' ||
    !maps.every((map) => map instanceof Map) ||
    typeof internals._index?.has !== 'function' ||
    typeof internals._index?.atPrefix !== 'function' ||
    !(internals._index?._tree instanceof Map) ||
    typeof internals._fieldIds !== 'object' ||
    !Array.isArray(internals._avgFieldLength) ||
    typeof internals._documentCount !== 'number' ||
    typeof internals._nextId !== 'number'
  ) {
    throw new Error(
      'This MiniSearch does not expose executeQuery, _index, _documentIds, _storedFields and the other members ' +
        'toJSON uses as version 7 does: ' +
        'update renderer/src/lib/search/minisearch-access.ts for it.',
    );
  }
  return internals as MiniSearchInternals;
}
