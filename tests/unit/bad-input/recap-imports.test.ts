// Bad-input corpus for recap imports (a Markdown or text recap the user wrote): a file that cannot
// be read is refused with a reason that names it, and nothing is stored; one that can (a text cut
// short is still text) is imported without a crash. Recaps already imported are never changed.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RecapItem } from '../../../electron/common/domain';
import { importRecap } from '../../../electron/common/recap-import/import-recap';
import { DebriefDatabase, type StoredRecap } from '../../../renderer/src/lib/db/database';
import { describeRecapImport, importRecapFile } from '../../../renderer/src/lib/recaps/import-recap-file';
import { badVersionsOf, hugeText, type BadInputName } from './bad-inputs';

const talk: RecapItem = {
  id: 'demo/rollbacks',
  conferenceId: 'demo',
  slug: 'rollbacks',
  kind: 'talk',
  title: 'Rollbacks Without Tears',
  day: 1,
  speakers: [],
  tags: [],
  links: {},
  takeaways: [],
  body: '',
  source: 'demo/items/rollbacks.md',
};

const recapText = `---
title: Mes notes de València
---

# Day 1

The best session was Rollbacks Without Tears, over a café.

# Day 2

Nothing I could name — but a good crème brûlée.
`;

const versions = badVersionsOf(recapText);
// What each bad version gives: refused (with the reason), or read as the text it still is.
const expected: Record<BadInputName, { refused: RegExp } | { imported: true }> = {
  empty: { refused: /^the file is empty$/ },
  blank: { refused: /^the file is empty$/ },
  // Cut in half it is still a recap, only shorter: nothing can tell, and nothing is lost by reading it.
  truncated: { imported: true },
  'truncated mid-character': { refused: /not valid UTF-8 text/ },
  binary: { refused: /binary file, not UTF-8 text/ },
  'UTF-16 LE with BOM': { refused: /UTF-16 text; save it as UTF-8/ },
  'UTF-16 BE with BOM': { refused: /UTF-16 text; save it as UTF-8/ },
  'Latin-1': { refused: /not valid UTF-8 text/ },
  // 100,000 brackets are odd text, but text: one section, no crash.
  'deeply nested JSON': { imported: true },
};

let database: DebriefDatabase;
let earlier: StoredRecap;
beforeEach(async () => {
  database = new DebriefDatabase(`bad-recaps-${Math.random()}`);
  await database.items.add({ ...talk, removed: 0 });
  const first = await importRecapFile(database, 'earlier.md', new TextEncoder().encode(recapText));
  earlier = first.recap!;
});
afterEach(async () => {
  database.close();
  await database.delete();
});

describe('a bad recap file', () => {
  it.each(Object.keys(expected) as BadInputName[])('%s', async (name) => {
    const outcome = await importRecapFile(database, `${name}.md`, versions[name].bytes);
    const want = expected[name];
    if ('refused' in want) {
      expect(outcome.recap).toBeUndefined();
      expect(outcome.problems[0]).toEqual(
        expect.objectContaining({ file: `${name}.md`, message: expect.stringMatching(want.refused) }),
      );
      expect(describeRecapImport(`${name}.md`, outcome)).toMatch(
        new RegExp(`^${name}\\.md could not be imported: .+\\. Nothing was changed\\.$`),
      );
      expect(await database.recaps.toArray()).toEqual([earlier]);
    } else {
      expect(outcome.saved?.added).toBeGreaterThan(0);
      expect(await database.recaps.get(earlier.id)).toEqual(earlier);
    }
  });

  it('50 MB is refused by its size before it is decoded', async () => {
    const outcome = await importRecapFile(database, 'huge.md', new TextEncoder().encode(hugeText(50, recapText)));
    expect(outcome.recap).toBeUndefined();
    expect(outcome.problems).toEqual([{ file: 'huge.md', message: 'the file is 50.0 MB; the limit is 2.0 MB' }]);
    expect(await database.recaps.toArray()).toEqual([earlier]);
  });

  it('a YAML alias bomb in its front matter is a problem on its line; the recap is read without it', async () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let level = 1; level < 10; level++) {
      const name = String.fromCharCode(97 + level);
      levels.push(
        `${name}: &${name} [${Array(9)
          .fill(`*${String.fromCharCode(96 + level)}`)
          .join(',')}]`,
      );
    }
    const text = `---\n${levels.join('\n')}\n---\n\n# Day 1\n\nRollbacks Without Tears.\n`;
    const result = await importRecap('bomb.md', new TextEncoder().encode(text), [talk]);
    expect(result.recap?.sections.map((section) => section.heading)).toEqual(['Day 1']);
    expect(result.problems).toEqual([
      expect.objectContaining({
        file: 'bomb.md',
        line: 2,
        message: expect.stringMatching(/front matter cannot be read/),
      }),
    ]);
  });

  it('quotes nested 100,000 deep and lists 1,000 deep are read without a crash', async () => {
    const quotes = `# Day 1\n\n${'>'.repeat(100_000)} deep\n\n${Array.from({ length: 1_000 }, (_, depth) => `${'  '.repeat(depth)}- level ${depth}`).join('\n')}\n`;
    const result = await importRecap('deep.md', new TextEncoder().encode(quotes), [talk]);
    expect(result.problems).toEqual([]);
    expect(result.recap?.sections.map((section) => section.heading)).toEqual(['Day 1']);
  });
});
