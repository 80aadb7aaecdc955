// Which conference a recap is of: one the library has, when the talks link to its sessions, the
// recap names it ("KubeCon … 2022") or its dates fall inside the conference's; otherwise a new
// conference named and dated by the recap itself.
import type { Conference, RecapItem } from '../domain';
import type { RecapConferenceGuess, RecapTalk } from './recap-reading';
import { titleKeys } from './words';

// Words every conference name has, which say nothing about which conference it is.
const commonWords = new Set([
  'conference',
  'con',
  'summit',
  'days',
  'day',
  'the',
  'and',
  'of',
  'europe',
  'eu',
  'na',
  'recap',
  'notes',
  'my',
  'at',
  'in',
  'from',
]);

/** What the recap says of itself, to name and date its conference. */
export interface RecapNames {
  /** Candidate names in order of trust: front matter `conference`, the title, the first heading, the folder or file name. */
  names: string[];
  /** The front matter's `conference`, which alone is trusted to name it when given. */
  conference?: string;
  dates: string[];
  location?: string;
}

function distinctiveWords(name: string): Set<string> {
  return new Set(titleKeys(name).filter((word) => !commonWords.has(word) && !/^\d+$/.test(word)));
}

function yearsOf(name: string): string[] {
  return titleKeys(name).filter((word) => /^(?:19|20)\d\d$/.test(word));
}

/** The shared distinctive words, when a recap's name is this conference's: the years, where both give one, agree. */
function sharedName(name: string, conference: Conference): string[] {
  const ours = distinctiveWords(name);
  const shared = [...distinctiveWords(conference.name)].filter((word) => ours.has(word));
  if (shared.length === 0) return [];
  const ourYears = yearsOf(name);
  const theirYears = [...yearsOf(conference.name), conference.startDate.slice(0, 4)].filter(Boolean);
  if (ourYears.length > 0 && !ourYears.some((year) => theirYears.includes(year))) return [];
  return shared;
}

/** Guesses the recap's conference from its links, names and dates. */
export function guessRecapConference(
  talks: readonly RecapTalk[],
  known: { conferences: readonly Conference[]; items: readonly RecapItem[] },
  recap: RecapNames,
): RecapConferenceGuess {
  const proposed = proposedConference(recap);
  const byId = new Map(known.conferences.map((conference) => [conference.id, conference]));
  const itemConference = new Map(known.items.map((item) => [item.id, item.conferenceId]));
  const counts = new Map<string, number>();
  for (const talk of talks) {
    const conferenceId = talk.link ? itemConference.get(talk.link.itemId) : undefined;
    if (conferenceId) counts.set(conferenceId, (counts.get(conferenceId) ?? 0) + 1);
  }
  const linked = [...counts.values()].reduce((sum, n) => sum + n, 0);
  const [topId, top] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  const topConference = topId ? byId.get(topId) : undefined;
  // "Mostly": more than half of the links, and two of them unless the recap has a single talk.
  if (topConference && top && top * 2 > linked && (top >= 2 || talks.length === 1)) {
    const reason = `${top} of its talks link${top === 1 ? 's' : ''} to ${topConference.name}'s sessions`;
    return { existing: { conferenceId: topConference.id, reason }, proposed };
  }
  // A year the recap names that is not the conference's rules it out, whichever name says it.
  const recapYears = recap.names.flatMap(yearsOf);
  const sameYear = (conference: Conference) =>
    recapYears.length === 0 ||
    recapYears.some((year) => [...yearsOf(conference.name), conference.startDate.slice(0, 4)].includes(year));
  // Dates the recap gives must meet the conference's: KubeCon 2022 is not the one of 2024.
  const sameDates = (conference: Conference) =>
    recap.dates.length === 0 || recap.dates.some((date) => date >= conference.startDate && date <= conference.endDate);
  // A conference the front matter names is the one; the file's name is only a fallback.
  const names = recap.conference ? [recap.conference] : recap.names;
  for (const name of names) {
    const named = known.conferences.filter(
      (conference) => sameYear(conference) && sameDates(conference) && sharedName(name, conference).length > 0,
    );
    if (named.length === 1 && named[0]) {
      const words = sharedName(name, named[0]);
      const reason = `its name “${name}” shares “${words.join(' ')}” with ${named[0].name}`;
      return { existing: { conferenceId: named[0].id, reason }, proposed };
    }
  }
  if (recap.dates.length > 0) {
    const dated = known.conferences.filter((conference) =>
      recap.dates.every((date) => date >= conference.startDate && date <= conference.endDate),
    );
    if (dated.length === 1 && dated[0]) {
      const reason = `its dates fall within ${dated[0].name}'s (${dated[0].startDate} to ${dated[0].endDate})`;
      return { existing: { conferenceId: dated[0].id, reason }, proposed };
    }
  }
  return { proposed };
}

function proposedConference(recap: RecapNames): RecapConferenceGuess['proposed'] {
  const dates = [...recap.dates].sort();
  return {
    name: recap.names.find((name) => name.trim() !== '') ?? 'My recap',
    ...(dates[0] ? { startDate: dates[0] } : {}),
    ...(dates.at(-1) ? { endDate: dates.at(-1) } : {}),
    ...(recap.location ? { location: recap.location } : {}),
  };
}
