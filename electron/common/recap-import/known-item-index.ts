// The library's items indexed once per reading, so each recap talk is compared only with the few
// items that share a link, a title word, a speaker's name or a booth name: a folder of a hundred
// files against a big schedule must read in well under a second.
import type { RecapItem } from '../domain';
import { couldMatch, comparedTitle, type ComparedTitle } from '../schedule-import/session-titles';
import { nameWords } from './same-speakers';
import { titleKeys } from './words';

/** Which of an item's links a URL is, for the reason the review shows. */
export type LinkField = 'page' | 'video' | 'slides';

/** Known items by URL, title words, speaker name words and booth name. */
export interface KnownItemIndex {
  items: readonly RecapItem[];
  /** Each item's position by its id, for a file a Debrief export wrote (`debrief-id`). */
  byId: Map<string, number>;
  titles: (ComparedTitle | undefined)[];
  byUrl: Map<string, { item: number; field: LinkField }[]>;
  byTitleWord: Map<string, number[]>;
  bySpeakerWord: Map<string, number[]>;
  byBoothName: Map<string, number[]>;
  /** Keynote and lightning-talk blocks by `<kind>/<date>`, for a recap's "Keynotes" under a day. */
  byBlockDay: Map<string, number[]>;
  /** Title fits already computed, by the recap's title: the item and how well it fits. */
  fits: Map<string, [number, { score: number; reason: string }][]>;
  /** Scratch counts of shared title words, one per item, all zero between lookups. */
  counts: { full: Int32Array; main: Int32Array };
  /** Each item's speakers as compared name words, computed once. */
  speakerNames: Set<string>[][];
}

/** The kinds of item that are on a stage, so a recap's talk may be one of them; booths never are. */
export const stageKinds = new Set<RecapItem['kind']>(['talk', 'keynote', 'panel', 'lightning-talks', 'session']);

/** A URL as compared: host lowercased without `www.`, no scheme, query, fragment or trailing slash. */
export function normaliseUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url.trim());
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
    const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
    return `${host}${parsed.pathname.replace(/\/+$/, '')}`;
  } catch {
    return undefined;
  }
}

/** A booth's name as compared: letters and digits only, so "Argo CD" is "ArgoCD"; "booth" and "stand" dropped. */
export function boothKey(name: string): string {
  return titleKeys(name)
    .filter((word) => !/^(?:booths?|stands?|sponsors?|vendors?|expo|the)$/.test(word))
    .join('');
}

/** The names a booth heading may give: all of it, or what follows "Sponsor booth:". */
export function boothKeys(heading: string): string[] {
  const colon = heading.indexOf(':');
  const keys = [boothKey(heading), colon > 0 ? boothKey(heading.slice(colon + 1)) : ''];
  return [...new Set(keys.filter(Boolean))];
}

function add<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Indexes the known items once. */
export function indexKnownItems(items: readonly RecapItem[]): KnownItemIndex {
  const index: KnownItemIndex = {
    items,
    byId: new Map(items.map((item, at) => [item.id, at])),
    titles: [],
    byUrl: new Map(),
    byTitleWord: new Map(),
    bySpeakerWord: new Map(),
    byBoothName: new Map(),
    byBlockDay: new Map(),
    fits: new Map(),
    counts: { full: new Int32Array(items.length), main: new Int32Array(items.length) },
    speakerNames: items.map((item) => item.speakers.map(nameWords)),
  };
  items.forEach((item, at) => {
    const urls: [string | undefined, LinkField][] = [
      [item.session?.url, 'page'],
      [item.links.schedule, 'page'],
      ...(item.session?.links ?? []).map((link): [string, LinkField] => [link.url, 'page']),
      [item.links.video, 'video'],
      [item.links.slides, 'slides'],
    ];
    for (const [url, field] of urls) {
      const key = url ? normaliseUrl(url) : undefined;
      if (key && !index.byUrl.get(key)?.some((entry) => entry.item === at)) add(index.byUrl, key, { item: at, field });
    }
    if (item.kind === 'booth') {
      const key = boothKey(item.title);
      if (key) add(index.byBoothName, key, at);
      index.titles.push(undefined);
      return;
    }
    if (!stageKinds.has(item.kind)) {
      index.titles.push(undefined);
      return;
    }
    if ((item.kind === 'keynote' || item.kind === 'lightning-talks') && item.date) {
      add(index.byBlockDay, `${item.kind}/${item.date}`, at);
    }
    const title = comparedTitle(item.title, item.session?.subtitle);
    index.titles.push(title);
    for (const word of new Set(title.full)) add(index.byTitleWord, word, at);
    const speakerWords = new Set(index.speakerNames[at]?.flatMap((words) => [...words]));
    for (const word of speakerWords) add(index.bySpeakerWord, word, at);
  });
  return index;
}

// A title whose words are in hundreds of titles ("Kubernetes at Scale") is compared with those that
// share the most of them only: the rest could at best fit with more words missing.
const maxTitleCandidates = 100;

/** Items whose titles share enough words with `title` that `titleFit` could pass, with the counts it uses. */
export function titleCandidates(
  index: KnownItemIndex,
  title: ComparedTitle,
): [number, { full: number; main: number }][] {
  // Counted in arrays kept with the index (zeroed again below): common words ("the",
  // "kubernetes") are in most titles, and a fresh array per talk would keep the collector busy.
  const { full, main } = index.counts;
  const touched: number[] = [];
  title.full.forEach((word, position) => {
    for (const at of index.byTitleWord.get(word) ?? []) {
      if (full[at] === 0) touched.push(at);
      full[at]! += 1;
      if (position < title.main.length) main[at]! += 1;
    }
  });
  const found: [number, { full: number; main: number }][] = [];
  for (const at of touched) {
    const known = index.titles[at];
    const shared = full[at]!;
    const mainShared = main[at]!;
    if (!known) continue;
    const may =
      couldMatch(shared, title.full.length, known.full.length) ||
      couldMatch(mainShared, title.main.length, known.main.length) ||
      (known.titleOnly !== undefined && couldMatch(shared, title.full.length, known.titleOnly.length));
    if (may) found.push([at, { full: shared, main: mainShared }]);
  }
  for (const at of touched) {
    full[at] = 0;
    main[at] = 0;
  }
  if (found.length <= maxTitleCandidates) return found;
  return found.sort((a, b) => b[1].full - a[1].full || a[0] - b[0]).slice(0, maxTitleCandidates);
}
