// Bad-input corpus for content files (a recap's Markdown + front matter): each bad version of a
// talk's file is one problem that names the file (and the line where it can), the rest of the
// recap still loads, and seeding it never touches the user's notes on that talk.
import 'fake-indexeddb/auto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseContent, type ContentFile } from '../../../electron/common/content/parse-content';
import { loadContentBundle } from '../../../electron/main/content-loader';
import { DebriefDatabase } from '../../../renderer/src/lib/db/database';
import { seedContent } from '../../../renderer/src/lib/db/seed-content';
import { badVersionsOf, hugeText, nestedJson, type BadInputName } from './bad-inputs';

const encoder = new TextEncoder();
const conference: ContentFile = {
  path: 'demo-conf/conference.md',
  bytes: encoder.encode(`---
id: demo-conf
name: Démo Conf
location: València
startDate: 2024-01-01
endDate: 2024-01-02
timezone: Europe/Madrid
days:
  - { number: 1, date: 2024-01-01, label: Day 1 }
---
A conference.
`),
};
const talkText = (slug: string) => `---
id: ${slug}
kind: talk
title: "Résumé-driven development, revisited"
day: 1
speakers:
  - name: Zoë
tags: [careers]
---
What the speaker said, with a café ☕ and a résumé.
`;
const goodTalk: ContentFile = { path: 'demo-conf/items/good-talk.md', bytes: encoder.encode(talkText('good-talk')) };
const badPath = 'demo-conf/items/bad-talk.md';

// Cut at 20%: inside the front matter, as a copy that stopped early would leave it.
const versions = badVersionsOf(talkText('bad-talk'), 0.2);
const expected: Record<BadInputName, { message: RegExp; line?: number }> = {
  empty: { message: /^the file is empty$/ },
  blank: { message: /^the file is empty$/ },
  truncated: { message: /front matter opened on line 1 is never closed/, line: 1 },
  'truncated mid-character': { message: /not valid UTF-8 text/, line: 10 },
  binary: { message: /binary file, not UTF-8 text/ },
  'UTF-16 LE with BOM': { message: /UTF-16 text; save it as UTF-8/ },
  'UTF-16 BE with BOM': { message: /UTF-16 text; save it as UTF-8/ },
  // The first non-ASCII character is the "é" of the title, on line 4.
  'Latin-1': { message: /not valid UTF-8 text/, line: 4 },
  'deeply nested JSON': { message: /must start with front matter/, line: 1 },
};

function parseWith(bytes: Uint8Array) {
  return parseContent([conference, goodTalk, { path: badPath, bytes }]);
}

describe('a bad content file', () => {
  it.each(Object.keys(expected) as BadInputName[])('%s: one problem naming the file; the rest loads', (name) => {
    const parsed = parseWith(versions[name].bytes);
    expect(parsed.items.map((item) => item.slug)).toEqual(['good-talk']);
    expect(parsed.conferences.map((c) => c.id)).toEqual(['demo-conf']);
    expect(parsed.problems).toHaveLength(1);
    const [problem] = parsed.problems;
    expect(problem?.file).toBe(badPath);
    expect(problem?.message).toMatch(expected[name].message);
    if (expected[name].line !== undefined) expect(problem?.line).toBe(expected[name].line);
  });

  it('front matter nested 100,000 levels deep: not valid YAML, on its line, no stack overflow thrown', () => {
    const text = `---\nid: bad-talk\nkind: talk\ntitle: ${nestedJson(100_000)}\n---\nBody.\n`;
    const parsed = parseWith(encoder.encode(text));
    expect(parsed.items.map((item) => item.slug)).toEqual(['good-talk']);
    expect(parsed.problems).toEqual([
      expect.objectContaining({ file: badPath, line: 4, message: expect.stringMatching(/not valid YAML/) }),
    ]);
  });

  it('a YAML alias bomb ("billion laughs") is refused, not expanded', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let level = 1; level < 10; level++) {
      const previous = String.fromCharCode(96 + level);
      const name = String.fromCharCode(97 + level);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
    }
    const text = `---\nid: bad-talk\n${levels.join('\n')}\n---\nBody.\n`;
    const started = performance.now();
    const parsed = parseWith(encoder.encode(text));
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(parsed.items.map((item) => item.slug)).toEqual(['good-talk']);
    expect(parsed.problems).toEqual([
      expect.objectContaining({
        file: badPath,
        message: expect.stringMatching(/front matter cannot be read: .*alias/),
      }),
    ]);
  });

  it('a bad conference file: a problem for it, and one saying its items were not loaded', () => {
    const parsed = parseContent([{ path: conference.path, bytes: versions['UTF-16 LE with BOM'].bytes }, goodTalk]);
    expect(parsed.items).toEqual([]);
    expect(parsed.problems.map((problem) => [problem.file, problem.message])).toEqual([
      [conference.path, expect.stringMatching(/UTF-16/)],
      [conference.path, expect.stringMatching(/items in demo-conf\/items\/ were not loaded/)],
    ]);
  });
});

describe('a content folder read from disk', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'debrief-bad-content-'));
    await mkdir(join(dir, 'demo-conf', 'items'), { recursive: true });
    await writeFile(join(dir, conference.path), conference.bytes);
    await writeFile(join(dir, goodTalk.path), goodTalk.bytes);
    // 50 MB that starts like a talk: refused by its size before it is read.
    await writeFile(join(dir, badPath), hugeText(50, talkText('bad-talk')));
    await writeFile(join(dir, 'demo-conf', 'items', 'binary.md'), versions.binary.bytes);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('a 50 MB file and a binary one are problems that name them; the good talk loads', async () => {
    const bundle = await loadContentBundle(dir);
    expect(bundle.items.map((item) => item.slug)).toEqual(['good-talk']);
    expect(bundle.problems.map((problem) => [problem.file, problem.message])).toEqual(
      expect.arrayContaining([
        [badPath, 'the file is 50.0 MB; the limit is 2.0 MB'],
        ['demo-conf/items/binary.md', 'this is a binary file, not UTF-8 text'],
      ]),
    );
  });

  it('50 MB handed to the parser directly is refused by size, not read', () => {
    const parsed = parseWith(encoder.encode(hugeText(50, talkText('bad-talk'))));
    expect(parsed.problems).toEqual([
      expect.objectContaining({ file: badPath, message: 'the file is 50.0 MB; the limit is 2.0 MB' }),
    ]);
  });
});

describe('seeding content with a bad file', () => {
  it("keeps the user's notes on the talk whose file went bad, and keeps the talk (marked removed)", async () => {
    const database = new DebriefDatabase(`bad-content-${Math.random()}`);
    await database.open();
    const before = parseContent([conference, goodTalk, { path: badPath, bytes: encoder.encode(talkText('bad-talk')) }]);
    await seedContent(database, { hash: 'before', conferences: before.conferences, items: before.items, problems: [] });
    const note = {
      id: 'note-1',
      itemId: 'demo-conf/bad-talk',
      kind: 'note' as const,
      body: 'Mine',
      tags: [],
      createdAt: '2024-01-01T10:00:00.000Z',
      updatedAt: '2024-01-01T10:00:00.000Z',
    };
    await database.annotations.add(note);

    for (const version of Object.values(versions)) {
      const parsed = parseWith(version.bytes);
      await seedContent(database, { hash: version.name, ...parsed });
      expect(await database.annotations.toArray(), version.name).toEqual([note]);
      expect((await database.items.get('demo-conf/bad-talk'))?.removed, version.name).toBe(1);
      expect((await database.items.get('demo-conf/good-talk'))?.removed, version.name).toBe(0);
    }
    database.close();
    await database.delete();
  });
});
