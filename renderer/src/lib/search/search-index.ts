/**
 * Debrief's search index: talks, keynotes, panels, lightning talks and booths of every recap,
 * and the user's own notes, highlights and action items, in one MiniSearch.
 *
 * What it does:
 * - matches words as they are typed (prefix), forgives typos in proportion to word length,
 *   requires every word (AND) and ranks by BM25 with title > speakers, tags > text
 *   (`index-options.ts`);
 * - reads a small query language — "phrases", -exclusions, OR, and filters such as `day:1`,
 *   `kind:keynote`, `is:starred`, `status:open` (`query-language.ts`, `filters.ts`);
 * - answers with plain results whose title and snippet are already cut into highlighted
 *   segments, and with what to highlight in the talk (`results.ts`, `snippets.ts`);
 * - serializes to one string stamped with `indexOptionsVersion`, and takes annotation and action
 *   edits one by one (`syncUserRecords`).
 *
 * What it does not do: read the database, keep itself current, or run off the main thread —
 * `search-worker.ts` does those. It does not stem ("deploys" does not find "deploy" except by
 * prefix or typo tolerance) and knows only English stop words.
 */
import MiniSearch from 'minisearch';
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
import { indexOptionsVersion, miniSearchOptions } from './index-options';
import { isBlank, parseQuery } from './query-language';
import { planQuery } from './query-plan';
import { byRecapOrder, chipsOf, toHit, type DocumentResult, type SearchOutcome } from './results';

/** How to search. */
export interface SearchRequest {
  /** How many hits to return (the total is always counted). Default 50. */
  limit?: number;
  /** Today as an ISO date (YYYY-MM-DD), for `due:`. Default: today in UTC. */
  today?: string;
  /** `titles` searches only item titles (the quick switcher); default everything. */
  scope?: 'everything' | 'titles';
}

/** What a serialized index holds besides MiniSearch's own JSON. */
interface Serialized {
  optionsVersion: number;
  /** updatedAt of each indexed annotation and action, by document id. */
  records: Record<string, string>;
  index: Parameters<typeof MiniSearch.loadJS>[0];
}

/** What `syncUserRecords` changed. */
export interface SyncChanges {
  added: number;
  updated: number;
  removed: number;
}

const itemKinds = ['talk', 'keynote', 'panel', 'lightning-talks', 'booth'];

/** The search index over items, annotations and action items. */
export class SearchIndex {
  #search: MiniSearch<SearchDocument>;
  #records: Map<string, string>;
  #facts: RecordFacts = noFacts;
  #starred: ReadonlySet<string> = new Set();

  private constructor(search: MiniSearch<SearchDocument>, records: Map<string, string>) {
    this.#search = search;
    this.#records = records;
  }

  /** An index of the given items, with no user records yet. */
  static ofItems(items: readonly IndexableItem[]): SearchIndex {
    const search = new MiniSearch<SearchDocument>(miniSearchOptions);
    search.addAll(items.map(itemDocument));
    return new SearchIndex(search, new Map());
  }

  /**
   * Reads a serialized index. Throws when it was made with other index options (the caller then
   * rebuilds) or is not an index at all.
   */
  static load(serialized: string): SearchIndex {
    const data = JSON.parse(serialized) as Partial<Serialized>;
    if (data.optionsVersion !== indexOptionsVersion || !data.index || !data.records) {
      throw new Error(
        `The saved search index has options version ${String(data.optionsVersion)}, this Debrief uses ${indexOptionsVersion}: rebuild it.`,
      );
    }
    const search = MiniSearch.loadJS<SearchDocument>(data.index, miniSearchOptions);
    return new SearchIndex(search, new Map(Object.entries(data.records)));
  }

  /** The index as one string, for IndexedDB. */
  serialize(): string {
    const data: Serialized = {
      optionsVersion: indexOptionsVersion,
      records: Object.fromEntries(this.#records),
      index: this.#search.toJSON(),
    };
    return JSON.stringify(data);
  }

  /** How many documents the index holds. */
  get documentCount(): number {
    return this.#search.documentCount;
  }

  /** The indexed document of an item, if the index has it. */
  item(itemId: string): SearchDocument | undefined {
    const id = documentIdOf.item(itemId);
    const stored = this.#search.getStoredFields(id) as Omit<SearchDocument, 'id'> | undefined;
    return stored ? { ...stored, id } : undefined;
  }

  /** Sets which items are starred (for `is:starred`). */
  setStarred(itemIds: Iterable<string>): void {
    this.#starred = new Set(itemIds);
    this.#facts = { ...this.#facts, starred: this.#starred };
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

  /** Runs a query as typed. Never throws on what the user typed: problems come back as hints. */
  search(source: string, request: SearchRequest = {}): SearchOutcome {
    const started = performance.now();
    const limit = request.limit ?? 50;
    const today = request.today ?? new Date().toISOString().slice(0, 10);
    const parsed = parseQuery(source);
    const outcome = (results: DocumentResult[], phrases: string[]): SearchOutcome => ({
      query: source,
      hits: results.slice(0, limit).map((result) => toHit(result, phrases)),
      total: results.length,
      filters: chipsOf(parsed.filters),
      hints: parsed.hints,
      tookMs: performance.now() - started,
    });

    if (request.scope === 'titles') {
      const isItem = (result: { kind: string; removed: number }) => itemKinds.includes(result.kind) && !result.removed;
      const words = source.trim();
      const results = (
        words
          ? this.#search.search(words, { fields: ['title'], filter: (r) => isItem(r as DocumentResult) })
          : this.#search.search(MiniSearch.wildcard, { filter: (r) => isItem(r as DocumentResult) })
      ) as DocumentResult[];
      if (!words) results.sort(byRecapOrder);
      return { ...outcome(results, []), filters: [], hints: [] };
    }

    if (isBlank(parsed)) return outcome([], []);
    const plan = planQuery(parsed, { facts: this.#facts, today });
    if (plan.nothing) return outcome([], []);
    const results = this.#search.search(plan.query, { filter: plan.accept }) as DocumentResult[];
    if (!plan.ranked) results.sort(byRecapOrder);
    return outcome(results, plan.phrases);
  }
}
