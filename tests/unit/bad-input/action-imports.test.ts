// Bad-input corpus for action-item imports (a Debrief action export, JSON): each bad version of
// the file is refused with a reason that names the file and says nothing was changed, never a
// throw; the action items already there stay exactly as they were.
import 'fake-indexeddb/auto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActionItem } from '../../../electron/common/user-records';
import { maxOpenedFileBytes } from '../../../electron/main/handlers';
import { readPickedFile } from '../../../electron/main/picked-file';
import { importActions, readActionsFile } from '../../../renderer/src/lib/actions/action-import';
import { DebriefDatabase } from '../../../renderer/src/lib/db/database';
import { exportActionsAsJson } from '../../../renderer/src/lib/export/actions-json';
import { badVersionsOf, hugeText, nestedJson, type BadInputName } from './bad-inputs';

const stamp = '2024-05-20T09:00:00.000Z';
const action = (id: string, title: string): ActionItem => ({
  id,
  itemId: 'demo/talk',
  title,
  notes: 'Ask Zoë first',
  status: 'open',
  tags: [],
  createdAt: stamp,
  updatedAt: stamp,
});
const talk = { id: 'demo/talk', title: 'Résumé-driven development', conferenceName: 'Démo Conf' };
const mine = [action('mine-1', 'Book a restore drill')];
const good = exportActionsAsJson([{ action: action('theirs-1', 'Écrire le runbook'), item: talk }], {
  exportedAt: new Date(stamp),
  appVersion: 'test',
});
const versions = badVersionsOf(good);

const expected: Record<BadInputName, RegExp> = {
  empty: /the file is empty/,
  blank: /the file is empty/,
  truncated: /the file is not JSON/,
  'truncated mid-character': /it is not UTF-8 text/,
  binary: /it is not UTF-8 text/,
  'UTF-16 LE with BOM': /it is not UTF-8 text/,
  'UTF-16 BE with BOM': /it is not UTF-8 text/,
  'Latin-1': /it is not UTF-8 text/,
  'deeply nested JSON': /not a Debrief action export: it holds a list/,
};

const encoder = new TextEncoder();
const special: [string, string, RegExp][] = [
  [
    'actions nested 100,000 levels deep',
    good.replace(/"actions": \[[^]*?\n {2}\],/, `"actions": ${nestedJson(100_000)},`),
    /actions\[0\]/,
  ],
  [
    'talks nested 100,000 levels deep',
    good.replace(/"items": \[[^]*?\n {2}\]/, `"items": ${nestedJson(100_000)}`),
    /items\[0\]/,
  ],
  ['a format nested 100,000 levels deep', `{"format": ${nestedJson(100_000)}}`, /"format" is a list/],
  // At the limit it is read, and is not JSON; over it, it is not even decoded.
  ['50 MB that starts like an export', hugeText(50, good.slice(0, 200)), /the file is not JSON/],
  ['60 MB that starts like an export', hugeText(60, good.slice(0, 200)), /60\.0 MB; action exports over 50\.0 MB/],
];

let database: DebriefDatabase;
beforeEach(async () => {
  database = new DebriefDatabase(`bad-actions-${Math.random()}`);
  await database.actions.bulkAdd(mine);
});
afterEach(async () => {
  database.close();
  await database.delete();
});

/** Import as the Actions view does it: read the picked file, and only if that succeeds, write. */
async function tryImport(name: string, bytes: Uint8Array): Promise<string> {
  const reading = readActionsFile({ name, bytes });
  if (!reading.ok) return reading.error;
  await importActions(database, reading.actions);
  return 'imported';
}

describe('a bad action-item file', () => {
  it.each(Object.keys(expected) as BadInputName[])('%s: refused with a reason; nothing changes', async (name) => {
    const error = await tryImport('actions.json', versions[name].bytes);
    expect(error).toMatch(/^actions\.json cannot be imported: .+\. Nothing was changed\.$/);
    expect(error).toMatch(expected[name]);
    expect(await database.actions.toArray()).toEqual(mine);
  });

  it.each(special)('%s: refused with a reason; nothing changes', async (_name, text, reason) => {
    const error = await tryImport('actions.json', encoder.encode(text));
    expect(error).toMatch(/^actions\.json cannot be imported: .+\. Nothing was changed\.$/);
    expect(error).toMatch(reason);
    expect(await database.actions.toArray()).toEqual(mine);
  });

  it('a JSON file saved with a byte order mark is still read', async () => {
    expect(await tryImport('bom.json', encoder.encode(`\uFEFF${good}`))).toBe('imported');
    expect((await database.actions.toArray()).map((a) => a.id).sort()).toEqual(['mine-1', 'theirs-1']);
  });

  it('60 MB read from disk by main, then refused by the reader before it is parsed', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'debrief-bad-actions-'));
    try {
      const path = join(dir, 'huge.json');
      await writeFile(path, hugeText(60, good.slice(0, 200)));
      const picked = await readPickedFile(path, maxOpenedFileBytes);
      expect(await tryImport(picked.name, picked.bytes)).toMatch(
        /^huge\.json cannot be imported: the file is 60\.0 MB/,
      );
      expect(await database.actions.toArray()).toEqual(mine);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
