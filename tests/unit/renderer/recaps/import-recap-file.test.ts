import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { RecapItem } from '../../../../electron/common/domain';
import { DebriefDatabase } from '../../../../renderer/src/lib/db/database';
import { describeRecapImport, importRecapFile } from '../../../../renderer/src/lib/recaps/import-recap-file';
import { listRecapLayers } from '../../../../renderer/src/lib/recaps/recap-layer-queries';

const talk: RecapItem = {
  id: 'demo/rollbacks',
  conferenceId: 'demo',
  slug: 'rollbacks',
  kind: 'talk',
  title: 'Rollbacks Without Tears: Shipping Safely on Fridays',
  day: 1,
  speakers: [],
  tags: [],
  links: {},
  takeaways: [],
  body: '',
  source: 'demo/items/rollbacks.md',
};

const recapText = `---
title: My notes
---

Day 1
-----

The best session was Rollbacks Without Tears: Shipping Safely on Fridays, which I will share.

Day 2
-----

Nothing I could name.
`;

let database: DebriefDatabase;
afterEach(async () => {
  database?.close();
  if (database) await database.delete();
});

describe('importRecapFile', () => {
  it('stores the recap with linked talks, and importing it again duplicates nothing', async () => {
    database = new DebriefDatabase(`recaps-${Math.random()}`);
    await database.items.add({ ...talk, removed: 0 });
    const bytes = new TextEncoder().encode(recapText);

    const first = await importRecapFile(database, 'notes.md', bytes);
    expect(first.alreadyImported).toBe(false);
    // Each section is a talk: the one naming a known talk is attached to it, the other gets its own item.
    const layers = await listRecapLayers(database, first.recap!.id);
    expect(layers.map((layer) => [layer.heading, layer.itemId, layer.ownItem])).toEqual([
      ['Day 1', 'demo/rollbacks', false],
      ['Day 2', 'recap-talk/notes/notes/day-2', true],
    ]);
    expect(describeRecapImport('notes.md', first)).toMatch(
      /Imported “My notes”: 2 sections, 1 linked to talks you had/,
    );

    const second = await importRecapFile(database, 'notes.md', bytes);
    expect(second.alreadyImported).toBe(true);
    expect(await database.recaps.count()).toBe(1);
    expect(describeRecapImport('notes.md', second)).toMatch(/already imported/);
  });

  it('changes nothing when the file is not text', async () => {
    database = new DebriefDatabase(`recaps-${Math.random()}`);
    const outcome = await importRecapFile(database, 'photo.md', new Uint8Array([0x89, 0x50, 0, 0, 1]));
    expect(outcome.recap).toBeUndefined();
    expect(describeRecapImport('photo.md', outcome)).toMatch(
      /photo\.md could not be imported: .*binary.*Nothing was changed/,
    );
    expect(await database.recaps.count()).toBe(0);
  });
});
