// What a search hands the UI: plain, structured-cloneable results (they cross from the worker),
// each with its title and snippet already cut into highlighted segments, and what to highlight
// in the talk when the result is opened.
import { kindLabels } from '../../../../electron/common/domain';
import type { ActionStatus } from '../../../../electron/common/user-records';
import type { ResultKind, SearchDocument } from './documents';
import type { QueryFilter, QueryHint, Span } from './query-language';
import { makeSnippet, matchFinder, segmentsOf, type MatchFinder, type Matcher, type Segment } from './snippets';

/**
 * How many results the search box shows (the total is always counted). A popup of 20 is two
 * screens; more would cost every keystroke rendering rows nobody scrolls to.
 */
export const boxResultLimit = 20;

/** One search result. */
export interface SearchHit {
  /** The document id: `item:…`, `annotation:…` or `action:…`. */
  id: string;
  kind: ResultKind;
  /** The item to open. */
  itemId: string;
  itemTitle: string;
  conferenceId: string;
  day?: number;
  status?: ActionStatus;
  due?: string;
  removed: 0 | 1;
  /** The plain title, which the option's accessible name starts with. */
  titleText: string;
  title: Segment[];
  snippet: Segment[];
  /** What to highlight in the talk when this result is opened. */
  matcher: Matcher;
  score: number;
}

/** A filter as a chip shows it. */
export interface FilterChip {
  label: string;
  raw: string;
  span: Span;
}

/** The answer to one query. */
export interface SearchOutcome {
  query: string;
  hits: SearchHit[];
  /** How many results there are in all; `hits` holds the best `limit` of them. */
  total: number;
  filters: FilterChip[];
  hints: QueryHint[];
  /** Time spent in the index, in milliseconds. */
  tookMs: number;
}

/** A match kept for the result list: the document, its score, and the document terms that matched. */
export interface RankedMatch {
  doc: SearchDocument;
  score: number;
  terms: readonly string[];
}

/**
 * Builds the hits of a result list: highlights each title and cuts a snippet from the text (or
 * from the speakers when only they matched). One finder for the whole list — the terms every hit
 * matched — so a list costs one compiled pattern, not two per hit.
 */
export function toHits(matches: readonly RankedMatch[], phrases: readonly string[]): SearchHit[] {
  const find = matchFinder({ terms: [...new Set(matches.flatMap((match) => match.terms))], phrases });
  return matches.map((match) => toHit(match, phrases, find));
}

function toHit({ doc, score, terms }: RankedMatch, phrases: readonly string[], find: MatchFinder): SearchHit {
  const title = displayTitle(doc);
  let snippet = makeSnippet(doc.text, find);
  if (!snippet.some((segment) => segment.match) && doc.speakers) {
    const speakers = makeSnippet(doc.speakers, find);
    if (speakers.some((segment) => segment.match)) snippet = speakers;
  }
  return {
    id: doc.id,
    kind: doc.kind,
    itemId: doc.itemId,
    itemTitle: doc.itemTitle,
    conferenceId: doc.conferenceId,
    day: doc.day,
    status: doc.status,
    due: doc.due,
    removed: doc.removed,
    titleText: title,
    title: segmentsOf(title, find(title)),
    snippet,
    matcher: { terms, phrases },
    score,
  };
}

/** Whether a ranks above b by score. */
export function byScore(a: RankedMatch, b: RankedMatch): boolean {
  return a.score > b.score;
}

/** What a result is called: its title; for a note its first line, for a highlight the quote. */
function displayTitle(result: SearchDocument): string {
  if (result.title) return result.title;
  const line = result.text.trim().split('\n', 1)[0]?.trim() ?? '';
  const short = line.length > 90 ? `${line.slice(0, 89).trimEnd()}…` : line;
  if (!short) return result.kind === 'highlight' ? 'Untitled highlight' : 'Untitled note';
  return result.kind === 'highlight' ? `“${short}”` : short;
}

const kindRank: Record<ResultKind, number> = {
  keynote: 0,
  talk: 0,
  panel: 0,
  'lightning-talks': 0,
  booth: 1,
  session: 1,
  note: 2,
  highlight: 2,
  action: 3,
};

/** Recap order, for results that no word ranks: by day, the author's order, items before records, title. */
export function byRecapOrder(a: SearchDocument, b: SearchDocument): number {
  return (
    (a.day ?? Number.MAX_SAFE_INTEGER) - (b.day ?? Number.MAX_SAFE_INTEGER) ||
    (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER) ||
    kindRank[a.kind] - kindRank[b.kind] ||
    a.title.localeCompare(b.title) ||
    a.text.localeCompare(b.text)
  );
}

/** The chips of a query's filters. */
export function chipsOf(filters: readonly QueryFilter[]): FilterChip[] {
  return filters.map((filter) => ({ label: filter.label, raw: filter.raw, span: filter.span }));
}

/** Words for a result's kind. */
export const resultKindLabels: Record<ResultKind, string> = {
  ...kindLabels,
  note: 'Your note',
  highlight: 'Your highlight',
  action: 'Action item',
};

/** Where a result lives, in words: "Talk · KubeCon … · Day 1", "Your note on ‹talk› · Day 1". */
export function resultPlace(
  hit: Pick<SearchHit, 'kind' | 'itemTitle' | 'conferenceId' | 'day' | 'status' | 'removed' | 'id'>,
  conferences: readonly { id: string; name: string; days: readonly { number: number; label: string }[] }[],
): string {
  const conference = conferences.find((c) => c.id === hit.conferenceId);
  const day =
    hit.day === undefined ? undefined : (conference?.days.find((d) => d.number === hit.day)?.label ?? `Day ${hit.day}`);
  const isItem = hit.id.startsWith('item:');
  const what = isItem
    ? resultKindLabels[hit.kind]
    : `${resultKindLabels[hit.kind]}${hit.status ? ` (${hit.status})` : ''} on ${hit.itemTitle}`;
  const parts = [what, conference?.name, day, hit.removed === 1 && isItem ? 'removed from the recap' : undefined];
  return parts.filter(Boolean).join(' · ');
}
