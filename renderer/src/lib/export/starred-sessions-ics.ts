// The sessions a user starred in an imported schedule, as an iCalendar file of events (VEVENT,
// RFC 5545) for their own calendar. UIDs are stable (`<session item id>@debrief`: the conference
// and the schedule's own key, so two conferences' numeric keys never clash), and importing a
// newer export moves the same events instead of adding copies. Pure.
import type { Conference, RecapItem } from '../../../../electron/common/domain';
import { oneLine, talkLink } from './exportable-action';
import { escapeIcsText, icsProperty, icsUtcDateTime } from './ics-text';

/** The session's description: its abstract (else what the schedule said of it), then who speaks. */
function sessionDescription(item: RecapItem): string {
  const about = (item.session?.abstract ?? item.body).trim();
  const speakers = item.speakers
    .map((speaker) => (speaker.org ? `${oneLine(speaker.name)} (${oneLine(speaker.org)})` : oneLine(speaker.name)))
    .filter(Boolean);
  const speakerLine =
    speakers.length === 0 ? '' : `${speakers.length === 1 ? 'Speaker' : 'Speakers'}: ${speakers.join(', ')}`;
  return [about, speakerLine].filter(Boolean).join('\n\n');
}

function sessionEvent(item: RecapItem, conference: Conference, stamp: string): string[] {
  const session = item.session!;
  const start = icsUtcDateTime(session.startsAt)!;
  const end = icsUtcDateTime(session.endsAt);
  const title = oneLine(item.title) || 'Untitled session';
  const summary = session.subtitle?.trim() ? `${title}: ${oneLine(session.subtitle)}` : title;
  const lines = [
    'BEGIN:VEVENT',
    icsProperty('UID', escapeIcsText(`${item.id}@debrief`)),
    icsProperty('DTSTAMP', stamp),
    icsProperty('DTSTART', start),
    // An end before the start would make calendars refuse the event; such a session gets none.
    ...(end && end > start ? [icsProperty('DTEND', end)] : []),
    icsProperty('SUMMARY', escapeIcsText(summary)),
  ];
  if (session.room?.trim()) lines.push(icsProperty('LOCATION', escapeIcsText(oneLine(session.room))));
  const description = sessionDescription(item);
  if (description) lines.push(icsProperty('DESCRIPTION', escapeIcsText(description)));
  // URL is a URI value, not TEXT: talkLink gives only links without spaces or line breaks.
  const url = talkLink({
    id: item.id,
    title,
    conferenceName: conference.name,
    url: session.url ?? item.links.schedule,
  });
  lines.push(icsProperty('URL', url));
  if (item.track?.trim()) lines.push(icsProperty('CATEGORIES', escapeIcsText(oneLine(item.track))));
  lines.push('END:VEVENT');
  return lines;
}

/**
 * Writes starred schedule sessions as an RFC 5545 calendar of VEVENTs in UTC, earliest first: CRLF
 * line ends, lines folded at 75 octets. Items without schedule details or a readable start (a recap
 * talk, a damaged record) have no time to put in a calendar and are left out.
 */
export function starredSessionsIcs(sessions: RecapItem[], conference: Conference, now: Date): string {
  const stamp = icsUtcDateTime(now);
  if (!stamp) throw new Error('the export time is not a valid date');
  const timed = sessions
    .filter((item) => item.session && icsUtcDateTime(item.session.startsAt))
    .sort((a, b) => Date.parse(a.session!.startsAt) - Date.parse(b.session!.startsAt) || a.id.localeCompare(b.id));
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Debrief//Debrief starred sessions//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    icsProperty('X-WR-CALNAME', escapeIcsText(`${oneLine(conference.name)}: starred sessions`)),
    ...timed.flatMap((item) => sessionEvent(item, conference, stamp)),
    'END:VCALENDAR',
  ];
  return `${lines.join('\r\n')}\r\n`;
}
