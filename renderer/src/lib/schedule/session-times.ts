// A session's time as people read it: in the conference's time zone, and in the user's own when
// that differs ("10:00–10:30 Madrid time · 09:00–09:30 your time").

/** The city of an IANA zone, for "Madrid time"; the zone itself when it names no city. */
export function zoneCity(zone: string): string {
  const city = zone.split('/').at(-1);
  return city && zone.includes('/') ? city.replaceAll('_', ' ') : zone;
}

/** "Wed 18 May, 10:00–10:30" in `zone`. */
export function sessionTimeIn(startsAt: string, endsAt: string, zone: string, locale?: string): string {
  const day = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: zone });
  const time = new Intl.DateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: zone,
  });
  const start = new Date(startsAt);
  return `${day.format(start)}, ${time.format(start)}–${time.format(new Date(endsAt))}`;
}

/** The session's time in the conference's zone, and in the user's when it is another. */
export function sessionTimes(
  startsAt: string,
  endsAt: string,
  conferenceZone: string,
  userZone: string,
  locale?: string,
): { conference: string; yours?: string } {
  const conference = `${sessionTimeIn(startsAt, endsAt, conferenceZone, locale)} ${zoneCity(conferenceZone)} time`;
  const sameOffset =
    sessionTimeIn(startsAt, endsAt, conferenceZone, locale) === sessionTimeIn(startsAt, endsAt, userZone, locale);
  if (sameOffset) return { conference };
  return { conference, yours: `${sessionTimeIn(startsAt, endsAt, userZone, locale)} your time` };
}
