// The query language: words (all must match, the last ones may be partial or misspelt),
// "exact phrases", -exclusions, OR between two words or phrases, and key:value filters.
// Parsing never throws: anything it cannot use becomes a hint the search box shows, and the rest
// of the query still runs. Positions are kept so a filter chip can remove its own text.
import { filterKeys, filterLabel, readFilterValue, type FilterKey, type FilterValue } from './filters';

/** Where a piece of the query sits in the text the user typed: [start, end). */
export type Span = readonly [number, number];

/** A word or an exact phrase of the query. */
export interface QueryUnit {
  type: 'word' | 'phrase';
  text: string;
  span: Span;
}

/** A filter as typed and as read. */
export interface QueryFilter {
  key: FilterKey;
  value: FilterValue;
  /** `-kind:booth`: keep documents that do not pass. */
  negated: boolean;
  /** As typed, e.g. `-kind:booth`. */
  raw: string;
  /** For the chip, e.g. "Day 1", "Not kind: booth". */
  label: string;
  span: Span;
}

/** Something in the query that could not be used as written, and why. */
export interface QueryHint {
  message: string;
  span?: Span;
}

/** A parsed query. Every group must match; a group matches when any of its units does. */
export interface ParsedQuery {
  source: string;
  required: QueryUnit[][];
  excluded: QueryUnit[];
  filters: QueryFilter[];
  hints: QueryHint[];
}

type Token =
  | { type: 'unit'; unit: QueryUnit; negated: boolean }
  | { type: 'filter'; filter: QueryFilter }
  | { type: 'or'; span: Span };

const filterKeySet: ReadonlySet<string> = new Set(filterKeys);
// Longer spellings people type for a key; the chip and the plan use the key itself.
const keyAliases: Readonly<Record<string, FilterKey>> = { conference: 'conf' };

/** Parses what the user typed. Never throws; problems come back as hints. */
export function parseQuery(source: string): ParsedQuery {
  const hints: QueryHint[] = [];
  const tokens = scan(source, hints);
  const required: QueryUnit[][] = [];
  const excluded: QueryUnit[] = [];
  const filters: QueryFilter[] = [];
  let joinNext = false;

  tokens.forEach((token, index) => {
    if (token.type === 'filter') {
      filters.push(token.filter);
      return;
    }
    if (token.type === 'or') {
      const before = tokens[index - 1];
      const after = tokens[index + 1];
      const joins = isPlainUnit(before) && isPlainUnit(after);
      if (joins) joinNext = true;
      else
        hints.push({ message: 'OR needs a word or phrase on each side, as in: karpenter OR keda', span: token.span });
      return;
    }
    if (token.negated) {
      excluded.push(token.unit);
      return;
    }
    const last = required[required.length - 1];
    if (joinNext && last) last.push(token.unit);
    else required.push([token.unit]);
    joinNext = false;
  });

  return { source, required, excluded, filters, hints };
}

function isPlainUnit(token: Token | undefined): boolean {
  return token?.type === 'unit' && !token.negated;
}

/** Splits the text into units, filters and ORs, left to right. */
function scan(source: string, hints: QueryHint[]): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < source.length) {
    if (/\s/.test(source[at] as string)) {
      at++;
      continue;
    }
    const start = at;
    const negated = source[at] === '-' && at + 1 < source.length && !/[\s-]/.test(source[at + 1] as string);
    if (negated) at++;

    if (source[at] === '"') {
      const phrase = readQuoted(source, at, hints);
      at = phrase.end;
      if (phrase.text.trim()) {
        tokens.push({ type: 'unit', negated, unit: { type: 'phrase', text: phrase.text.trim(), span: [start, at] } });
      }
      continue;
    }

    const filter = /^([A-Za-z]+):/.exec(source.slice(at));
    if (filter) {
      const typedKey = (filter[1] as string).toLowerCase();
      const key = keyAliases[typedKey] ?? typedKey;
      const valueStart = at + filter[0].length;
      const value = source[valueStart] === '"' ? readQuoted(source, valueStart, hints) : readBare(source, valueStart);
      at = value.end;
      const span: Span = [start, at];
      if (filterKeySet.has(key)) {
        const read = readFilterValue(key as FilterKey, value.text);
        if ('problem' in read) {
          hints.push({ message: read.problem, span });
        } else {
          const shown = filterLabel(read, value.text);
          const label = negated ? `Not ${shown[0]?.toLowerCase()}${shown.slice(1)}` : shown;
          tokens.push({
            type: 'filter',
            filter: { key: key as FilterKey, value: read, negated, raw: source.slice(start, at), label, span },
          });
        }
        continue;
      }
      hints.push({
        message: `“${key}:” is not a filter, so it was searched as words. Filters: ${filterKeys.map((k) => `${k}:`).join(' ')}`,
        span,
      });
      const text = `${key} ${value.text}`.trim();
      tokens.push({ type: 'unit', negated, unit: { type: 'word', text, span } });
      continue;
    }

    const word = readBare(source, at);
    at = word.end;
    if (!word.text) continue;
    if (word.text === 'OR' && !negated) tokens.push({ type: 'or', span: [start, at] });
    else tokens.push({ type: 'unit', negated, unit: { type: 'word', text: word.text, span: [start, at] } });
  }
  return tokens;
}

/** Reads `"..."` starting at the quote; an unclosed quote runs to the end and leaves a hint. */
function readQuoted(source: string, quoteAt: number, hints: QueryHint[]): { text: string; end: number } {
  const close = source.indexOf('"', quoteAt + 1);
  if (close === -1) {
    hints.push({
      message: 'The quote is not closed — searched as a phrase up to the end',
      span: [quoteAt, source.length],
    });
    return { text: source.slice(quoteAt + 1), end: source.length };
  }
  return { text: source.slice(quoteAt + 1, close), end: close + 1 };
}

/** Reads up to the next space or quote. */
function readBare(source: string, from: number): { text: string; end: number } {
  let end = from;
  while (end < source.length && !/[\s"]/.test(source[end] as string)) end++;
  return { text: source.slice(from, end), end };
}

/** The query text without one filter, for the chip that removes it. */
export function withoutSpan(source: string, span: Span): string {
  return `${source.slice(0, span[0]).trimEnd()} ${source.slice(span[1]).trimStart()}`.trim();
}

/** Whether the query asks for anything: a word, a phrase, an exclusion or a filter. */
export function isBlank(query: ParsedQuery): boolean {
  return query.required.length === 0 && query.excluded.length === 0 && query.filters.length === 0;
}
