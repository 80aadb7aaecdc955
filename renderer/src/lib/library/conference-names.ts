// How a conference is named and dated where space is short: a search result's row, the library's
// list, the switcher. Pure, so the words are tested once.
import type { Conference } from '../../../../electron/common/domain';

/** Longer names than this are shortened on a result row. */
const shortNameLength = 24;

/**
 * The name a search result row uses: the name itself when short; otherwise without the
 * co-branded part ("KubeCon + CloudNativeCon Europe 2022" → "KubeCon Europe 2022").
 */
export function shortConferenceName(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length <= shortNameLength) return trimmed;
  return trimmed.replace(/\s*\+\s*\S+/g, '').trim() || trimmed;
}

/** A date range in the user's words and order: "16–20 May 2022" (en-GB), "May 16 – 20, 2022" (en-US), "12 Apr 2023". */
export function conferenceDates(conference: Pick<Conference, 'startDate' | 'endDate'>, locale?: string): string {
  const start = dateOf(conference.startDate);
  const end = dateOf(conference.endDate);
  const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  if (!start) return end ? format.format(end) : '';
  if (!end || end.getTime() <= start.getTime()) return format.format(start);
  // The locale's own range: it says a shared month and year once, in its own order.
  return format.formatRange(start, end);
}

function dateOf(iso: string | undefined): Date | undefined {
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return undefined;
  const date = new Date(`${iso}T12:00:00Z`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Whether a conference matches what the user typed after `conf:`: its id, or words its name starts with. */
export function conferenceMatches(conference: Pick<Conference, 'id' | 'name'>, typed: string): boolean {
  const wanted = fold(typed);
  if (!wanted) return false;
  return ` ${fold(conference.id)}`.includes(` ${wanted}`) || ` ${fold(conference.name)}`.includes(` ${wanted}`);
}

function fold(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).join(' ');
}
