// Dates as a reader says them ("16–20 May 2022", "Wednesday 18 May 2022"), the same on every machine:
// the names are fixed in English rather than taken from the system's locale, so the same report
// comes out byte for byte wherever it is written.

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

interface DateParts {
  year: number;
  month: number;
  day: number;
  weekday: number;
}

function partsOf(date: string): DateParts | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const instant = new Date(Date.UTC(year, month - 1, day));
  if (instant.getUTCMonth() !== month - 1 || instant.getUTCDate() !== day) return undefined;
  return { year, month, day, weekday: instant.getUTCDay() };
}

/** "18 May 2022", or "Wednesday 18 May 2022" with the weekday; a text that is no date is returned as it is. */
export function readableDate(date: string, withWeekday = false): string {
  const parts = partsOf(date);
  if (!parts) return date;
  const text = `${parts.day} ${months[parts.month - 1]} ${parts.year}`;
  return withWeekday ? `${weekdays[parts.weekday]} ${text}` : text;
}

/** "16–20 May 2022", "31 May – 2 June 2022", "30 December 2022 – 2 January 2023", or one date when both are one. */
export function readableDateRange(start: string, end: string): string {
  const from = partsOf(start);
  const to = partsOf(end);
  if (!from || !to) return [start, end].filter(Boolean).join(' – ');
  if (start.slice(0, 10) === end.slice(0, 10)) return readableDate(start);
  if (from.year !== to.year) return `${readableDate(start)} – ${readableDate(end)}`;
  if (from.month !== to.month) return `${from.day} ${months[from.month - 1]} – ${readableDate(end)}`;
  return `${from.day}–${to.day} ${months[to.month - 1]} ${to.year}`;
}
