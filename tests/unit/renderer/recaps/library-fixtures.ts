// A small library for the recap storage tests: a bundled conference with a talk, an imported
// schedule's session, and a recap reading of three talks (one linked to the session by its URL).
import type { Conference, RecapItem } from '../../../../electron/common/domain';
import type { RecapReading, RecapTalk } from '../../../../electron/common/recap-import/recap-reading';
import { DebriefDatabase } from '../../../../renderer/src/lib/db/database';
import type { RecapImportPlan } from '../../../../renderer/src/lib/recaps/save-recap-import';

export const stamp = '2024-05-20T09:00:00.000Z';

export const conference: Conference = {
  id: 'harbour-2023',
  name: 'Harbour Cloud Days 2023',
  location: 'Rotterdam',
  startDate: '2023-04-12',
  endDate: '2023-04-13',
  timezone: 'Europe/Amsterdam',
  days: [{ number: 1, date: '2023-04-12', label: 'Day 1' }],
  body: '',
  source: 'harbour/conference.md',
};

const base = { conferenceId: conference.id, speakers: [], tags: [], links: {}, takeaways: [], body: '' };
export const bundledTalk: RecapItem = {
  ...base,
  id: 'harbour-2023/tide-tables',
  slug: 'tide-tables',
  kind: 'talk',
  title: 'Tide Tables for Autoscalers',
  source: 'harbour/items/tide-tables.md',
};
export const sessionItem: RecapItem = {
  ...base,
  id: 'harbour-2023/session-a1',
  slug: 'session-a1',
  kind: 'session',
  title: 'Lighthouse Logging',
  source: 'harbour.json',
  session: { scheduleId: 'schedule:harbour-2023:frab-json', key: 'a1', startsAt: stamp, endsAt: stamp, links: [] },
};

/** A talk of the reading, by its heading slug. */
export function talk(slug: string, title: string, extra: Partial<RecapTalk> = {}): RecapTalk {
  return {
    layerId: `alice/day-1/${slug}`,
    file: 'day-1.md',
    line: 1,
    title,
    kind: 'talk',
    speakers: [],
    tags: [],
    aliases: [],
    body: `My notes on ${title}.`,
    alternatives: [],
    ...extra,
  };
}

/** A reading of Alice's notes with the talks given. */
export function reading(talks: RecapTalk[], files = ['day-1.md']): RecapReading {
  return {
    key: 'alice',
    title: "Alice's notes",
    files,
    conference: { existing: { conferenceId: conference.id, reason: 'same name' }, proposed: { name: 'Harbour' } },
    talks,
    intro: 'Two days by the sea.',
    skipped: [{ file: 'day-1.md', line: 40, message: 'a duplicate title' }],
    notes: [],
  };
}

/** The three talks of the first reading: one linked by URL to the session, one to the bundled talk, one alone. */
export const firstTalks = [
  talk('lighthouse-logging', 'Lighthouse Logging', {
    line: 3,
    url: 'https://harbour.example/talk/a1',
    link: { itemId: sessionItem.id, confidence: 1, evidence: 'url', reason: "links to the session's page" },
  }),
  talk('tides', 'Tides', { line: 10 }),
  talk('cranes', 'Container Cranes', {
    line: 20,
    day: 1,
    date: '2023-04-12',
    speakers: [{ name: 'Ines Vermeer', org: 'Dockside' }],
    tags: ['ops'],
    url: 'https://example.org/cranes',
  }),
];

/** A plan for `talks` under the bundled conference, with the reader's links as suggestions. */
export function plan(talks: RecapTalk[], links: RecapImportPlan['links'] = {}, files?: string[]): RecapImportPlan {
  return {
    reading: reading(talks, files),
    title: "Alice's notes",
    conference: { kind: 'existing', conferenceId: conference.id },
    links,
  };
}

/** A database holding the bundled conference and talk and the schedule's session. */
export async function libraryDatabase(): Promise<DebriefDatabase> {
  const database = new DebriefDatabase(`library-${Math.random()}`);
  await database.conferences.add(conference);
  await database.items.bulkAdd([
    { ...bundledTalk, removed: 0 },
    { ...sessionItem, removed: 0 },
  ]);
  return database;
}
