// Backups carry the library: an imported schedule with its conference and sessions, a recap with
// its layers and own talks, the links, and the user's records on all of them come back field by
// field in a database that only has the bundled content. Version 1 backups still restore.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackupText, readBackupText, type BackupData } from '../../../../electron/common/backup-format';
import type { Conference } from '../../../../electron/common/domain';
import type { ParsedSchedule, ScheduleSession } from '../../../../electron/common/schedule-import/schedule';
import { applyRestore, collectBackupData, previewRestore } from '../../../../renderer/src/lib/backup/backup-data';
import { DebriefDatabase } from '../../../../renderer/src/lib/db/database';
import { seedContent } from '../../../../renderer/src/lib/db/seed-content';
import { saveRecapImport } from '../../../../renderer/src/lib/recaps/save-recap-import';
import { saveSchedule } from '../../../../renderer/src/lib/schedule/save-schedule';
import { confirmLink } from '../../../../renderer/src/lib/schedule/schedule-links';
import { bundledTalk, conference, plan, stamp, talk } from '../recaps/library-fixtures';

const bundle = { hash: 'h1', conferences: [conference], items: [bundledTalk], problems: [] };
const scheduled: Conference = {
  ...conference,
  id: 'harbour-sched',
  name: 'Harbour (schedule)',
  days: [{ number: 1, date: '2023-04-12', label: 'Day 1' }],
  source: 'harbour.json',
};
const session = (key: string, title: string, startsAt: string): ScheduleSession => ({
  key,
  title,
  startsAt,
  endsAt: new Date(Date.parse(startsAt) + 1_800_000).toISOString(),
  date: startsAt.slice(0, 10),
  speakers: [{ name: 'Ines Vermeer', org: 'Dockside' }],
  links: [{ title: 'Video', url: 'https://video.example/a1.mp4' }],
  room: 'Quay Hall',
  abstract: 'How autoscalers read the tides.',
});
const schedule: ParsedSchedule = {
  format: 'frab-json',
  version: 'v1',
  conference: { title: 'Harbour (schedule)', timeZone: 'Europe/Amsterdam' },
  sessions: [
    session('a1', 'Tide Tables for Autoscalers', '2023-04-12T08:00:00.000Z'),
    session('b2', 'Lighthouse Logging', '2023-04-12T09:00:00.000Z'),
  ],
  skipped: [],
  floatingTimes: false,
};

const databases: DebriefDatabase[] = [];
afterEach(async () => {
  for (const database of databases.splice(0)) {
    database.close();
    await database.delete();
  }
});
async function seeded(): Promise<DebriefDatabase> {
  const database = new DebriefDatabase(`library-backup-${Math.random()}`);
  databases.push(database);
  await seedContent(database, bundle);
  return database;
}

/** Every table a backup is meant to bring back, as stored. */
async function everything(database: DebriefDatabase) {
  return {
    conferences: await database.conferences.toArray(),
    items: await database.items.toArray(),
    recaps: await database.recaps.toArray(),
    recapLayers: await database.recapLayers.toArray(),
    schedules: await database.schedules.toArray(),
    scheduleLinks: await database.scheduleLinks.toArray(),
    annotations: await database.annotations.toArray(),
    actions: await database.actions.toArray(),
    itemStates: await database.itemStates.toArray(),
  };
}

/** A database with a schedule, a recap linked to its sessions, a confirmed link and the user's records on a recap talk. */
async function library(): Promise<DebriefDatabase> {
  const database = await seeded();
  // The bundled conference's schedule, whose session the bundled talk is linked to; and a
  // schedule of a conference the app did not know, which brings it.
  await saveSchedule(
    database,
    {
      file: 'harbour.json',
      schedule,
      conference,
      newConference: false,
      links: [{ itemId: bundledTalk.id, sessionKey: 'a1', confidence: 0.9, reason: 'same title' }],
    },
    new Date(stamp),
  );
  await saveSchedule(
    database,
    { file: 'sched.json', schedule, conference: scheduled, newConference: true, links: [] },
    new Date(stamp),
  );
  await confirmLink(database, bundledTalk.id);
  const talks = [
    talk('lighthouse', 'Lighthouse Logging', { line: 2 }),
    talk('buoys', 'Buoys', { line: 9, date: '2023-04-12', tags: ['ops'] }),
  ];
  await saveRecapImport(
    database,
    {
      ...plan(talks, {
        [talks[0]!.layerId]: {
          itemId: 'harbour-sched/session-b2',
          confidence: 1,
          reason: 'chosen by you',
          status: 'confirmed',
        },
      }),
      conference: { kind: 'existing', conferenceId: scheduled.id },
    },
    new Date(stamp),
  );
  // A second recap bringing its own conference.
  await saveRecapImport(
    database,
    {
      ...plan([talk('other', 'Other talk')], {}, ['other.md']),
      reading: { ...plan([talk('other', 'Other talk')], {}, ['other.md']).reading, key: 'bob' },
      title: 'Bob’s notes',
      conference: { kind: 'new', conference: { ...conference, id: 'bobconf', name: 'BobConf', source: '' } },
    },
    new Date(stamp),
  );
  const own = 'recap-talk/alice/day-1/buoys';
  await database.annotations.bulkAdd([
    { id: 'n1', itemId: own, kind: 'note', body: 'Buoys! ☕', tags: ['sea'], createdAt: stamp, updatedAt: stamp },
    {
      id: 'h1',
      itemId: own,
      kind: 'highlight',
      body: '',
      color: 'yellow',
      target: {
        quote: { type: 'TextQuoteSelector', exact: 'notes', prefix: 'My ', suffix: ' on' },
        position: { type: 'TextPositionSelector', start: 3, end: 8 },
      },
      tags: [],
      createdAt: stamp,
      updatedAt: stamp,
    },
    {
      id: 'h2',
      itemId: 'harbour-sched/session-b2',
      kind: 'highlight',
      body: 'on the recap’s text',
      layerId: talks[0]!.layerId,
      tags: [],
      createdAt: stamp,
      updatedAt: stamp,
    },
  ]);
  await database.actions.add({
    id: 'a1',
    itemId: own,
    title: 'Buy a buoy',
    notes: '',
    status: 'open',
    tags: [],
    createdAt: stamp,
    updatedAt: stamp,
  });
  await database.itemStates.add({ itemId: own, starred: true, updatedAt: stamp });
  return database;
}

async function backupOf(database: DebriefDatabase): Promise<BackupData> {
  const reading = await readBackupText(await createBackupText(await collectBackupData(database), new Date(), 't'));
  if (!reading.ok) throw new Error(reading.error);
  return reading.backup.data;
}

describe('a backup with the library', () => {
  it('holds only what the user imported, never the bundled content', async () => {
    const data = await backupOf(await library());
    expect(data.library?.conferences.map((c) => c.id)).toEqual(['bobconf', 'harbour-sched']);
    expect(data.library?.items.map((i) => i.id)).toEqual([
      'harbour-2023/session-a1',
      'harbour-2023/session-b2',
      'harbour-sched/session-a1',
      'harbour-sched/session-b2',
      'recap-talk/alice/day-1/buoys',
      'recap-talk/alice/day-1/other',
    ]);
    expect(data.library?.recapLayers).toHaveLength(3);
    expect(data.library?.schedules).toHaveLength(2);
    expect(data.library?.scheduleLinks).toEqual([
      expect.objectContaining({ itemId: bundledTalk.id, status: 'confirmed' }),
    ]);
  });

  it.each(['replace', 'merge'] as const)(
    'restores into an empty database, after the bundled content, field by field (%s)',
    async (mode) => {
      const original = await library();
      const data = await backupOf(original);
      const empty = await seeded();
      expect(previewRestore(await collectBackupData(empty), data, mode).library).toEqual({
        added: 16,
        changed: 0,
        removed: 0,
        unchanged: 0,
      });
      await applyRestore(empty, data, mode);
      expect(await everything(empty)).toEqual(await everything(original));
    },
  );

  it('replace removes library records the backup lacks, and never a bundled one', async () => {
    const database = await seeded();
    const bare = await backupOf(database);
    const full = await library();
    expect(previewRestore(await collectBackupData(full), bare, 'replace').library.removed).toBe(16);
    await applyRestore(full, bare, 'replace');
    expect(await everything(full)).toMatchObject({
      conferences: [conference],
      items: [{ ...bundledTalk, removed: 0 }],
      recaps: [],
      recapLayers: [],
      schedules: [],
      scheduleLinks: [],
    });
  });

  it('a version 1 backup (no library) still restores, and leaves the library as it is', async () => {
    const database = await library();
    const before = await everything(database);
    const { library: _library, ...v1 } = await backupOf(database);
    const text = (await createBackupText(v1, new Date(stamp), '0.9')).replace('"version":2', '"version":1');
    const reading = await readBackupText(text);
    if (!reading.ok) throw new Error(reading.error);
    expect(reading.backup.version).toBe(1);
    expect(previewRestore(await collectBackupData(database), reading.backup.data, 'replace').library).toEqual({
      added: 0,
      changed: 0,
      removed: 0,
      unchanged: 0,
    });
    await applyRestore(database, reading.backup.data, 'replace');
    expect(await everything(database)).toEqual(before);

    const empty = await seeded();
    await applyRestore(empty, reading.backup.data, 'replace');
    expect(await empty.annotations.toArray()).toEqual(before.annotations);
    expect(await empty.recaps.count()).toBe(0);
  });
});
