// Wall-clock times in named time zones turned into exact instants, with the zone rules the
// JavaScript engine ships (Intl), so a schedule read on any computer gives the same instants.
// Environment-free: no Node, Electron or DOM.

const formatters = new Map<string, Intl.DateTimeFormat | undefined>();

function formatterFor(timeZone: string): Intl.DateTimeFormat | undefined {
  if (formatters.has(timeZone)) return formatters.get(timeZone);
  let formatter: Intl.DateTimeFormat | undefined;
  try {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
  } catch {
    formatter = undefined;
  }
  formatters.set(timeZone, formatter);
  return formatter;
}

/** True when `name` is a time zone the engine knows: an IANA name such as Europe/Brussels, or UTC. */
export function isTimeZone(name: string): boolean {
  return name.trim() !== '' && formatterFor(name) !== undefined;
}

const dayMs = 24 * 60 * 60 * 1000;

// The zone's offset from UTC at an instant, in milliseconds (east of Greenwich is positive).
function offsetAt(formatter: Intl.DateTimeFormat, instant: number): number {
  const parts: Record<string, string> = {};
  for (const part of formatter.formatToParts(new Date(instant))) parts[part.type] = part.value;
  const year = parts.era === 'BC' ? 1 - Number(parts.year) : Number(parts.year);
  const wall = Date.UTC(
    year,
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return wall - (instant - (((instant % 1000) + 1000) % 1000));
}

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const clockPattern = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/** The calendar date `YYYY-MM-DD` split into numbers, or undefined when it is no real date (2022-02-30). */
export function parseDate(date: string): { year: number; month: number; day: number } | undefined {
  const match = datePattern.exec(date);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    return undefined;
  }
  return { year, month, day };
}

/** A time of day `HH:MM` or `HH:MM:SS` as seconds after midnight, or undefined when it is none (25:00). */
export function parseClock(time: string): number | undefined {
  const match = clockPattern.exec(time.trim());
  if (!match) return undefined;
  const [hours, minutes, seconds] = [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
  if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
  return hours * 3600 + minutes * 60 + seconds;
}

/**
 * The instant (ISO 8601 in UTC) a wall-clock time had in a zone. A time skipped when clocks go
 * forward is read as if the clock had not yet changed (02:30 on a spring-forward night is 03:30
 * summer time); a time that happens twice when clocks go back is its first occurrence. Throws a
 * RangeError on a malformed date or time or an unknown zone: check them first.
 */
export function wallTimeToInstant(date: string, time: string, timeZone: string): string {
  const day = parseDate(date);
  const seconds = parseClock(time);
  const formatter = formatterFor(timeZone);
  if (!day) throw new RangeError(`not a date: ${date}`);
  if (seconds === undefined) throw new RangeError(`not a time of day: ${time}`);
  if (!formatter) throw new RangeError(`not a time zone: ${timeZone}`);
  const wall = Date.UTC(day.year, day.month - 1, day.day) + seconds * 1000;
  // A zone changes its offset at most once within a day either side, so the offsets a day before
  // and a day after are the only candidates.
  const before = offsetAt(formatter, wall - dayMs);
  const after = offsetAt(formatter, wall + dayMs);
  const candidates = [wall - before, wall - after].filter((instant, index) => {
    return offsetAt(formatter, instant) === (index === 0 ? before : after);
  });
  const instant = candidates.length > 0 ? Math.min(...candidates) : wall - before;
  return new Date(instant).toISOString();
}

/** The wall-clock date `YYYY-MM-DD` an instant falls on in a zone (UTC when the zone is unknown). */
export function dateInZone(instant: string, timeZone: string): string {
  const ms = Date.parse(instant);
  const formatter = formatterFor(timeZone);
  const shifted = formatter ? ms + offsetAt(formatter, ms) : ms;
  return new Date(shifted).toISOString().slice(0, 10);
}

const isoDuration = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;
const clockDuration = /^(\d{1,3}):(\d{2})(?::(\d{2}))?$/;

/**
 * A duration in minutes: `01:30`, `1:05`, `00:20:00` (frab's hours:minutes[:seconds]) or ISO 8601
 * `PT1H30M`. Undefined for anything else, including minutes or seconds over 59.
 */
export function parseDuration(text: string): number | undefined {
  const value = text.trim();
  const clock = clockDuration.exec(value);
  if (clock) {
    const [hours, minutes, seconds] = [Number(clock[1]), Number(clock[2]), Number(clock[3] ?? 0)];
    if (minutes > 59 || seconds > 59) return undefined;
    return hours * 60 + minutes + seconds / 60;
  }
  const iso = isoDuration.exec(value);
  if (iso && value !== 'P' && !value.endsWith('T')) {
    const [days, hours, minutes, seconds] = [iso[1], iso[2], iso[3], iso[4]].map((part) => Number(part ?? 0));
    return (days ?? 0) * 1440 + (hours ?? 0) * 60 + (minutes ?? 0) + (seconds ?? 0) / 60;
  }
  return undefined;
}

/** The instant `minutes` after `instant`, both ISO 8601 in UTC. */
export function addMinutes(instant: string, minutes: number): string {
  return new Date(Date.parse(instant) + Math.round(minutes * 60_000)).toISOString();
}
