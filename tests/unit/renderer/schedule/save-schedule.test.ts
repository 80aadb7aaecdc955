// Saving an imported schedule: sessions become items, a newer version updates them in place, the
// user's link decisions and records survive every re-import, and a failed save changes nothing.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Conference, RecapItem } from '../../../../electron/common/domain';
import type { ParsedSchedule, ScheduleSession } from '../../../../electron/common/schedule-import/schedule';
import { DebriefDatabase } from '../../../../renderer/src/lib/db/database';
import { saveSchedule, type ScheduleToSave } from '../../../../renderer/src/lib/schedule/save-schedule';
import {
  chooseSession,
  confirmLink,
  restoreLink,
  unlinkSession,
} from '../../../../renderer/src/lib/schedule/schedule-links';

const conference: Conference = {
  id: 'harbour-2023',
  name: 'Harbour Cloud Days 2023',
  location: 'Rotterdam',
  startDate: '2023-04-12',
  endDate: '2023-04-13',
  timezone: 'Europe/Amsterdam',
  days: [
    { number: 1, date: '2023-04-12', label: 'Day 1' },
    { number: 2, date: '2023-04-13', label: 'Day 2' },
  ],
  body: '',
  source: 'harbour/conference.md',
};

const recapTalk: RecapItem = {
  id: 'harbour-2023/tide-tables',
  conferenceId: 'harbour-2023',
  slug: 'tide-tables',
  kind: 'talk',
  title: 'Tide Tables for Autoscalers',
  day: 1,
  speakers: [],
  tags: [],
  links: {},
  takeaways: [],
  body: 'What I took away.',
  source: 'harbour/items/tide-tables.md',
};

function session(key: string, title: string, startsAt: string, extra: Partial<ScheduleSession> = {}): ScheduleSession {
  const end = new Date(Date.parse(startsAt) + 30 * 60_000).toISOString();
  return { key, title, startsAt, endsAt: end, date: startsAt.slice(0, 10), speakers: [], links: [], ...extra };
}

function schedule(sessions: ScheduleSession[], version = 'v1'): ParsedSchedule {
  return {
    format: 'frab-json',
    version,
    conference: { title: 'Harbour Cloud Days 2023', timeZone: 'Europe/Amsterdam' },
    sessions,
    skipped: [{ file: 'harbour.json', line: 40, field: 'duration', message: 'not a duration: "soon"' }],
    floatingTimes: false,
  };
}

const v1 = schedule([
  session('a1', 'Tide Tables for Autoscalers', '2023-04-12T08:00:00.000Z', {
    room: 'Quay Hall',
    track: 'Scaling',
    speakers: [{ name: 'Ines Vermeer', org: 'Dockside' }],
    abstract: 'How autoscalers read the tides.',
    links: [{ title: 'Video recording (mp4)', url: 'https://video.example/a1.mp4' }],
    url: 'https://harbour.example/talk/a1',
  }),
  session('b2', 'Lighthouse Logging', '2023-04-12T09:00:00.000Z', { room: 'Pier 2' }),
  session('c3', 'Container Cranes', '2023-04-13T08:00:00.000Z'),
]);

const input = (
  parsed: ParsedSchedule,
  links = [{ itemId: recapTalk.id, sessionKey: 'a1', confidence: 1, reason: 'same title' }],
): ScheduleToSave => ({
  file: 'harbour.json',
  schedule: parsed,
  conference,
  newConference: false,
  links,
});

let database: DebriefDatabase;
afterEach(async () => {
  database?.close();
  if (database) await database.delete();
});

async function freshDatabase(): Promise<DebriefDatabase> {
  database = new DebriefDatabase(`schedule-${Math.random()}`);
  await database.conferences.add(conference);
  await database.items.add({ ...recapTalk, removed: 0 });
  return database;
}

describe('saveSchedule', () => {
  it('stores each session as an item of the conference with its day, time, room, speakers and links', async () => {
    await freshDatabase();
    const progress: [number, number][] = [];
    const outcome = await saveSchedule(database, input(v1), new Date('2024-01-01T00:00:00Z'), (done, total) =>
      progress.push([done, total]),
    );
    expect(outcome).toMatchObject({ added: 3, updated: 0, removed: 0, linked: 1, keptUserLinks: 0 });
    expect(progress.at(-1)).toEqual([3, 3]);
    const first = await database.items.get('harbour-2023/session-a1');
    expect(first).toMatchObject({
      kind: 'session',
      title: 'Tide Tables for Autoscalers',
      day: 1,
      date: '2023-04-12',
      track: 'Scaling',
      speakers: [{ name: 'Ines Vermeer', org: 'Dockside' }],
      links: { video: 'https://video.example/a1.mp4', schedule: 'https://harbour.example/talk/a1' },
      body: 'How autoscalers read the tides.',
      removed: 0,
      session: { scheduleId: 'schedule:harbour-2023:frab-json', key: 'a1', room: 'Quay Hall' },
    });
    expect((await database.items.get('harbour-2023/session-c3'))?.day).toBe(2);
    expect(await database.schedules.get('schedule:harbour-2023:frab-json')).toMatchObject({
      sessionCount: 3,
      version: 'v1',
      skipped: [{ line: 40, field: 'duration' }],
    });
    expect(await database.scheduleLinks.get(recapTalk.id)).toMatchObject({
      sessionId: 'harbour-2023/session-a1',
      status: 'suggested',
      reason: 'same title',
    });
  });

  it('updates sessions in place on a newer version, keeping notes on them and marking vanished ones removed', async () => {
    await freshDatabase();
    await saveSchedule(database, input(v1), new Date('2024-01-01T00:00:00Z'));
    const stamp = '2024-01-02T00:00:00.000Z';
    const note = {
      id: 'n1',
      itemId: 'harbour-2023/session-b2',
      kind: 'note' as const,
      body: 'went',
      tags: [],
      createdAt: stamp,
      updatedAt: stamp,
    };
    await database.annotations.add(note);

    const v2 = schedule(
      [
        session('a1', 'Tide Tables for Autoscalers', '2023-04-12T08:00:00.000Z'),
        session('b2', 'Lighthouse Logging, Revisited', '2023-04-12T10:00:00.000Z', { room: 'Pier 3' }),
        session('d4', 'Buoys and Backpressure', '2023-04-13T09:00:00.000Z'),
      ],
      'v2',
    );
    const outcome = await saveSchedule(database, input(v2), new Date('2024-02-01T00:00:00Z'));
    expect(outcome).toMatchObject({ added: 1, updated: 2, removed: 1 });
    expect(await database.items.get('harbour-2023/session-b2')).toMatchObject({
      title: 'Lighthouse Logging, Revisited',
      session: { room: 'Pier 3', startsAt: '2023-04-12T10:00:00.000Z' },
    });
    expect((await database.items.get('harbour-2023/session-c3'))?.removed).toBe(1);
    expect(await database.annotations.toArray()).toEqual([note]);
    expect(await database.schedules.get('schedule:harbour-2023:frab-json')).toMatchObject({
      version: 'v2',
      importedAt: '2024-01-01T00:00:00.000Z',
      updatedAt: '2024-02-01T00:00:00.000Z',
    });
  });

  it('never overwrites a link the user confirmed, changed or undid', async () => {
    await freshDatabase();
    await saveSchedule(database, input(v1));
    await chooseSession(database, recapTalk.id, 'harbour-2023/session-b2');
    const outcome = await saveSchedule(database, input(v1));
    expect(outcome).toMatchObject({ linked: 0, keptUserLinks: 1 });
    expect(await database.scheduleLinks.get(recapTalk.id)).toMatchObject({
      sessionId: 'harbour-2023/session-b2',
      status: 'confirmed',
      reason: 'chosen by you',
    });

    await unlinkSession(database, recapTalk.id);
    await saveSchedule(database, input(v1));
    expect(await database.scheduleLinks.get(recapTalk.id)).toMatchObject({ status: 'unlinked' });
    expect((await database.scheduleLinks.get(recapTalk.id))?.sessionId).toBeUndefined();
  });

  it('withdraws a proposal that a newer version no longer makes', async () => {
    await freshDatabase();
    await saveSchedule(database, input(v1));
    await saveSchedule(database, input(v1, []));
    expect(await database.scheduleLinks.get(recapTalk.id)).toBeUndefined();
  });

  it('adds the conference a schedule brings, and changes nothing when the save fails halfway', async () => {
    database = new DebriefDatabase(`schedule-${Math.random()}`);
    const broken = schedule([
      session('a1', 'Fine', '2023-04-12T08:00:00.000Z'),
      { ...session('b2', 'Broken', '2023-04-12T09:00:00.000Z'), speakers: undefined as never },
    ]);
    // A session the store cannot clone (a function) makes bulkPut throw after the conference was added.
    (broken.sessions[1] as unknown as { links: unknown }).links = [() => 1];
    await expect(saveSchedule(database, { ...input(broken, []), newConference: true })).rejects.toThrow();
    expect(await database.conferences.count()).toBe(0);
    expect(await database.items.count()).toBe(0);
    expect(await database.schedules.count()).toBe(0);

    await saveSchedule(database, { ...input(v1, []), newConference: true });
    expect(await database.conferences.get('harbour-2023')).toMatchObject({ name: 'Harbour Cloud Days 2023' });
  });
});

describe('link decisions', () => {
  it('confirm, choose and unlink each give back the link as it was, and restoreLink puts it back', async () => {
    await freshDatabase();
    await saveSchedule(database, input(v1));
    const suggested = await database.scheduleLinks.get(recapTalk.id);

    const beforeConfirm = await confirmLink(database, recapTalk.id);
    expect(beforeConfirm).toEqual(suggested);
    expect((await database.scheduleLinks.get(recapTalk.id))?.status).toBe('confirmed');
    await restoreLink(database, recapTalk.id, beforeConfirm);
    expect(await database.scheduleLinks.get(recapTalk.id)).toEqual(suggested);

    await expect(chooseSession(database, recapTalk.id, 'harbour-2023/tide-tables')).rejects.toThrow(/No session/);
    await unlinkSession(database, recapTalk.id);
    await expect(confirmLink(database, recapTalk.id)).rejects.toThrow(/no session to confirm/);
  });

  it('restoring "no link" deletes the record', async () => {
    await freshDatabase();
    await saveSchedule(database, input(v1, []));
    const before = await chooseSession(database, recapTalk.id, 'harbour-2023/session-c3');
    expect(before).toBeUndefined();
    await restoreLink(database, recapTalk.id, before);
    expect(await database.scheduleLinks.count()).toBe(0);
  });
});
