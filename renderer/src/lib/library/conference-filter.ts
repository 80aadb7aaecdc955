// `conf:` as the user means it: a word of a conference's name ("conf:valencia", "conf:europe")
// as well as its id. The search index knows conference ids only, so before a query is sent the
// page — which has the conferences in a live query — writes each `conf:` the user typed as the ids
// it matches. The box keeps showing what was typed; only the query sent changes.
import type { Conference } from '../../../../electron/common/domain';
import type { ParsedQuery, QueryFilter } from '../search/query-language';
import { conferenceMatches } from './conference-names';

/** The conferences a `conf:` filter's value matches, by id or words of the name. */
export function conferencesMatching(
  filter: Pick<QueryFilter, 'raw' | 'negated'>,
  conferences: readonly Pick<Conference, 'id' | 'name'>[],
): Pick<Conference, 'id' | 'name'>[] {
  const typed = typedValue(filter);
  return conferences.filter((conference) => conferenceMatches(conference, typed));
}

/**
 * The query to send for what the user typed: each `conf:` that matches conferences becomes one
 * `conf:<id>` per match (filters of one key widen each other, so "either of these"); a negated one
 * `-conf:<id>` per match (each narrows). A `conf:` that matches none is sent as typed, and finds nothing.
 */
export function withConferenceIds(
  parsed: ParsedQuery,
  conferences: readonly Pick<Conference, 'id' | 'name'>[],
): string {
  const confs = parsed.filters.filter((filter) => filter.key === 'conf');
  if (confs.length === 0) return parsed.source;
  let text = parsed.source;
  // From the end, so earlier spans stay where they are.
  for (const filter of [...confs].sort((a, b) => b.span[0] - a.span[0])) {
    const matches = conferencesMatching(filter, conferences);
    if (matches.length === 0) continue;
    const sign = filter.negated ? '-' : '';
    const ids = matches.map((conference) => `${sign}conf:${quoted(conference.id)}`).join(' ');
    text = `${text.slice(0, filter.span[0])}${ids}${text.slice(filter.span[1])}`;
  }
  return text;
}

/** What the user typed after `conf:`, quotes removed. */
function typedValue(filter: Pick<QueryFilter, 'raw' | 'negated'>): string {
  const value = filter.raw.slice(filter.raw.indexOf(':') + 1);
  return value.replace(/^"|"$/g, '');
}

function quoted(id: string): string {
  return /^[^\s"]+$/.test(id) ? id : `"${id.replace(/"/g, '')}"`;
}
