// Saving a reviewed recap: talks become layers on the items they link to or on items of their
// own, a re-import updates them in place and keeps the user's link decisions and records, a new
// conference comes with the recap, and a failed save changes nothing.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { DebriefDatabase } from '../../../../renderer/src/lib/db/database';
import { describeRecapSave, saveRecapImport } from '../../../../renderer/src/lib/recaps/save-recap-import';
import {
  bundledTalk,
  conference,
  firstTalks,
  libraryDatabase,
  plan,
  sessionItem,
  stamp,
  talk,
} from './library-fixtures';

let database: DebriefDatabase;
afterEach(async () => {
  database?.close();
  if (database) await database.delete();
});

const first = new Date('2024-06-01T10:00:00.000Z');
const later = new Date('2024-06-02T10:00:00.000Z');
const note = (id: string, itemId: string) => ({
  id,
  itemId,
  kind: 'note' as const,
  body: 'mine',
  tags: [],
  createdAt: stamp,
  updatedAt: stamp,
});

describe('saveRecapImport', () => {
  it('attaches linked talks to their items and gives the others items of their own', async () => {
    database = await libraryDatabase();
    const outcome = await saveRecapImport(database, plan(firstTalks), first);
    expect(outcome).toMatchObject({ added: 3, updated: 0, removed: 0, linked: 1, keptUserLinks: 0 });
    expect(outcome.recap).toEqual({
      id: 'recap:alice',
      title: "Alice's notes",
      conferenceId: conference.id,
      files: ['day-1.md'],
      intro: 'Two days by the sea.',
      skipped: [{ file: 'day-1.md', line: 40, message: 'a duplicate title' }],
      notes: [],
      importedAt: first.toISOString(),
      updatedAt: first.toISOString(),
    });
    expect(await database.recaps.toArray()).toEqual([outcome.recap]);
    expect(await database.recapLayers.get('alice/day-1/lighthouse-logging')).toEqual({
      id: 'alice/day-1/lighthouse-logging',
      recapId: 'recap:alice',
      itemId: sessionItem.id,
      ownItem: false,
      heading: 'Lighthouse Logging',
      file: 'day-1.md',
      line: 3,
      body: 'My notes on Lighthouse Logging.',
      link: { itemId: sessionItem.id, confidence: 1, reason: "links to the session's page", status: 'suggested' },
      removed: 0,
      updatedAt: first.toISOString(),
    });
    expect(await database.recapLayers.get('alice/day-1/cranes')).toMatchObject({
      itemId: 'recap-talk/alice/day-1/cranes',
      ownItem: true,
    });
    expect(await database.items.get('recap-talk/alice/day-1/cranes')).toEqual({
      id: 'recap-talk/alice/day-1/cranes',
      conferenceId: conference.id,
      slug: 'cranes',
      kind: 'talk',
      title: 'Container Cranes',
      day: 1,
      date: '2023-04-12',
      speakers: [{ name: 'Ines Vermeer', org: 'Dockside' }],
      tags: ['ops'],
      links: { schedule: 'https://example.org/cranes' },
      takeaways: [],
      body: 'My notes on Container Cranes.',
      source: 'recap:alice',
      recapId: 'recap:alice',
      removed: 0,
    });
    expect(await database.items.where('recapId').equals('recap:alice').count()).toBe(2);
    expect(describeRecapSave(outcome)).toBe("Saved “Alice's notes”: 3 talks added, 1 linked to talks you had.");
  });

  it('updates in place on a re-import: new text, vanished talks marked removed, the user’s records kept', async () => {
    database = await libraryDatabase();
    await saveRecapImport(database, plan(firstTalks), first);
    await database.annotations.bulkAdd([
      note('on-tides', 'recap-talk/alice/day-1/tides'),
      note('on-cranes', 'recap-talk/alice/day-1/cranes'),
    ]);
    const [lighthouse, , cranes] = firstTalks;
    // "Tides" is gone; "Container Cranes" is now linked to the bundled talk; a new talk appears.
    const outcome = await saveRecapImport(
      database,
      plan([{ ...lighthouse!, body: 'Edited notes.' }, cranes!, talk('buoys', 'Buoys', { line: 30 })], {
        [cranes!.layerId]: { itemId: bundledTalk.id, confidence: 0.8, reason: 'same title', status: 'suggested' },
      }),
      later,
    );
    expect(outcome).toMatchObject({ added: 1, updated: 2, removed: 1, linked: 2, keptUserLinks: 0 });
    expect(outcome.recap.importedAt).toBe(first.toISOString());
    expect(outcome.recap.updatedAt).toBe(later.toISOString());
    expect(await database.recapLayers.get(lighthouse!.layerId)).toMatchObject({ body: 'Edited notes.', removed: 0 });
    expect(await database.recapLayers.get('alice/day-1/tides')).toMatchObject({ removed: 1, ownItem: true });
    expect(await database.items.get('recap-talk/alice/day-1/tides')).toMatchObject({ removed: 1 });
    // Moved from its own item to the bundled talk: the own item stays, marked removed, with the note on it.
    expect(await database.recapLayers.get(cranes!.layerId)).toMatchObject({ itemId: bundledTalk.id, ownItem: false });
    expect(await database.items.get('recap-talk/alice/day-1/cranes')).toMatchObject({ removed: 1 });
    expect(await database.annotations.toArray()).toEqual([
      note('on-cranes', 'recap-talk/alice/day-1/cranes'),
      note('on-tides', 'recap-talk/alice/day-1/tides'),
    ]);
    expect(await database.recaps.count()).toBe(1);
    expect(describeRecapSave(outcome)).toMatch(/1 talk added, 2 updated, 2 linked .*1 no longer in the recap/);
  });

  it('keeps a link the user confirmed or undid, unless this review decided again', async () => {
    database = await libraryDatabase();
    const [lighthouse, tides] = firstTalks;
    await saveRecapImport(
      database,
      plan([lighthouse!, tides!], {
        [lighthouse!.layerId]: { status: 'unlinked' },
        [tides!.layerId]: { itemId: bundledTalk.id, confidence: 1, reason: 'chosen by you', status: 'confirmed' },
      }),
      first,
    );
    expect(await database.recapLayers.get(lighthouse!.layerId)).toMatchObject({
      ownItem: true,
      link: { itemId: sessionItem.id, status: 'unlinked' },
    });
    expect(await database.recapLayers.get(tides!.layerId)).toMatchObject({ itemId: bundledTalk.id, ownItem: false });

    // The reader suggests again what the user undid, and something else for the confirmed one: both kept.
    const again = await saveRecapImport(
      database,
      plan([lighthouse!, tides!], {
        [tides!.layerId]: { itemId: sessionItem.id, confidence: 0.7, reason: 'same speaker', status: 'suggested' },
      }),
      later,
    );
    expect(again.keptUserLinks).toBe(2);
    expect(await database.recapLayers.get(lighthouse!.layerId)).toMatchObject({
      ownItem: true,
      link: { status: 'unlinked' },
    });
    expect(await database.recapLayers.get(tides!.layerId)).toMatchObject({
      itemId: bundledTalk.id,
      link: { status: 'confirmed', reason: 'chosen by you' },
    });
    expect(describeRecapSave(again)).toMatch(/Your 2 link decisions stayed as you left them\./);

    // The user decides again in this review: their new decision wins.
    const decided = await saveRecapImport(
      database,
      plan([lighthouse!, tides!], {
        [lighthouse!.layerId]: { itemId: sessionItem.id, confidence: 1, reason: 'chosen by you', status: 'confirmed' },
        [tides!.layerId]: { status: 'unlinked' },
      }),
      later,
    );
    expect(decided.keptUserLinks).toBe(0);
    expect(await database.recapLayers.get(lighthouse!.layerId)).toMatchObject({
      itemId: sessionItem.id,
      link: { status: 'confirmed' },
    });
    expect(await database.items.get('recap-talk/alice/day-1/lighthouse-logging')).toMatchObject({ removed: 1 });
    expect(await database.recapLayers.get(tides!.layerId)).toMatchObject({
      itemId: 'recap-talk/alice/day-1/tides',
      ownItem: true,
      link: { itemId: bundledTalk.id, status: 'unlinked' },
    });
    expect(await database.items.get('recap-talk/alice/day-1/tides')).toMatchObject({ removed: 0 });
  });

  it('gives a talk its own item when the item it links to is not in the library', async () => {
    database = await libraryDatabase();
    const outcome = await saveRecapImport(
      database,
      plan([firstTalks[1]!], {
        [firstTalks[1]!.layerId]: { itemId: 'nowhere/x', confidence: 1, reason: 'same title', status: 'suggested' },
      }),
      first,
    );
    expect(outcome.linked).toBe(0);
    expect(await database.recapLayers.get(firstTalks[1]!.layerId)).toMatchObject({ ownItem: true });
  });

  it('lands on the recap read from the same files; a removed one is not reused', async () => {
    database = await libraryDatabase();
    await saveRecapImport(database, plan(firstTalks), first);
    const more = await saveRecapImport(database, plan(firstTalks, {}, ['day-1.md', 'day-2.md']), later);
    expect(more.recap.id).toBe('recap:alice');
    await database.recaps.update('recap:alice', { removedAt: stamp });
    const fresh = await saveRecapImport(database, plan([talk('other', 'Other')]), later);
    expect(fresh.recap.id).toBe('recap:alice-2');
  });

  it('adds the new conference a recap brings, with days from its talks’ dates', async () => {
    database = await libraryDatabase();
    const dated = [talk('a', 'A', { date: '2024-09-02' }), talk('b', 'B', { date: '2024-09-01' })];
    const outcome = await saveRecapImport(
      database,
      {
        ...plan(dated),
        conference: { kind: 'new', conference: { ...conference, startDate: '', endDate: '', days: [], source: '' } },
      },
      first,
    );
    expect(outcome.recap.conferenceId).toBe('harbour-2023-2');
    expect(await database.conferences.get('harbour-2023-2')).toMatchObject({
      name: conference.name,
      source: 'recap:alice',
      startDate: '2024-09-01',
      endDate: '2024-09-02',
      days: [
        { number: 1, date: '2024-09-01', label: 'Day 1' },
        { number: 2, date: '2024-09-02', label: 'Day 2' },
      ],
    });
    expect(await database.items.get('recap-talk/alice/day-1/a')).toMatchObject({ conferenceId: 'harbour-2023-2' });
  });

  it('changes nothing when the save fails halfway', async () => {
    database = await libraryDatabase();
    const broken = [firstTalks[1]!, { ...talk('broken', 'Broken'), speakers: [() => 1] as never }];
    await expect(
      saveRecapImport(database, {
        ...plan(broken),
        conference: { kind: 'new', conference: { ...conference, id: 'x' } },
      }),
    ).rejects.toThrow();
    expect(await database.conferences.count()).toBe(1);
    expect(await database.items.count()).toBe(2);
    expect(await database.recaps.count()).toBe(0);
    expect(await database.recapLayers.count()).toBe(0);
    await expect(
      saveRecapImport(database, { ...plan(firstTalks), conference: { kind: 'existing', conferenceId: 'gone' } }),
    ).rejects.toThrow(/No conference gone/);
    expect(await database.recaps.count()).toBe(0);
  });
});
