// A new conference made from a recap the user imported: the name and dates the review settled on,
// and one day per date, so its talks are listed day by day like the bundled recap's.
import type { Conference, ConferenceDay } from '../../../../electron/common/domain';
import type { RecapReading } from '../../../../electron/common/recap-import/recap-reading';
import { headingSlug } from '../../../../electron/common/recap-import/import-recap';

/** The fields of a new conference the user can edit in the review. */
export interface NewConferenceFields {
  name: string;
  /** ISO dates, or '' when unknown. */
  startDate: string;
  endDate: string;
  location: string;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
// A conference lasts days, not months: a typo in a year must not make a thousand days.
const maxDays = 14;

/** The days from start to end, numbered from 1. */
export function daysBetween(startDate: string, endDate: string): ConferenceDay[] {
  if (!isoDate.test(startDate)) return [];
  const end = isoDate.test(endDate) && endDate >= startDate ? endDate : startDate;
  const days: ConferenceDay[] = [];
  for (let time = Date.parse(`${startDate}T12:00:00Z`); days.length < maxDays; time += 86_400_000) {
    const date = new Date(time).toISOString().slice(0, 10);
    if (date > end) break;
    days.push({ number: days.length + 1, date, label: `Day ${days.length + 1}` });
  }
  return days;
}

/** The conference record for a recap's new conference, with an id no existing conference has. */
export function conferenceFromRecap(
  fields: NewConferenceFields,
  reading: RecapReading,
  takenIds: readonly string[],
): Conference {
  const dates = reading.talks.flatMap((talk) => (talk.date && isoDate.test(talk.date) ? [talk.date] : [])).sort();
  const startDate = isoDate.test(fields.startDate) ? fields.startDate : (dates[0] ?? '');
  const endDate = isoDate.test(fields.endDate) ? fields.endDate : (dates.at(-1) ?? startDate);
  const base = headingSlug(fields.name.trim() || reading.title);
  let id = base;
  for (let count = 2; takenIds.includes(id); count++) id = `${base}-${count}`;
  return {
    id,
    name: fields.name.trim() || reading.title,
    location: fields.location.trim(),
    startDate,
    endDate,
    timezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    days: daysBetween(startDate, endDate),
    body: '',
    source: `recap:${reading.key}`,
  };
}
