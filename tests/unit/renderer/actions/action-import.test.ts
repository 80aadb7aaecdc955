// Importing action items from a JSON export: bad files are refused with a reason and change
// nothing; a good one merges by id (newer wins) in one transaction; export → wipe → import gives
// back exactly what was there.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SaveFileRequest } from '../../../../electron/common/ipc-contract';
import type { DebriefDatabase } from '../../../../renderer/src/lib/db/database';
import { exportActions } from '../../../../renderer/src/lib/actions/action-export';
import {
  describeImport,
  importActions,
  previewActionsFile,
  readActionsFile,
} from '../../../../renderer/src/lib/actions/action-import';
import { maxActionsJsonLength } from '../../../../renderer/src/lib/export/actions-json';
import { actionItem, openSeededDatabase } from '../../../fixtures/actions/recap';

let database: DebriefDatabase;
beforeEach(async () => {
  database = await openSeededDatabase('actions-import');
});
afterEach(async () => {
  database.close();
  await database.delete();
});

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const context = { exportedAt: new Date('2024-05-22T08:00:00.000Z'), appVersion: 'test' };

/** Exports `actions` as JSON through a stand-in save dialog and returns the text it was handed. */
async function exportJson(): Promise<string> {
  let saved = '';
  const all = await database.actions.toArray();
  await exportActions(database, all, 'json', context, async (request: SaveFileRequest) => {
    saved = request.text;
    return '/tmp/x.json';
  });
  return saved;
}

const awkward = [
  actionItem('a1', {
    title: 'Propose a "deploy freeze", then ask',
    notes: 'Line one,\nline "two"\r\nemoji 👩🏽‍💻 and مرحبا',
    owner: 'Zoë',
    due: '2024-05-24',
    priority: 'high',
    tags: ['ops', 'dr, team'],
    sourceQuote: 'one control that stops every deployment',
  }),
  actionItem('a2', {
    itemId: 'demo/beta',
    status: 'done',
    completedAt: '2024-05-21T10:00:00.000Z',
    updatedAt: '2024-05-21T10:00:00.000Z',
    title: 'x'.repeat(5000),
  }),
  actionItem('a3', { itemId: 'demo/unknown', title: 'On a talk no longer in the recap' }),
];

describe('reading a file', () => {
  const cases: [string, Uint8Array, RegExp][] = [
    ['not UTF-8', new Uint8Array([0xff, 0xfe, 0x00, 0xd8]), /not UTF-8 text/],
    ['not JSON', encode('Title,Status\nA,open'), /not JSON/],
    ['a list', encode('[]'), /not a Debrief action export/],
    ['a backup', encode('{"format":"debrief-backup","version":1}'), /a Debrief backup, not an action export/],
    ['a newer version', encode('{"format":"debrief-actions","version":99,"actions":[]}'), /newer Debrief .*version 99/],
    [
      'an action with no status',
      encode(
        JSON.stringify({
          format: 'debrief-actions',
          version: 1,
          exportedAt: '2024-05-22T08:00:00.000Z',
          appVersion: 'x',
          items: [],
          actions: [{ ...actionItem('a1'), status: undefined }],
        }),
      ),
      /actions\[0\]\.status/,
    ],
    ['over 50 MB', encode(`{"pad":"${' '.repeat(maxActionsJsonLength)}"}`), /over 50\.0 MB are refused/],
  ];

  it.each(cases)('refuses %s, naming the file and saying nothing changed', (_what, bytes, reason) => {
    const reading = readActionsFile({ name: 'team.json', bytes });
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.error).toMatch(/^team\.json cannot be imported: /);
    expect(reading.error).toMatch(reason);
    expect(reading.error).toMatch(/Nothing was changed\.$/);
  });
});

describe('export → wipe → import', () => {
  it('gives back exactly the same action items, field by field', async () => {
    await database.actions.bulkPut(awkward);
    const before = await database.actions.orderBy('id').toArray();
    const text = await exportJson();

    await database.actions.clear();
    const reading = readActionsFile({ name: 'actions.json', bytes: encode(text) });
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    const counts = await previewActionsFile(database, reading.actions);
    expect(describeImport(counts)).toBe('3 will be added, 0 changed, 0 unchanged');
    // A preview reads only.
    expect(await database.actions.count()).toBe(0);

    expect(await importActions(database, reading.actions)).toEqual(counts);
    expect(await database.actions.orderBy('id').toArray()).toEqual(before);
  });

  it('reads a file saved with a byte order mark', async () => {
    await database.actions.bulkPut(awkward);
    const text = await exportJson();
    const reading = readActionsFile({ name: 'bom.json', bytes: encode(`\uFEFF${text}`) });
    expect(reading.ok && reading.actions.map((a) => a.id)).toEqual(['a1', 'a2', 'a3']);
  });
});

describe('merging', () => {
  it('adds new ids, takes newer copies, keeps the user’s own newer or equal ones, and is idempotent', async () => {
    await database.actions.bulkPut([
      actionItem('same', { title: 'mine, same time' }),
      actionItem('mine-newer', { title: 'mine', updatedAt: '2024-05-23T00:00:00.000Z' }),
      actionItem('theirs-newer', { title: 'mine, older' }),
      actionItem('untouched', { title: 'not in the file' }),
    ]);
    const incoming = [
      actionItem('same', { title: 'theirs, same time' }),
      actionItem('mine-newer', { title: 'theirs, older' }),
      // Compared as instants: 12:00+02:00 is 10:00Z, an hour after the user's copy.
      actionItem('theirs-newer', { title: 'theirs', status: 'done', updatedAt: '2024-05-20T12:00:00.000+02:00' }),
      actionItem('brand-new', { title: 'new' }),
    ];
    expect(describeImport(await previewActionsFile(database, incoming))).toBe(
      '1 will be added, 1 changed, 2 unchanged',
    );
    await importActions(database, incoming);
    const titles = Object.fromEntries((await database.actions.toArray()).map((a) => [a.id, a.title]));
    expect(titles).toEqual({
      same: 'mine, same time',
      'mine-newer': 'mine',
      'theirs-newer': 'theirs',
      untouched: 'not in the file',
      'brand-new': 'new',
    });
    expect(await importActions(database, incoming)).toEqual({ added: 0, changed: 0, unchanged: 4 });
  });

  it('keeps an action deleted after the export deleted when the export is imported', async () => {
    await database.actions.put(actionItem('a1'));
    const text = await exportJson();
    await database.actions.update('a1', {
      deletedAt: '2024-05-21T00:00:00.000Z',
      updatedAt: '2024-05-21T00:00:00.000Z',
    });
    const reading = readActionsFile({ name: 'a.json', bytes: encode(text) });
    if (!reading.ok) throw new Error(reading.error);
    expect(await importActions(database, reading.actions)).toEqual({ added: 0, changed: 0, unchanged: 1 });
    expect((await database.actions.get('a1'))?.deletedAt).toBe('2024-05-21T00:00:00.000Z');
  });

  it('writes all or nothing: a failure part-way leaves every action as it was', async () => {
    await database.actions.put(actionItem('kept', { title: 'mine' }));
    const incoming = [
      actionItem('kept', { title: 'theirs', updatedAt: '2024-06-01T00:00:00.000Z' }),
      actionItem('n1'),
      actionItem('n2'),
    ];
    database.actions.hook('creating', (key) => {
      if (key === 'n2') throw new Error('disk full (simulated)');
    });
    await expect(importActions(database, incoming)).rejects.toThrow(/disk full/);
    expect(await database.actions.toArray()).toEqual([actionItem('kept', { title: 'mine' })]);
  });
});
