// A session's time as people read it: in the conference's time zone, and in the user's own when
// that differs ("10:00–10:30 Madrid time · 09:00–09:30 your time") — for the agenda's rows, the
// talk page and the import review alike. Pure.

// Building a DateTimeFormat costs far more than using one; a schedule of 1,000 sessions would
// build thousands of them.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let found = formatters.get(key);
  if (!found) {
    found = make();
    formatters.set(key, found);
  }
  return found;
}

function clock(zone: string, locale: string | undefined): Intl.DateTimeFormat {
  return formatter(
    `clock|${zone}|${locale ?? ''}`,
    () => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone }),
  );
}

function weekday(zone: string, locale: string | undefined): Intl.DateTimeFormat {
  return formatter(
    `weekday|${zone}|${locale ?? ''}`,
    () => new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: zone }),
  );
}

/** Formats an instant as its calendar date YYYY-MM-DD in `zone`. */
export function calendarDate(zone: string): Intl.DateTimeFormat {
  // en-CA writes dates as YYYY-MM-DD.
  return formatter(
    `date|${zone}`,
    () => new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: zone }),
  );
}

/** "Wed 18 May" for a calendar date YYYY-MM-DD, whatever zone the computer is in. */
export function dayLabel(date: string, locale?: string): string {
  const noon = new Date(`${date}T12:00:00Z`);
  if (Number.isNaN(noon.getTime())) return date;
  return formatter(
    `day|${locale ?? ''}`,
    () => new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }),
  ).format(noon);
}

/** A start instant as "10:00" in `zone`. */
export function clockTime(instant: string, zone: string, locale?: string): string {
  return clock(zone, locale).format(new Date(instant));
}

function range(startsAt: string, endsAt: string, zone: string, locale: string | undefined): string {
  const time = clock(zone, locale);
  return `${time.format(new Date(startsAt))}–${time.format(new Date(endsAt))}`;
}

/**
 * When a session runs: "10:00–10:30 Madrid time", and "· 09:00–09:30 your time" when the user's
 * zone reads it otherwise. The user's part names the weekday when it falls on another date there.
 */
export function sessionTimeRange(
  startsAt: string,
  endsAt: string,
  conferenceZone: string,
  userZone: string,
  locale?: string,
): string {
  if (Number.isNaN(Date.parse(startsAt)) || Number.isNaN(Date.parse(endsAt))) return 'Time not known';
  const there = range(startsAt, endsAt, conferenceZone, locale);
  const conference = `${there} ${zoneCity(conferenceZone)} time`;
  const here = range(startsAt, endsAt, userZone, locale);
  const start = new Date(startsAt);
  const sameDate = calendarDate(conferenceZone).format(start) === calendarDate(userZone).format(start);
  if (here === there && sameDate) return conference;
  const day = sameDate ? '' : `${weekday(userZone, locale).format(start)} `;
  return `${conference} · ${day}${here} your time`;
}

/** The city of an IANA zone, for "Madrid time"; the zone itself when it names no city. */
export function zoneCity(zone: string): string {
  const city = zone.split('/').at(-1);
  return city && zone.includes('/') ? city.replaceAll('_', ' ') : zone;
}

/** "Wed 18 May, 10:00–10:30" in `zone`. */
export function sessionTimeIn(startsAt: string, endsAt: string, zone: string, locale?: string): string {
  const day = formatter(
    `weekday-day-month|${zone}|${locale ?? ''}`,
    () => new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: zone }),
  );
  return `${day.format(new Date(startsAt))}, ${range(startsAt, endsAt, zone, locale)}`;
}

/** The session's time in the conference's zone, and in the user's when it is another. */
export function sessionTimes(
  startsAt: string,
  endsAt: string,
  conferenceZone: string,
  userZone: string,
  locale?: string,
): { conference: string; yours?: string } {
  const there = sessionTimeIn(startsAt, endsAt, conferenceZone, locale);
  const here = sessionTimeIn(startsAt, endsAt, userZone, locale);
  const conference = `${there} ${zoneCity(conferenceZone)} time`;
  return here === there ? { conference } : { conference, yours: `${here} your time` };
}
