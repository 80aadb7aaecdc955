// Turns a schedule's sessions into items of a conference, so search, notes, highlights, stars and
// action items work on them as on any talk of the recap. Pure.
import type { Conference, ItemLinks, RecapItem } from '../domain';
import type { ParsedSchedule, ScheduleSession } from './schedule';

/** The id of an imported schedule: one per conference and format, so a newer version of it replaces it. */
export function scheduleIdOf(conferenceId: string, schedule: Pick<ParsedSchedule, 'format'>): string {
  return `schedule:${conferenceId}:${schedule.format}`;
}

/**
 * The item id of a session: from the schedule's own key, so the same session in a newer version of
 * the schedule is the same item, and the user's notes on it stay on it.
 */
export function sessionItemId(conferenceId: string, key: string): string {
  const safe = key
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${conferenceId}/session-${safe || 'untitled'}`;
}

const videoLink = /video|recording|\.(mp4|webm)(\?|$)|youtube|youtu\.be|vimeo/i;
const slidesLink = /slides|\.pdf(\?|$)|speakerdeck|slideshare/i;

function itemLinksOf(session: ScheduleSession): ItemLinks {
  const links: ItemLinks = {};
  const video = session.links.find((link) => videoLink.test(link.title) || videoLink.test(link.url));
  const slides = session.links.find((link) => slidesLink.test(link.title) || slidesLink.test(link.url));
  if (video) links.video = video.url;
  if (slides) links.slides = slides.url;
  if (session.url) links.schedule = session.url;
  return links;
}

/** The sessions as items of `conference`, ordered by start time within each day. */
export function sessionItems(
  schedule: ParsedSchedule,
  conference: Conference,
  scheduleId: string,
  file: string,
): RecapItem[] {
  const dayOf = new Map(conference.days.map((day) => [day.date, day.number]));
  const sorted = [...schedule.sessions].sort(
    (a, b) => a.startsAt.localeCompare(b.startsAt) || (a.room ?? '').localeCompare(b.room ?? ''),
  );
  return sorted.map((session, index) => {
    const id = sessionItemId(conference.id, session.key);
    const day = dayOf.get(session.date);
    return {
      id,
      conferenceId: conference.id,
      slug: id.slice(conference.id.length + 1),
      kind: 'session',
      title: session.title,
      ...(day === undefined ? {} : { day }),
      date: session.date,
      order: index,
      speakers: session.speakers,
      ...(session.track ? { track: session.track } : {}),
      tags: [],
      links: itemLinksOf(session),
      takeaways: [],
      body: [session.abstract, session.description].filter(Boolean).join('\n\n'),
      source: file,
      session: {
        scheduleId,
        key: session.key,
        ...(session.subtitle ? { subtitle: session.subtitle } : {}),
        startsAt: session.startsAt,
        endsAt: session.endsAt,
        ...(session.room ? { room: session.room } : {}),
        ...(session.type ? { type: session.type } : {}),
        ...(session.language ? { language: session.language } : {}),
        ...(session.abstract ? { abstract: session.abstract } : {}),
        ...(session.url ? { url: session.url } : {}),
        links: session.links,
      },
    };
  });
}
