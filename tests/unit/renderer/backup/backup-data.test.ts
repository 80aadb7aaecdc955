// Backup → wipe → restore on a large, hostile data set; previews; all-or-nothing restores.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackupText, readBackupText, type BackupData } from '../../../../electron/common/backup-format';
import type { ActionItem, Annotation } from '../../../../electron/common/user-records';
import { DebriefDatabase } from '../../../../renderer/src/lib/db/database';
import { applyRestore, collectBackupData, previewRestore } from '../../../../renderer/src/lib/backup/backup-data';

const hostile = [
  'quotes "double" and \'single\', commas, semicolons;',
  'line one\nline two\r\nline three',
  'emoji 👩🏽‍💻🚀 and flags 🇪🇸',
  'RTL: مرحبا بالعالم — שלום עולם',
  '<script>alert(1)</script> `code` **bold** \\ backslash',
];

function makeData(count: number): BackupData {
  const annotations: Annotation[] = [];
  const actions: ActionItem[] = [];
  for (let index = 0; index < count; index++) {
    const time = new Date(Date.UTC(2024, 4, 18, 10, 0, index % 60, index % 1000)).toISOString();
    const text = hostile[index % hostile.length]!;
    annotations.push({
      id: `note-${index}`,
      itemId: `conf/item-${index % 50}`,
      kind: index % 3 === 0 ? 'highlight' : 'note',
      body: index % 1000 === 0 ? `${text} ${'x'.repeat(100 * 1024)}` : `${text} #${index}`,
      tags: index % 2 ? ['todo', text.slice(0, 8)] : [],
      ...(index % 3 === 0
        ? {
            color: 'yellow',
            target: {
              quote: { type: 'TextQuoteSelector' as const, exact: text, prefix: 'a', suffix: 'b' },
              position: { type: 'TextPositionSelector' as const, start: index, end: index + text.length },
            },
          }
        : {}),
      createdAt: time,
      updatedAt: time,
      ...(index % 97 === 0 ? { deletedAt: time } : {}),
    });
    actions.push({
      id: `action-${index}`,
      itemId: `conf/item-${index % 50}`,
      title: `${text} ${index}`,
      notes: index % 1000 === 1 ? 'y'.repeat(100 * 1024) : text,
      status: (['open', 'in progress', 'done', 'dropped'] as const)[index % 4]!,
      ...(index % 2 ? { priority: 'high' as const, owner: 'Zoë', due: '2024-06-01' } : {}),
      tags: [],
      ...(index % 5 === 0 ? { sourceQuote: text } : {}),
      createdAt: time,
      updatedAt: time,
      ...(index % 4 === 2 ? { completedAt: time } : {}),
    });
  }
  return {
    annotations,
    actions,
    itemStates: [
      {
        itemId: 'conf/item-1',
        starred: true,
        grade: 'worth it',
        attendance: 'attended',
        updatedAt: '2024-05-18T10:00:00.000Z',
      },
    ],
    settings: [{ key: 'setting:githubRepo', value: 'acme/platform' }],
  };
}

let database: DebriefDatabase;
afterEach(async () => {
  database?.close();
  if (database) await database.delete();
});

async function fill(data: BackupData): Promise<void> {
  await database.annotations.bulkAdd(data.annotations);
  await database.actions.bulkAdd(data.actions);
  await database.itemStates.bulkAdd(data.itemStates);
  await database.meta.bulkAdd(data.settings);
}

describe('backup and restore', () => {
  it('round-trips 10,000 annotations and 10,000 action items with hostile text, field by field', async () => {
    database = new DebriefDatabase(`backup-${Math.random()}`);
    const original = makeData(10_000);
    await fill(original);
    await database.meta.put({ key: 'searchIndex', value: 'a cache, not user data' });

    const text = await createBackupText(await collectBackupData(database), new Date(), 'test');
    await database.annotations.clear();
    await database.actions.clear();
    await database.itemStates.clear();
    await database.meta.clear();

    const reading = await readBackupText(text);
    if (!reading.ok) throw new Error(reading.error);
    await applyRestore(database, reading.backup.data, 'replace');

    const restored = await collectBackupData(database);
    const byId = <T extends { id: string }>(records: T[]) => [...records].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(restored.annotations)).toEqual(byId(original.annotations));
    expect(byId(restored.actions)).toEqual(byId(original.actions));
    expect(restored.itemStates).toEqual(original.itemStates);
    expect(restored.settings).toEqual(original.settings);
  }, 60_000);

  it('previews a merge and a replace without changing anything', async () => {
    database = new DebriefDatabase(`backup-${Math.random()}`);
    const mine = makeData(4);
    await fill(mine);
    const incoming = structuredClone(mine);
    incoming.annotations[0]!.body = 'edited later';
    incoming.annotations[0]!.updatedAt = '2030-01-01T00:00:00.000Z';
    incoming.annotations[1]!.body = 'edited earlier';
    incoming.annotations[1]!.updatedAt = '2000-01-01T00:00:00.000Z';
    incoming.annotations.pop();
    incoming.actions.push({ ...mine.actions[0]!, id: 'brand-new' });

    const before = await collectBackupData(database);
    expect(previewRestore(before, incoming, 'merge').annotations).toEqual({
      added: 0,
      changed: 1,
      removed: 0,
      unchanged: 2,
    });
    expect(previewRestore(before, incoming, 'replace').annotations).toEqual({
      added: 0,
      changed: 2,
      removed: 1,
      unchanged: 1,
    });
    expect(previewRestore(before, incoming, 'merge').actions).toEqual({
      added: 1,
      changed: 0,
      removed: 0,
      unchanged: 4,
    });
    expect(await collectBackupData(database)).toEqual(before);

    await applyRestore(database, incoming, 'merge');
    const after = await collectBackupData(database);
    expect(after.annotations.find((a) => a.id === 'note-0')?.body).toBe('edited later');
    expect(after.annotations.find((a) => a.id === 'note-1')?.body).toBe(mine.annotations[1]!.body);
    expect(after.annotations).toHaveLength(4);
    expect(after.actions).toHaveLength(5);
  });

  it('leaves the data exactly as it was when a restore fails halfway', async () => {
    database = new DebriefDatabase(`backup-${Math.random()}`);
    await fill(makeData(20));
    const before = await collectBackupData(database);
    const broken = makeData(30);
    broken.actions.push({ ...broken.actions[0]! }); // a duplicate id: bulkAdd fails after the tables were cleared
    await expect(applyRestore(database, broken, 'replace')).rejects.toThrow();
    expect(await collectBackupData(database)).toEqual(before);
  });
});
