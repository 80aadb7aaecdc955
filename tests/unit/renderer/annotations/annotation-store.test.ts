// Writing notes, highlights and per-talk state; soft delete and restore; the queries the views use.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Conference, RecapItem } from '../../../../electron/common/domain';
import { DebriefDatabase } from '../../../../renderer/src/lib/db/database';
import { describePassage } from '../../../../renderer/src/lib/annotations/anchoring';
import {
  createHighlight,
  deleteAnnotation,
  restoreAnnotation,
  saveNote,
  setItemState,
  updateAnnotation,
} from '../../../../renderer/src/lib/annotations/annotation-store';
import {
  getItemState,
  listAnnotationRows,
  listItemAnnotations,
  listTrash,
  listUsedTags,
} from '../../../../renderer/src/lib/annotations/annotation-queries';

const conference: Conference = {
  id: 'demo',
  name: 'Demo Conf',
  location: 'Here',
  startDate: '2024-01-01',
  endDate: '2024-01-02',
  timezone: 'UTC',
  days: [
    { number: 1, date: '2024-01-01', label: 'Day 1' },
    { number: 2, date: '2024-01-02', label: 'Day 2' },
  ],
  body: '',
  source: 'demo/conference.md',
};

function item(slug: string, day: number): RecapItem & { removed: 0 } {
  return {
    id: `demo/${slug}`,
    conferenceId: 'demo',
    slug,
    kind: 'talk',
    title: `Talk ${slug}`,
    day,
    speakers: [],
    tags: [],
    links: {},
    takeaways: [],
    body: 'Give every team a big red button.',
    source: `demo/items/${slug}.md`,
    removed: 0,
  };
}

let database: DebriefDatabase;
beforeEach(async () => {
  database = new DebriefDatabase(`annotations-${Math.random()}`);
  await database.conferences.put(conference);
  await database.items.bulkPut([item('alpha', 1), item('beta', 2)]);
});
afterEach(async () => {
  database.close();
  await database.delete();
});

const text = 'Give every team a big red button.';
const target = describePassage(text, text.indexOf('big red button'), text.indexOf('big red button') + 14);

describe('notes', () => {
  it('creates a note under the chosen id, then updates it keeping when it was created', async () => {
    const first = await saveNote(database, { id: 'n1', itemId: 'demo/alpha', body: 'try this' });
    const second = await saveNote(database, { id: 'n1', itemId: 'demo/alpha', body: 'try this on staging' });
    expect(second).toMatchObject({ id: 'n1', kind: 'note', body: 'try this on staging', createdAt: first.createdAt });
    expect(await database.annotations.count()).toBe(1);
    expect((await database.annotations.get('n1'))?.body).toBe('try this on staging');
  });

  it('refuses to move a note to another talk, and leaves it as it was', async () => {
    await saveNote(database, { id: 'n1', itemId: 'demo/alpha', body: 'mine' });
    await expect(saveNote(database, { id: 'n1', itemId: 'demo/beta', body: 'x' })).rejects.toThrow(
      /belongs to demo\/alpha, not demo\/beta/,
    );
    expect(await database.annotations.get('n1')).toMatchObject({ itemId: 'demo/alpha', body: 'mine' });
  });
});

describe('highlights', () => {
  it('stores the selectors, color, comment and tidied tags', async () => {
    const highlight = await createHighlight(database, {
      itemId: 'demo/alpha',
      target,
      color: 'green',
      comment: 'propose this',
      tags: [' #dr ', 'DR', 'ops'],
    });
    const stored = await database.annotations.get(highlight.id);
    expect(stored).toMatchObject({ kind: 'highlight', color: 'green', body: 'propose this', tags: ['dr', 'ops'] });
    expect(stored?.target).toEqual(target);
  });

  it('refuses an unknown color', async () => {
    await expect(
      createHighlight(database, { itemId: 'demo/alpha', target, color: 'plaid' as 'yellow' }),
    ).rejects.toThrow(/Unknown highlight color "plaid"/);
    await expect(updateAnnotation(database, 'nope', { color: 'plaid' })).rejects.toThrow(/plaid/);
    expect(await database.annotations.count()).toBe(0);
  });

  it('updates comment, color and tags', async () => {
    const highlight = await createHighlight(database, { itemId: 'demo/alpha', target, color: 'yellow' });
    await updateAnnotation(database, highlight.id, { body: 'later', color: 'pink', tags: ['x', 'X', ''] });
    expect(await database.annotations.get(highlight.id)).toMatchObject({ body: 'later', color: 'pink', tags: ['x'] });
    await expect(updateAnnotation(database, 'missing', { body: 'x' })).rejects.toThrow(/no note or highlight/);
  });
});

describe('delete and restore', () => {
  it('moves to the Trash and back without losing anything', async () => {
    await saveNote(database, { id: 'n1', itemId: 'demo/alpha', body: 'keep me' });
    await deleteAnnotation(database, 'n1');
    expect(await listItemAnnotations(database, 'demo/alpha')).toEqual([]);
    expect((await listTrash(database)).map((row) => [row.annotation.id, row.item?.title])).toEqual([
      ['n1', 'Talk alpha'],
    ]);
    await restoreAnnotation(database, 'n1');
    expect(await listTrash(database)).toEqual([]);
    const [restored] = await listItemAnnotations(database, 'demo/alpha');
    expect(restored).toMatchObject({ id: 'n1', body: 'keep me' });
    expect(restored).not.toHaveProperty('deletedAt');
  });
});

describe('personal state', () => {
  it('defaults to unmarked, and sets and clears marks one at a time', async () => {
    expect(await getItemState(database, 'demo/alpha')).toMatchObject({ starred: false });
    await setItemState(database, 'demo/alpha', { starred: true });
    await setItemState(database, 'demo/alpha', { grade: 'must-see' });
    await setItemState(database, 'demo/alpha', { attendance: 'watch the recording' });
    expect(await getItemState(database, 'demo/alpha')).toMatchObject({
      starred: true,
      grade: 'must-see',
      attendance: 'watch the recording',
    });
    await setItemState(database, 'demo/alpha', { grade: undefined });
    const cleared = await database.itemStates.get('demo/alpha');
    expect(cleared).not.toHaveProperty('grade');
    expect(cleared).toMatchObject({ starred: true, attendance: 'watch the recording' });
  });
});

describe('queries', () => {
  it('lists a talk’s notes first, then its highlights in text order', async () => {
    const later = describePassage(text, 26, 32);
    await createHighlight(database, { itemId: 'demo/alpha', target: later, color: 'yellow' });
    await createHighlight(database, { itemId: 'demo/alpha', target, color: 'yellow' });
    await saveNote(database, { id: 'n1', itemId: 'demo/alpha', body: 'note' });
    await saveNote(database, { id: 'n2', itemId: 'demo/beta', body: 'elsewhere' });
    const listed = await listItemAnnotations(database, 'demo/alpha');
    expect(listed.map((a) => a.target?.quote.exact ?? a.body)).toEqual(['note', 'big red button', 'button']);
  });

  it('collects used tags from live notes and actions, each spelling once', async () => {
    await createHighlight(database, { itemId: 'demo/alpha', target, color: 'yellow', tags: ['Staging', 'dr'] });
    const gone = await createHighlight(database, { itemId: 'demo/alpha', target, color: 'yellow', tags: ['gone'] });
    await deleteAnnotation(database, gone.id);
    await database.actions.put({
      id: 'a1',
      itemId: 'demo/alpha',
      title: 'Do it',
      notes: '',
      status: 'open',
      tags: ['staging', 'ops'],
      createdAt: '2024-01-01T00:00:00Z',
      updatedAt: '2024-01-01T00:00:00Z',
    });
    expect(await listUsedTags(database)).toEqual(['dr', 'ops', 'Staging']);
  });

  it('joins annotations with their talk and conference, newest first, keeping unknown talks, not erased notes', async () => {
    await saveNote(database, { id: 'n1', itemId: 'demo/alpha', body: 'first' });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await saveNote(database, { id: 'n2', itemId: 'gone/talk', body: 'orphan talk' });
    await saveNote(database, { id: 'erased', itemId: 'demo/alpha', body: '  ' });
    const rows = await listAnnotationRows(database);
    expect(rows.map((row) => [row.annotation.id, row.item?.title, row.conference?.name])).toEqual([
      ['n2', undefined, undefined],
      ['n1', 'Talk alpha', 'Demo Conf'],
    ]);
  });
});
