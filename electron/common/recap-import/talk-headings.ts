// What a heading of the user's recap is: a container that only groups talks ("Day 2 — Thu, May 19",
// "Overview"), a part of a talk ("Takeaways"), or a talk, and which kind of talk its words say.
// People title their recaps freely, so each test here is by words, never by heading level.
import type { ItemKind } from '../domain';
import { titleKeys } from './words';

/** The kinds a recap talk can have: every item kind but a schedule's session. */
export type TalkKind = Exclude<ItemKind, 'session'>;

/** What a day heading says: its day number, its date (ISO, when the year is known), its weekday. */
export interface DayHeading {
  day?: number;
  date?: string;
  /** 0 = Sunday … 6 = Saturday, for "Thursday" alone. */
  weekday?: number;
}

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const weekdays = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const weekdayWord = /^(?:sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat)(?:day|nesday|rsday|urday)?$/;
const monthWord = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*$/;
const ordinalDay = /^(\d{1,2})(?:st|nd|rd|th)?$/;

// Headings that frame the recap rather than name a talk; their prose is the recap's intro.
const containerNames = new Set([
  'overview',
  'summary',
  'intro',
  'introduction',
  'overall impressions',
  'impressions',
  'general impressions',
  'notes',
  'my notes',
  'general notes',
  'conclusion',
  'conclusions',
  'wrap up',
  'tl dr',
  'tldr',
  'final thoughts',
]);

// Headings inside a talk: its notes, not another talk.
const partNames = new Set([
  'takeaways',
  'key takeaways',
  'my takeaways',
  'notes',
  'questions',
  'q a',
  'links',
  'resources',
  'slides',
  'video',
  'demo',
  'thoughts',
  'my take',
  'summary',
  'details',
  'quotes',
  'action items',
  'follow up',
]);

/** Whether a heading only frames the recap: "Overview", "Summary", "Notes", … */
export function isContainerHeading(heading: string): boolean {
  return containerNames.has(titleKeys(heading).join(' ')) || readDayHeading(heading, undefined) !== undefined;
}

/** Whether a heading names a part of the talk above it ("Takeaways", "Q&A") rather than a talk. */
export function isTalkPartHeading(heading: string): boolean {
  return partNames.has(titleKeys(heading).join(' '));
}

/** The kind a heading's words say: "Keynotes" a keynote block, "Booths" or "Expo" booths, … else a talk. */
export function kindByWords(heading: string): TalkKind {
  const words = titleKeys(heading);
  const text = words.join(' ');
  if (words.some((word) => word === 'keynote' || word === 'keynotes')) return 'keynote';
  if (/\blightning talks?\b/.test(text)) return 'lightning-talks';
  if (words.some((word) => /^(?:booths?|expo|sponsors?|vendors?)$/.test(word))) return 'booth';
  if (words.some((word) => word === 'panel' || word === 'panels')) return 'panel';
  return 'talk';
}

/** Whether a heading names a group of talks of one kind ("Keynotes", "Lightning talks", "Booths"), not one talk. */
export function isKindGroupHeading(heading: string): boolean {
  const words = titleKeys(heading);
  return (
    words.length <= 4 &&
    kindByWords(heading) !== 'talk' &&
    words.some((word) => /^(?:keynotes|talks|booths|expo|sponsors|vendors|panels)$/.test(word))
  );
}

/**
 * Reads a day heading: "Day 2", "Day 2 — Thu, May 19", "2022-05-19", "Thursday, 19 May 2022",
 * "Thursday". `year` completes a date written without one. Undefined when the heading says more
 * than a day (a talk called "Day Two Operations" is a talk).
 */
export function readDayHeading(heading: string, year: number | undefined): DayHeading | undefined {
  const words = titleKeys(heading);
  if (words.length === 0 || words.length > 8) return undefined;
  const found: DayHeading = {};
  let month: number | undefined;
  let dayOfMonth: number | undefined;
  let headingYear: number | undefined;
  let sawDayWord = false;
  for (const [index, word] of words.entries()) {
    if (word === 'day') {
      const number = Number(words[index + 1]);
      if (!Number.isInteger(number) || index + 1 >= words.length) return undefined;
      found.day = number;
      sawDayWord = true;
    } else if (sawDayWord && index > 0 && words[index - 1] === 'day') {
      continue;
    } else if (weekdayWord.test(word)) {
      found.weekday = weekdays.indexOf(word.slice(0, 3));
    } else if (monthWord.test(word)) {
      month = months.indexOf(word.slice(0, 3)) + 1;
    } else if (/^\d{4}$/.test(word)) {
      headingYear = Number(word);
    } else if (ordinalDay.test(word)) {
      dayOfMonth = Number(ordinalDay.exec(word)?.[1]);
    } else if (!['the', 'of', 'and'].includes(word)) {
      return undefined;
    }
  }
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(heading);
  if (iso) {
    found.date = iso[0];
  } else if (month !== undefined && dayOfMonth !== undefined && (headingYear ?? year) !== undefined) {
    const date = isoDate(headingYear ?? year ?? 0, month, dayOfMonth);
    if (date) found.date = date;
  } else if (dayOfMonth !== undefined && month === undefined && found.day === undefined) {
    // A bare number with no month and no "Day" before it is not a day heading: "42".
    return undefined;
  }
  // "May 19" is a day even when no year is known to date it.
  const monthDay = month !== undefined && dayOfMonth !== undefined;
  if (!monthDay && found.day === undefined && found.date === undefined && found.weekday === undefined) return undefined;
  return found;
}

/** `YYYY-MM-DD`, or undefined for a date that does not exist (May 32). */
export function isoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}
