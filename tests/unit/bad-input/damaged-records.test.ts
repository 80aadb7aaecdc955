// Bad input read back from the database itself: records damaged on disk (fields missing, wrong
// types). The views skip them, a backup carries them as they were stored (and still reads back),
// and a restore neither needs them nor changes them where it has nothing to put in their place.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackupText, readBackupText } from '../../../electron/common/backup-format';
import { sortOutDamaged, wellFormed } from '../../../electron/common/damaged-records';
import type { ActionItem, Annotation } from '../../../electron/common/user-records';
import { listItemActions } from '../../../renderer/src/lib/actions/action-queries';
import {
  getItemState,
  listAnnotationRows,
  listItemAnnotations,
  listTrash,
  listUsedTags,
} from '../../../renderer/src/lib/annotations/annotation-queries';
import { applyRestore, collectBackupData } from '../../../renderer/src/lib/backup/backup-data';
import { DebriefDatabase } from '../../../renderer/src/lib/db/database';
import { readUserRecords } from '../../../renderer/src/lib/search/index-store';

const stamp = '2024-05-20T09:00:00.000Z';
const itemId = 'demo/talk';
const note: Annotation = {
  id: 'good-note',
  itemId,
  kind: 'note',
  body: 'Kept',
  tags: ['ops'],
  createdAt: stamp,
  updatedAt: stamp,
};
const action: ActionItem = {
  id: 'good-action',
  itemId,
  title: 'Do it',
  notes: '',
  status: 'open',
  tags: [],
  createdAt: stamp,
  updatedAt: stamp,
};
const damagedNotes = [
  { id: 'bare', itemId, kind: 'note' },
  { id: 'typed', itemId, kind: 'note', body: 42, tags: 'ops', createdAt: 5, updatedAt: null },
  { id: 'deleted', itemId, kind: 'note', deletedAt: '2024-05-21T00:00:00.000Z' },
  { id: 'big', itemId, kind: 'note', body: 'x', tags: [], createdAt: stamp, updatedAt: stamp, size: 10n ** 30n },
];
const damagedActions = [{ id: 'bad-action', itemId, title: null, status: 'bogus', tags: {} }];
const damagedState = { itemId, starred: 'yes', grade: 7 };

let database: DebriefDatabase;
beforeEach(async () => {
  database = new DebriefDatabase(`damaged-${Math.random()}`);
  await database.annotations.bulkAdd([note, ...(damagedNotes as unknown as Annotation[])]);
  await database.actions.bulkAdd([action, ...(damagedActions as unknown as ActionItem[])]);
  await database.itemStates.add(damagedState as never);
});
afterEach(async () => {
  database.close();
  await database.delete();
});

describe('records damaged on disk', () => {
  it('sortOutDamaged keeps the good ones as they are and says, by field, what is wrong with the others', () => {
    const { good, damaged } = sortOutDamaged('annotations', [note, ...damagedNotes]);
    expect(good).toEqual([note]);
    expect(good[0]).toBe(note);
    expect(damaged.map((d) => [d.table, (d.record as { id: string }).id, d.problem])).toEqual([
      ['annotations', 'bare', expect.stringMatching(/^body: /)],
      ['annotations', 'typed', expect.stringMatching(/^body: /)],
      ['annotations', 'deleted', expect.stringMatching(/^body: /)],
      ['annotations', 'big', expect.stringMatching(/Unrecognized key: "size"/)],
    ]);
    // A BigInt cannot be JSON: it is carried as text.
    expect((damaged[3]?.record as { size: string }).size).toBe(`${10n ** 30n}n`);
    expect(wellFormed('actions', [action, ...damagedActions])).toEqual([action]);
  });

  it('the views skip them and show the good ones', async () => {
    expect(await listItemAnnotations(database, itemId)).toEqual([note]);
    expect((await listAnnotationRows(database)).map((row) => row.annotation)).toEqual([note]);
    expect(await listTrash(database)).toEqual([]);
    expect(await listUsedTags(database)).toEqual(['ops']);
    expect(await listItemActions(database, itemId)).toEqual([action]);
    expect(await getItemState(database, itemId)).toEqual({ itemId, starred: false, updatedAt: '' });
    const forSearch = await readUserRecords(database);
    expect([forSearch.annotations, forSearch.actions]).toEqual([[note], [action]]);
  });

  it('a backup carries them as stored, reads back, and a restore leaves them out', async () => {
    const data = await collectBackupData(database);
    expect(data.annotations).toEqual([note]);
    expect(data.actions).toEqual([action]);
    expect(data.itemStates).toEqual([]);
    // In the database's order: by table, then by key.
    expect(data.damaged?.map((d) => (d.record as { id?: string; itemId: string }).id ?? d.record)).toEqual([
      'bare',
      'big',
      'deleted',
      'typed',
      'bad-action',
      damagedState,
    ]);

    const reading = await readBackupText(await createBackupText(data, new Date(stamp), 'test'));
    if (!reading.ok) throw new Error(reading.error);
    expect(reading.backup.data).toEqual(data);

    // Merge: the damaged records stay where they are, untouched.
    await applyRestore(database, reading.backup.data, 'merge');
    expect(await database.annotations.get('typed')).toEqual(damagedNotes[1]);
    // Replace: exactly the good records, as in the backup; the damaged ones live on in the backup file.
    await applyRestore(database, reading.backup.data, 'replace');
    expect(await database.annotations.toArray()).toEqual([note]);
    expect(await database.actions.toArray()).toEqual([action]);
    expect(await database.itemStates.toArray()).toEqual([]);
  });

  it('a backup without damaged records has no `damaged` list, as before', async () => {
    await database.annotations.bulkDelete(damagedNotes.map((d) => d.id));
    await database.actions.delete('bad-action');
    await database.itemStates.clear();
    expect(Object.keys(await collectBackupData(database))).toEqual([
      'annotations',
      'actions',
      'itemStates',
      'settings',
      'library',
    ]);
  });
});
