/**
 * Debrief's search: talks, keynotes, panels, lightning talks and booths of every recap, and the
 * user's own notes, highlights and action items, in one MiniSearch. This file is the index; the
 * module's other files are its parts.
 *
 * What it does:
 * - matches words as they are typed (prefix), forgives typos in proportion to word length in
 *   words the index does not know, requires every word (AND), and ranks by BM25 with
 *   title > speakers > tags > text, a user's records just below the talk they quote
 *   (`index-options.ts`, `query-plan.ts`);
 * - reads a small query language — "phrases", -exclusions, OR (binding tighter than the implicit
 *   AND: `a b OR c` is a and (b or c)), and filters `day:` `kind:` `track:` `speaker:` `tag:`
 *   `is:starred` `has:notes` `has:actions` `status:` `due:` — and turns what it cannot read into
 *   hints, never exceptions (`query-language.ts`, `filters.ts`);
 * - answers with the best results (all counted), their title and snippet already cut into
 *   highlighted segments, and what to highlight in the talk (`results.ts`, `snippets.ts`);
 * - serializes to parts stamped with `indexOptionsVersion` and the codec's version, loaded several
 *   times faster than MiniSearch's JSON (`index-codec.ts`), and takes annotation and action edits
 *   one by one (`syncUserRecords`).
 *
 * Around it: `index-store.ts` saves and loads it in IndexedDB under the content hash and keeps it
 * current with a liveQuery; `search-worker.ts` runs all of that off the page; `search-client.ts`
 * and `search-session.svelte.ts` are the page's side; `talk-matches.svelte.ts` highlights matches
 * in the opened talk.
 *
 * What it does not do: stem ("deploys" finds "deploy" only by prefix or typo tolerance), know
 * stop words beyond English, match a phrase across two fields, or expand a prefix so common it
 * would slow every keystroke without ranking anything better (`prefixPostingBudget`). It reads a
 * few MiniSearch members below the public API, for speed; `minisearch-access.ts` says which and why.
 */
import MiniSearch, { type Query, type SearchOptions } from 'minisearch';
import type { ActionItem, Annotation } from '../../../../electron/common/user-records';
import {
  actionDocument,
  annotationDocument,
  documentIdOf,
  itemDocument,
  type IndexableItem,
  type SearchDocument,
} from './documents';
import { noFacts, type RecordFacts } from './filters';
import { packIndex, unpackIndex, type PackedIndex } from './index-codec';
import { indexOptionsVersion, miniSearchOptions, prefixPostingBudget, userRecordWeight } from './index-options';
import { internalsOf, prefixPostings, type MiniSearchInternals } from './minisearch-access';
import { isBlank, parseQuery } from './query-language';
import { planQuery } from './query-plan';
import { byRecapOrder, byScore, chipsOf, toHits, type RankedMatch, type SearchOutcome } from './results';
import { TopResults } from './top-results';

/** How to search. */
export interface SearchRequest {
  /** How many hits to return (the total is always counted). Default 50. */
  limit?: number;
  /** Today as an ISO date (YYYY-MM-DD), for `due:`. Default: today in UTC. */
  today?: string;
  /** `titles` searches only item titles (the quick switcher); default everything. */
  scope?: 'everything' | 'titles';
}

/** The index as saved in IndexedDB: structured-cloneable, stamped with the options it was built with. */
export interface SerializedIndex {
  optionsVersion: number;
  /** updatedAt of each indexed annotation and action, by document id. */
  records: Record<string, string>;
  /** Stamp of each indexed session of an imported schedule, by document id (absent in older saves: none). */
  sessions?: Record<string, string>;
  packed: PackedIndex;
}

/**
 * An item the library brought in beside the bundled content, as the index takes it: a session of
 * an imported schedule, a talk of the user's own recap, or any item that recaps wrote notes on
 * (their texts, `layers`, are indexed with it) — with a stamp that changes when any of it does.
 */
export interface IndexableSession {
  item: IndexableItem;
  stamp: string;
  /** The recaps' texts on the item (Markdown), found by search as the item's own words. */
  layers?: readonly string[];
}

/** What `syncUserRecords` changed. */
export interface SyncChanges {
  added: number;
  updated: number;
  removed: number;
}

const itemKinds = ['talk', 'keynote', 'panel', 'lightning-talks', 'booth', 'session'];

/** The search index over items, annotations and action items. */
export class SearchIndex {
  #search: MiniSearch<SearchDocument>;
  #internals: MiniSearchInternals;
  #records: Map<string, string>;
  #sessions: Map<string, string>;
  #facts: RecordFacts = noFacts;
  #starred: ReadonlySet<string> = new Set();

  private constructor(
    search: MiniSearch<SearchDocument>,
    records: Map<string, string>,
    sessions = new Map<string, string>(),
  ) {
    this.#search = search;
    this.#internals = internalsOf(search);
    this.#records = records;
    this.#sessions = sessions;
  }

  /** An index of the given items, with no user records yet. */
  static ofItems(items: readonly IndexableItem[]): SearchIndex {
    const search = new MiniSearch<SearchDocument>(miniSearchOptions);
    search.addAll(items.map((item) => itemDocument(item)));
    return new SearchIndex(search, new Map());
  }

  /**
   * Wraps a MiniSearch built with `miniSearchOptions` over item documents, with no user records.
   * For benchmarks that compare the app's search with raw MiniSearch on the very same index.
   */
  static over(search: MiniSearch<SearchDocument>): SearchIndex {
    return new SearchIndex(search, new Map());
  }

  /**
   * Reads a serialized index. Throws when it was made with other index options or another
   * packing (the caller then rebuilds), or is not an index at all.
   */
  static load(serialized: unknown): SearchIndex {
    const data = (serialized ?? {}) as Partial<SerializedIndex>;
    if (data.optionsVersion !== indexOptionsVersion || !data.packed || !data.records) {
      throw new Error(
        `The saved search index has options version ${String(data.optionsVersion)}, this Debrief uses ${indexOptionsVersion}: rebuild it.`,
      );
    }
    return new SearchIndex(
      unpackIndex(data.packed),
      new Map(Object.entries(data.records)),
      new Map(Object.entries(data.sessions ?? {})),
    );
  }

  /** The index as one structured-cloneable value, for IndexedDB. */
  serialize(): SerializedIndex {
    return {
      optionsVersion: indexOptionsVersion,
      records: Object.fromEntries(this.#records),
      sessions: Object.fromEntries(this.#sessions),
      packed: packIndex(this.#search),
    };
  }

  /** How many documents the index holds. */
  get documentCount(): number {
    return this.#search.documentCount;
  }

  /** The indexed document of an item, if the index has it. */
  item(itemId: string): SearchDocument | undefined {
    return (this.#search.getStoredFields(documentIdOf.item(itemId)) as { doc: SearchDocument } | undefined)?.doc;
  }

  #storedItemId(documentId: string): string | undefined {
    return (this.#search.getStoredFields(documentId) as { doc?: SearchDocument } | undefined)?.doc?.itemId;
  }

  /** Sets which items are starred (for `is:starred`). */
  setStarred(itemIds: Iterable<string>): void {
    this.#starred = new Set(itemIds);
    this.#facts = { ...this.#facts, starred: this.#starred };
  }

  /**
   * Brings the sessions of imported schedules in the index up to date with the given list,
   * touching only those whose stamp changed. The user's notes and actions on a changed session
   * are marked stale, so the next `syncUserRecords` gives them the session's new title and day.
   */
  syncSessions(sessions: readonly IndexableSession[]): SyncChanges {
    const changes: SyncChanges = { added: 0, updated: 0, removed: 0 };
    const changed = new Set<string>();
    const wanted = new Map(sessions.map((session) => [documentIdOf.item(session.item.id), session]));
    for (const [id] of this.#sessions) {
      if (wanted.has(id)) continue;
      changed.add(this.#storedItemId(id) ?? '');
      this.#search.discard(id);
      this.#sessions.delete(id);
      changes.removed++;
    }
    for (const [id, session] of wanted) {
      const known = this.#sessions.get(id);
      if (known === session.stamp) continue;
      const document = itemDocument(session.item, session.layers);
      // A bundled talk that a recap now writes about is in the index already, from the content.
      if (known === undefined && !this.#search.has(id)) {
        this.#search.add(document);
        changes.added++;
      } else {
        this.#search.replace(document);
        changes.updated++;
      }
      this.#sessions.set(id, session.stamp);
      changed.add(session.item.id);
    }
    if (changed.size > 0) {
      for (const [id] of this.#records) {
        if (changed.has(this.#storedItemId(id) ?? '')) this.#records.set(id, '');
      }
    }
    return changes;
  }

  /** How many documents syncUserRecords would add, replace or remove for these lists: a cheap look before the work. */
  countUserRecordChanges(annotations: readonly Annotation[], actions: readonly ActionItem[]): number {
    let changed = 0;
    let kept = 0;
    const count = (id: string, stamp: string) => {
      const known = this.#records.get(id);
      if (known === undefined) changed++;
      else {
        kept++;
        if (known !== stamp) changed++;
      }
    };
    for (const annotation of annotations) {
      if (!annotation.deletedAt) count(documentIdOf.annotation(annotation.id), annotation.updatedAt);
    }
    for (const action of actions) if (!action.deletedAt) count(documentIdOf.action(action.id), action.updatedAt);
    return changed + (this.#records.size - kept);
  }

  /**
   * Brings the user's annotations and actions in the index up to date with the given lists
   * (deleted ones are left out), touching only what changed since the last sync or save.
   */
  syncUserRecords(annotations: readonly Annotation[], actions: readonly ActionItem[]): SyncChanges {
    const wanted = new Map<string, () => SearchDocument>();
    const withNotes = new Set<string>();
    const withActions = new Set<string>();
    const stamps = new Map<string, string>();
    for (const annotation of annotations) {
      if (annotation.deletedAt) continue;
      const id = documentIdOf.annotation(annotation.id);
      withNotes.add(annotation.itemId);
      stamps.set(id, annotation.updatedAt);
      wanted.set(id, () => annotationDocument(annotation, this.item(annotation.itemId)));
    }
    for (const action of actions) {
      if (action.deletedAt) continue;
      const id = documentIdOf.action(action.id);
      withActions.add(action.itemId);
      stamps.set(id, action.updatedAt);
      wanted.set(id, () => actionDocument(action, this.item(action.itemId)));
    }

    const changes: SyncChanges = { added: 0, updated: 0, removed: 0 };
    for (const id of [...this.#records.keys()]) {
      if (wanted.has(id)) continue;
      this.#search.discard(id);
      this.#records.delete(id);
      changes.removed++;
    }
    for (const [id, document] of wanted) {
      const stamp = stamps.get(id) as string;
      const known = this.#records.get(id);
      if (known === stamp) continue;
      if (known === undefined) {
        this.#search.add(document());
        changes.added++;
      } else {
        this.#search.replace(document());
        changes.updated++;
      }
      this.#records.set(id, stamp);
    }
    this.#facts = { starred: this.#starred, withNotes, withActions };
    return changes;
  }

  /**
   * Runs a few throwaway queries that go down every path of `search`, so the user's first
   * keystrokes run compiled code rather than the interpreter's first pass over it. The words are
   * ones no recap has, so this stays cheap on any index.
   */
  warmUp(): void {
    for (const query of [
      'q',
      'qx',
      'qxz',
      'qxzv',
      'qxzvw',
      '"qx zv" -qq qa OR qb',
      'day:999',
      'kind:note -tag:qq qxz',
    ]) {
      this.search(query, { limit: 5 });
    }
    this.search('qxz', { scope: 'titles', limit: 5 });
  }

  /** Runs a query as typed. Never throws on what the user typed: problems come back as hints. */
  search(source: string, request: SearchRequest = {}): SearchOutcome {
    const started = performance.now();
    const limit = request.limit ?? 50;
    const today = request.today ?? new Date().toISOString().slice(0, 10);
    const parsed = parseQuery(source);
    const outcome = (top: readonly RankedMatch[], total: number, phrases: string[]): SearchOutcome => ({
      query: source,
      hits: toHits(top, phrases),
      total,
      filters: chipsOf(parsed.filters),
      hints: parsed.hints,
      tookMs: performance.now() - started,
    });

    if (request.scope === 'titles') {
      const words = source.trim();
      const isItem = (doc: SearchDocument) => itemKinds.includes(doc.kind) && !doc.removed;
      const { top, total } = words
        ? this.#ranked(words, limit, isItem, { fields: ['title'] })
        : this.#inRecapOrder(limit, isItem, null);
      return { ...outcome(top, total, []), filters: [], hints: [] };
    }

    if (isBlank(parsed)) return outcome([], 0, []);
    const internals = this.#internals;
    const plan = planQuery(parsed, {
      facts: this.#facts,
      today,
      knows: (term) => internals._index.has(term),
      prefixPostings: (prefix, fields, limit) => prefixPostings(internals, prefix, fields, limit),
      prefixBudget: prefixPostingBudget,
    });
    if (plan.nothing) return outcome([], 0, []);
    const { top, total } = plan.ranked
      ? this.#ranked(plan.query, limit, plan.accept)
      : this.#inRecapOrder(limit, (doc) => plan.accept(doc, []), plan.excluded, plan.candidates);
    return outcome(top, total, plan.phrases);
  }

  /** Runs a MiniSearch query and keeps the best `limit` accepted matches, counting them all. */
  #ranked(
    query: Query,
    limit: number,
    accept: (doc: SearchDocument, queryTerms: readonly string[]) => boolean,
    options?: SearchOptions,
  ): { top: readonly RankedMatch[]; total: number } {
    const top = new TopResults<RankedMatch>(limit, byScore);
    const stored = this.#internals._storedFields;
    let total = 0;
    // Once the list is full, a match must beat its last score: most matches are dropped here,
    // before anything is made of them.
    let floor = -Infinity;
    for (const [shortId, match] of this.#internals.executeQuery(query, options)) {
      const doc = stored.get(shortId)?.doc;
      if (!doc || !accept(doc, match.terms)) continue;
      total++;
      // As MiniSearch's search() does: a document matching more of the query's terms ranks higher.
      let score = match.score * (match.terms.length || 1);
      if (!doc.id.startsWith('item:')) score *= userRecordWeight;
      if (score <= floor) continue;
      top.offer({ doc, score, terms: Object.keys(match.match) });
      if (limit > 0 && top.items.length === limit) floor = (top.items[limit - 1] as RankedMatch).score;
    }
    return { top: top.items, total };
  }

  /**
   * Every accepted document (but excluded ones) in recap order, keeping the first `limit`;
   * among `candidates` only, when given.
   */
  #inRecapOrder(
    limit: number,
    accept: (doc: SearchDocument) => boolean,
    excluded: Query | null,
    candidates: Query | null = null,
  ): { top: readonly RankedMatch[]; total: number } {
    const skip = excluded ? this.#internals.executeQuery(excluded) : undefined;
    const stored = this.#internals._storedFields;
    const shortIds = candidates ? this.#internals.executeQuery(candidates).keys() : stored.keys();
    const top = new TopResults<RankedMatch>(limit, (a, b) => byRecapOrder(a.doc, b.doc) < 0);
    let total = 0;
    for (const shortId of shortIds) {
      const doc = stored.get(shortId)?.doc;
      if (!doc || skip?.has(shortId) || !accept(doc)) continue;
      total++;
      top.offer({ doc, score: 1, terms: emptyTerms });
    }
    return { top: top.items, total };
  }
}

const emptyTerms: readonly string[] = [];
