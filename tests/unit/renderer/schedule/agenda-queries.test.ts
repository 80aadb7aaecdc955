// Loading the agenda: a conference's sessions with the user's stars and attended marks, the recap
// talks linked to them, dropped sessions only where the user has records, and nothing else.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { RecapItem } from '../../../../electron/common/domain';
import { setItemState } from '../../../../renderer/src/lib/annotations/annotation-store';
import { DebriefDatabase } from '../../../../renderer/src/lib/db/database';
import { loadAgenda, scheduleSummary } from '../../../../renderer/src/lib/schedule/agenda-queries';
import { harbour, harbourSchedule, harbourSessions, sessionItem } from '../../../fixtures/agenda/harbour-agenda';

const stamp = '2024-01-02T00:00:00.000Z';

const recapTalk: RecapItem & { removed: 0 } = {
  id: 'harbour-2023/tide-tables',
  conferenceId: harbour.id,
  slug: 'tide-tables',
  kind: 'talk',
  title: 'Tide Tables (my notes)',
  day: 1,
  speakers: [],
  tags: [],
  links: {},
  takeaways: [],
  body: 'What I took away.',
  source: 'harbour/items/tide-tables.md',
  removed: 0,
};

let database: DebriefDatabase | undefined;
afterEach(async () => {
  database?.close();
  if (database) await database.delete();
  database = undefined;
});

async function withSchedule(): Promise<DebriefDatabase> {
  const db = new DebriefDatabase(`agenda-${Math.random()}`);
  database = db;
  await db.conferences.add(harbour);
  await db.schedules.add(harbourSchedule);
  await db.items.bulkAdd([...harbourSessions, recapTalk]);
  return db;
}

function keys(agenda: Awaited<ReturnType<typeof loadAgenda>>): string[] {
  return (agenda?.sessions ?? []).map((session) => session.item.session.key);
}

describe('loadAgenda', () => {
  it('gives every session of the conference’s schedules, earliest first, and no recap talk', async () => {
    const db = await withSchedule();
    const agenda = await loadAgenda(db, harbour.id);
    expect(agenda?.conference.name).toBe('Harbour Cloud Days 2023');
    expect(agenda?.schedules.map((schedule) => schedule.id)).toEqual([harbourSchedule.id]);
    expect(keys(agenda)).toEqual(['warmup', 'light', 'tide', 'crane', 'buoy']);
    expect(agenda?.sessions.every((session) => !session.starred && !session.dropped)).toBe(true);
  });

  it('carries the star and attended mark the talk page’s store writes', async () => {
    const db = await withSchedule();
    await setItemState(db, 'harbour-2023/session-tide', { starred: true });
    await setItemState(db, 'harbour-2023/session-buoy', { attendance: 'attended' });
    const agenda = await loadAgenda(db, harbour.id);
    const byKey = new Map(agenda!.sessions.map((session) => [session.item.session.key, session]));
    expect(byKey.get('tide')).toMatchObject({ starred: true });
    expect(byKey.get('tide')?.attendance).toBeUndefined();
    expect(byKey.get('buoy')).toMatchObject({ starred: false, attendance: 'attended' });
  });

  it('names the recap talks linked to a session, but not a link the user undid', async () => {
    const db = await withSchedule();
    await db.scheduleLinks.add({
      itemId: recapTalk.id,
      sessionId: 'harbour-2023/session-tide',
      confidence: 0.9,
      reason: 'same title',
      status: 'suggested',
      updatedAt: stamp,
    });
    let agenda = await loadAgenda(db, harbour.id);
    expect(agenda!.sessions.find((s) => s.item.session.key === 'tide')?.recapTalks).toEqual([
      { id: recapTalk.id, title: 'Tide Tables (my notes)' },
    ]);
    await db.scheduleLinks.put({
      itemId: recapTalk.id,
      sessionId: 'harbour-2023/session-tide',
      confidence: 0.9,
      reason: 'unlinked by you',
      status: 'unlinked',
      updatedAt: stamp,
    });
    agenda = await loadAgenda(db, harbour.id);
    expect(agenda!.sessions.every((session) => session.recapTalks.length === 0)).toBe(true);
  });

  it('keeps a dropped session only when the user starred, marked or wrote on it', async () => {
    const db = await withSchedule();
    const dropped = (key: string) => sessionItem(key, `Dropped ${key}`, '2023-04-12T15:00:00.000Z', { removed: 1 });
    await db.items.bulkAdd([
      dropped('quiet'),
      dropped('starred'),
      dropped('noted'),
      dropped('deleted-note'),
      dropped('todo'),
    ]);
    await setItemState(db, 'harbour-2023/session-starred', { starred: true });
    const note = { kind: 'note' as const, body: 'was there', tags: [], createdAt: stamp, updatedAt: stamp };
    await db.annotations.bulkAdd([
      { ...note, id: 'n1', itemId: 'harbour-2023/session-noted' },
      { ...note, id: 'n2', itemId: 'harbour-2023/session-deleted-note', deletedAt: stamp },
    ]);
    await db.actions.add({
      id: 'a1',
      itemId: 'harbour-2023/session-todo',
      title: 'Watch it',
      notes: '',
      status: 'open',
      tags: [],
      createdAt: stamp,
      updatedAt: stamp,
    });
    const agenda = await loadAgenda(db, harbour.id);
    const shown = agenda!.sessions.filter((session) => session.dropped).map((session) => session.item.session.key);
    expect(shown.sort()).toEqual(['noted', 'starred', 'todo']);
  });

  it('skips a star record damaged on disk instead of failing', async () => {
    const db = await withSchedule();
    await db.itemStates.put({ itemId: 'harbour-2023/session-tide', starred: 'yes' } as never);
    const agenda = await loadAgenda(db, harbour.id);
    expect(agenda!.sessions.find((s) => s.item.session.key === 'tide')?.starred).toBe(false);
  });

  it('gives no sessions for a conference without a schedule, and nothing for an unknown conference', async () => {
    const db = new DebriefDatabase(`agenda-${Math.random()}`);
    database = db;
    await db.conferences.add(harbour);
    await db.items.add(recapTalk);
    expect(await loadAgenda(db, harbour.id)).toMatchObject({ schedules: [], sessions: [] });
    expect(await loadAgenda(db, 'nowhere-2030')).toBeUndefined();
  });

  it('leaves out the sessions of another conference’s schedule', async () => {
    const db = await withSchedule();
    await db.schedules.add({ ...harbourSchedule, id: 'schedule:other:ics', conferenceId: 'other', format: 'ics' });
    const other = sessionItem('elsewhere', 'Elsewhere', '2023-04-12T08:00:00.000Z', { conferenceId: 'other' });
    await db.items.add({
      ...other,
      id: 'other/session-elsewhere',
      session: { ...other.session, scheduleId: 'schedule:other:ics' },
    });
    expect(keys(await loadAgenda(db, harbour.id))).not.toContain('elsewhere');
  });
});

describe('scheduleSummary', () => {
  it('counts the sessions of the conference’s schedules, or says there is none', async () => {
    const db = await withSchedule();
    expect(await scheduleSummary(db, harbour.id)).toEqual({ sessionCount: 5 });
    expect(await scheduleSummary(db, 'nowhere-2030')).toBeUndefined();
  });
});
