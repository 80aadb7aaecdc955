// The engines page: the app's search path, raw MiniSearch and FlexSearch over the same corpus
// and the same queries, in the same page, timed the same way. Bundled by `npm run bench`.
import { Document } from 'flexsearch';
import MiniSearch from 'minisearch';
import { itemDocument, type SearchDocument } from '../../renderer/src/lib/search/documents';
import { miniSearchOptions } from '../../renderer/src/lib/search/index-options';
import { boxResultLimit } from '../../renderer/src/lib/search/results';
import { SearchIndex } from '../../renderer/src/lib/search/search-index';
import { generateCorpus } from '../corpus';

/** Build times, in milliseconds. */
export interface EngineBuilds {
  documents: number;
  miniSearchMs: number;
  flexSearchMs: number;
}

/** Per query: the median time of each engine, in milliseconds, and how many results the app found. */
export interface QueryTiming {
  query: string;
  appMs: number;
  miniSearchMs: number;
  flexSearchMs: number;
  appTotal: number;
}

interface FlexIndex {
  add(document: Record<string, unknown>): unknown;
  search(query: string, options: Record<string, unknown>): unknown;
}

let app: SearchIndex | undefined;
let raw: MiniSearch<SearchDocument> | undefined;
let flex: FlexIndex | undefined;

/** Makes the corpus in the page and builds the engines over it. */
async function load(size: number): Promise<EngineBuilds> {
  const documents = generateCorpus(size).items.map((item) => itemDocument(item));

  let started = performance.now();
  const miniSearch = new MiniSearch<SearchDocument>(miniSearchOptions);
  miniSearch.addAll(documents);
  const miniSearchMs = performance.now() - started;
  raw = miniSearch;
  // The app's search runs over the very same MiniSearch: only what the app adds is compared.
  app = SearchIndex.over(miniSearch);

  started = performance.now();
  // Prefix search ("forward") in titles, speakers and tags, whole words in the text: forward
  // tokenizing every word of 100,000 talk bodies takes FlexSearch minutes and gigabytes. It has
  // no BM25 or edit-distance typo tolerance either: it is the speed reference, not a like-for-like engine.
  const flexIndex = new Document({
    document: {
      id: 'id',
      index: ['title', 'speakers', 'tags', 'text'].map((field) => ({
        field,
        tokenize: field === 'text' ? 'strict' : 'forward',
      })),
    },
  } as never) as unknown as FlexIndex;
  for (const document of documents) {
    flexIndex.add({
      id: document.id,
      title: document.title,
      speakers: document.speakers,
      tags: document.tags,
      text: document.text,
    });
  }
  flex = flexIndex;
  const flexSearchMs = performance.now() - started;
  return { documents: documents.length, miniSearchMs, flexSearchMs };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function time(run: () => unknown, repeats: number): number {
  const samples: number[] = [];
  for (let repeat = 0; repeat < repeats; repeat++) {
    const started = performance.now();
    run();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

/**
 * Times every query on each engine: the app's whole search (parse, MiniSearch, filters, best 20 (the box's limit)
 * with snippets), raw MiniSearch given the same typed text with the same options, and FlexSearch
 * given the same text. Interleaved per query, after one warm-up pass.
 */
function run(queries: string[], repeats: number): QueryTiming[] {
  if (!app || !raw || !flex) throw new Error('engines: load() first');
  const [appIndex, miniSearch, flexIndex] = [app, raw, flex];
  const today = '2024-01-01';
  for (const query of queries) {
    appIndex.search(query, { limit: boxResultLimit, today });
    miniSearch.search(query);
    flexIndex.search(query, { limit: boxResultLimit, merge: true });
  }
  return queries.map((query) => ({
    query,
    appMs: time(() => appIndex.search(query, { limit: boxResultLimit, today }), repeats),
    miniSearchMs: time(() => miniSearch.search(query), repeats),
    flexSearchMs: time(() => flexIndex.search(query, { limit: boxResultLimit, merge: true }), repeats),
    appTotal: appIndex.search(query, { limit: boxResultLimit, today }).total,
  }));
}

Object.assign(globalThis, { benchEngines: { load, run } });
