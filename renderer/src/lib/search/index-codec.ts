// A compact form of the MiniSearch index for IndexedDB, loaded several times faster than
// MiniSearch's JSON. The cold start is mostly spent loading the index; MiniSearch's own format
// is JSON whose postings are objects with numeric-string keys, which must be parsed and then
// turned into Maps key by key, and every term inserted into the radix tree again. Here postings
// are Uint32Arrays (IndexedDB stores them as raw bytes), documents one JSON string, and the radix
// tree is saved as its shape, so loading rebuilds MiniSearch's Maps and tree directly.
//
// The packed index comes in parts of bounded size, so no single IndexedDB value grows with the
// recap (Chromium sends each value to the storage process in one piece; 100,000 talks would
// make one value of ~180 MB).
//
// It writes and reads the same members `MiniSearch.toJSON`/`loadJS` do (see minisearch-access.ts
// for why reaching below the public API is acceptable here, and how it is guarded). The packed
// form carries its own version: a change to it bumps `indexCodecVersion`, and an index packed
// with another version is rebuilt, never trusted.
import MiniSearch from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import type { SearchDocument } from './documents';
import { miniSearchOptions } from './index-options';
import { internalsOf, type MiniSearchInternals } from './minisearch-access';

/** The version of the packed layout below. */
export const indexCodecVersion = 3;

/** Documents per part. */
const documentsPerPart = 10_000;
/** Numbers per postings part (16 MB); one term's postings never span two parts. */
const postingsPerPart = 4 * 2 ** 20;

/** Everything but the documents and terms: small. */
export interface PackedHead {
  codecVersion: number;
  documentCount: number;
  nextId: number;
  dirtCount: number;
  fieldIds: Record<string, number>;
  averageFieldLength: number[];
}

/** Some documents: their short ids, ids, field lengths (`missingLength` where a field had none) and stored documents (JSON). */
export interface PackedDocuments {
  shortIds: Uint32Array;
  ids: string[];
  fieldLengths: Uint32Array;
  docs: string;
}

/**
 * The radix tree of terms, walked depth first: for each node its number of edges (`shape`) and
 * each edge's label (`labels`, joined by "\n"; terms are letters and digits only). An empty
 * label is a term's end: its postings are the next ones in `postings`.
 */
export interface PackedTree {
  shape: Uint32Array;
  labels: string;
}

/**
 * Postings of consecutive terms, in tree order: per term, its field count, then per field: field
 * id, posting count, then (short id, frequency) pairs. One term's postings never span two parts.
 */
export type PackedPostings = Uint32Array;

/** A MiniSearch over `SearchDocument`s, packed into structured-cloneable parts. */
export interface PackedIndex {
  head: PackedHead;
  documents: PackedDocuments[];
  tree: PackedTree;
  postings: PackedPostings[];
}

type Postings = Map<number, Map<number, number>>;

/**
 * A term's postings (field id → document short id → frequency), decoded from the packed buffer
 * the first time anything reads them. It is a Map, as MiniSearch expects; `countIn` answers the
 * prefix budget (query-plan.ts) without decoding.
 */
class PackedTermPostings extends Map<number, Map<number, number>> {
  #source: Uint32Array | undefined;
  #at = 0;

  /** The postings that start at `at` in `source`. */
  static at(source: Uint32Array, at: number): PackedTermPostings {
    const postings = new PackedTermPostings();
    postings.#source = source;
    postings.#at = at;
    return postings;
  }

  /** How many documents have the term in a field. */
  countIn(fieldId: number): number {
    const source = this.#source;
    if (!source) return super.get(fieldId)?.size ?? 0;
    let at = this.#at;
    const fields = source[at++] as number;
    for (let field = 0; field < fields; field++) {
      const id = source[at++];
      const count = source[at++] as number;
      if (id === fieldId) return count;
      at += 2 * count;
    }
    return 0;
  }

  /** Decodes once; every Map method goes through it. */
  unpack(): this {
    const source = this.#source;
    if (!source) return this;
    this.#source = undefined;
    let at = this.#at;
    const fields = source[at++] as number;
    for (let field = 0; field < fields; field++) {
      const fieldId = source[at++] as number;
      const count = source[at++] as number;
      const frequencies = new Map<number, number>();
      for (let posting = 0; posting < count; posting++) {
        frequencies.set(source[at] as number, source[at + 1] as number);
        at += 2;
      }
      super.set(fieldId, frequencies);
    }
    return this;
  }

  override get(key: number) {
    return this.unpack().getDecoded(key);
  }
  private getDecoded(key: number) {
    return super.get(key);
  }
  override set(key: number, value: Map<number, number>) {
    this.unpack();
    return super.set(key, value);
  }
  override has(key: number) {
    this.unpack();
    return super.has(key);
  }
  override delete(key: number) {
    this.unpack();
    return super.delete(key);
  }
  override clear() {
    this.#source = undefined;
    super.clear();
  }
  override forEach(callback: (value: Map<number, number>, key: number, map: Map<number, Map<number, number>>) => void) {
    this.unpack();
    super.forEach(callback);
  }
  override keys() {
    this.unpack();
    return super.keys();
  }
  override values() {
    this.unpack();
    return super.values();
  }
  override entries() {
    this.unpack();
    return super.entries();
  }
  override [Symbol.iterator]() {
    return this.entries();
  }
}

// `size` is a data property in TypeScript's Map type, so the decoding accessor is defined here.
Object.defineProperty(PackedTermPostings.prototype, 'size', {
  get(this: PackedTermPostings) {
    return Reflect.get(Map.prototype, 'size', this.unpack());
  },
});
type RadixNode = Map<string, RadixNode | Postings>;

const missingLength = 0xffffffff;

/** Packs a MiniSearch built with `miniSearchOptions`. */
export function packIndex(search: MiniSearch<SearchDocument>): PackedIndex {
  const internals = internalsOf(search);
  const fieldCount = Object.keys(internals._fieldIds).length;
  const shortIds = [...internals._documentIds.keys()];

  const documents: PackedDocuments[] = [];
  for (let start = 0; start < shortIds.length; start += documentsPerPart) {
    const part = shortIds.slice(start, start + documentsPerPart);
    const fieldLengths = new Uint32Array(part.length * fieldCount).fill(missingLength);
    part.forEach((shortId, row) => {
      (internals._fieldLength.get(shortId) ?? []).forEach((length, field) => {
        fieldLengths[row * fieldCount + field] = length;
      });
    });
    documents.push({
      shortIds: Uint32Array.from(part),
      ids: part.map((shortId) => internals._documentIds.get(shortId) as string),
      fieldLengths,
      docs: JSON.stringify(
        part.map((shortId) => (internals._storedFields.get(shortId) as { doc: SearchDocument }).doc),
      ),
    });
  }

  const shape: number[] = [];
  const labels: string[] = [];
  const postings: Uint32Array[] = [];
  let buffer = new Uint32Array(postingsPerPart);
  let used = 0;
  const flush = () => {
    if (used > 0) postings.push(buffer.slice(0, used));
    used = 0;
  };
  const writePostings = (byField: Postings) => {
    let size = 1;
    for (const frequencies of byField.values()) size += 2 + 2 * frequencies.size;
    if (used + size > buffer.length) {
      flush();
      if (size > buffer.length) buffer = new Uint32Array(size);
    }
    buffer[used++] = byField.size;
    for (const [fieldId, frequencies] of byField) {
      buffer[used++] = fieldId;
      buffer[used++] = frequencies.size;
      for (const [shortId, frequency] of frequencies) {
        buffer[used++] = shortId;
        buffer[used++] = frequency;
      }
    }
  };
  const walk = (node: RadixNode) => {
    shape.push(node.size);
    for (const [label, child] of node) {
      labels.push(label);
      if (label === '') writePostings(child as Postings);
      else walk(child as RadixNode);
    }
  };
  walk(internals._index._tree as RadixNode);
  flush();

  return {
    head: {
      codecVersion: indexCodecVersion,
      documentCount: internals._documentCount,
      nextId: internals._nextId,
      dirtCount: internals._dirtCount,
      fieldIds: { ...internals._fieldIds },
      averageFieldLength: [...internals._avgFieldLength],
    },
    documents,
    tree: { shape: Uint32Array.from(shape), labels: labels.join('\n') },
    postings,
  };
}

/** Rebuilds the MiniSearch a packed index was made from. Throws on a packed index of another version or shape. */
export function unpackIndex(packed: PackedIndex): MiniSearch<SearchDocument> {
  const head = packed?.head;
  if (head?.codecVersion !== indexCodecVersion) {
    throw new Error(
      `The saved search index is packed with version ${String(head?.codecVersion)}, this Debrief reads ${indexCodecVersion}: rebuild it.`,
    );
  }
  const damaged = (what: string) => new Error(`The saved search index is damaged (${what}): rebuild it.`);
  if (!Array.isArray(packed.documents) || !Array.isArray(packed.postings)) throw damaged('its parts are missing');

  const search = new MiniSearch<SearchDocument>(miniSearchOptions);
  const internals = internalsOf(search);
  const fieldCount = Object.keys(head.fieldIds).length;
  internals._documentCount = head.documentCount;
  internals._nextId = head.nextId;
  internals._dirtCount = head.dirtCount;
  internals._fieldIds = { ...head.fieldIds };
  internals._avgFieldLength = [...head.averageFieldLength];

  for (const part of packed.documents) {
    if (!(part?.shortIds instanceof Uint32Array) || !(part.fieldLengths instanceof Uint32Array)) {
      throw damaged('a documents part is missing');
    }
    const docs = JSON.parse(part.docs) as SearchDocument[];
    part.shortIds.forEach((shortId, row) => {
      const id = part.ids[row] as string;
      internals._documentIds.set(shortId, id);
      internals._idToShortId.set(id, shortId);
      internals._storedFields.set(shortId, { doc: docs[row] as SearchDocument });
      const lengths: number[] = [];
      for (let field = 0; field < fieldCount; field++) {
        const length = part.fieldLengths[row * fieldCount + field] as number;
        if (length !== missingLength) lengths[field] = length;
      }
      internals._fieldLength.set(shortId, lengths);
    });
  }

  if (!(packed.tree?.shape instanceof Uint32Array) || typeof packed.tree.labels !== 'string') {
    throw damaged('its term tree is missing');
  }
  if (!packed.postings.every((part) => part instanceof Uint32Array)) throw damaged('a postings part is missing');
  const shape = packed.tree.shape;
  const labels = packed.tree.labels.split('\n');
  let node = 0;
  let label = 0;
  let part = 0;
  let at = 0;
  // Each term's postings stay packed until MiniSearch first reads them: loading costs one small
  // object per term instead of one Map entry per posting (a million at 10,000 talks).
  const readPostings = (): Postings => {
    let postings = packed.postings[part] as Uint32Array;
    if (at >= postings.length) {
      part++;
      at = 0;
      postings = packed.postings[part] as Uint32Array;
      if (!postings) throw damaged('its postings end early');
    }
    const byField = PackedTermPostings.at(postings, at);
    const fields = postings[at++] as number;
    for (let field = 0; field < fields; field++) at += 2 + 2 * (postings[at + 1] as number);
    if (at > postings.length) throw damaged('its postings do not add up');
    return byField;
  };
  const readNode = (): RadixNode => {
    const tree: RadixNode = new Map();
    const edges = shape[node++];
    if (edges === undefined) throw damaged('its term tree ends early');
    for (let edge = 0; edge < edges; edge++) {
      const name = labels[label++];
      if (name === undefined) throw damaged('its term tree ends early');
      tree.set(name, name === '' ? readPostings() : readNode());
    }
    return tree;
  };
  internals._index = new SearchableMap(readNode() as never) as unknown as MiniSearchInternals['_index'];
  const lastPart = packed.postings[packed.postings.length - 1];
  const complete = part === Math.max(0, packed.postings.length - 1) && at === (lastPart?.length ?? 0);
  if (node !== shape.length || label !== labels.length || !complete) throw damaged('its postings do not add up');
  if (internals._documentIds.size !== head.documentCount) throw damaged('documents are missing');
  return search;
}
