import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { headingSlug, importRecap, recapFormatOf } from '../../../../../electron/common/recap-import/import-recap';
import type { ImportedRecap } from '../../../../../electron/common/recap-import/imported-recap';
import { knownItems } from './known-items';

const encoder = new TextEncoder();
const fixture = async (name: string) =>
  new Uint8Array(await readFile(new URL(`../../../../fixtures/recap-import/${name}`, import.meta.url)));

async function imported(name: string, bytes?: Uint8Array): Promise<ImportedRecap> {
  const result = await importRecap(name, bytes ?? (await fixture(name)), knownItems);
  expect(result.problems).toEqual([]);
  if (!result.recap) throw new Error('no recap');
  return result.recap;
}

const section = (recap: ImportedRecap, heading: string) => {
  const found = recap.sections.find((s) => s.heading === heading);
  if (!found) throw new Error(`no section "${heading}"`);
  return found;
};

describe('importRecap of a Markdown recap', () => {
  it('takes the title from the front matter and makes sections of ATX and setext headings, not of code', async () => {
    const recap = await imported('harbour-devdays-2024.md');
    expect(recap.title).toBe('Harbour DevDays 2024, my notes');
    expect(recap.format).toBe('markdown');
    expect(recap.sections.map((s) => [s.heading, s.level, s.line])).toEqual([
      ['Overall Impressions', 1, 10],
      ['Day 1', 1, 20],
      ['Hallway notes', 2, 27],
      ['Day 2', 1, 40],
      ['Booths, products', 1, 47],
    ]);
    expect(recap.intro).toBe(
      'Two days by the sea, three notebooks and one sunburn. These are my notes from\n[Harbour DevDays 2024](https://devdays.example.org/2024).',
    );
    const overall = section(recap, 'Overall Impressions').body;
    expect(overall).toMatch(/^Smaller than I expected/);
    // A `---` after a blank line is a rule, not a heading: the text after it stays in the section.
    expect(overall).toMatch(/---\n\nI would go again\.$/);
    expect(section(recap, 'Hallway notes').body).toContain('# not a heading: a comment in a code block');
  });

  it('links talks named in prose, by main title alone, with a typo, and the day’s keynotes and lightning talks', async () => {
    const recap = await imported('harbour-devdays-2024.md');
    expect(recap.conferenceId).toBe('harbour-devdays-2024');
    expect(section(recap, 'Day 1').linkedItemIds).toEqual([
      'harbour-devdays-2024/opening-keynotes',
      'harbour-devdays-2024/ship-it-friday',
      'harbour-devdays-2024/observability-shoestring',
    ]);
    expect(section(recap, 'Day 1').mentions[1]).toEqual({
      itemId: 'harbour-devdays-2024/ship-it-friday',
      kind: 'talk',
      line: 23,
      text: 'Ship It Friday: Continuous Delivery Without Fear',
    });
    // The same title exists at another conference; the recap is about Harbour DevDays.
    expect(section(recap, 'Day 2').linkedItemIds).toEqual([
      'harbour-devdays-2024/rust-in-the-rain',
      'harbour-devdays-2024/lightning-talks',
      'harbour-devdays-2024/boring-databases',
    ]);
    expect(section(recap, 'Overall Impressions').linkedItemIds).toEqual([]);
  });

  it('turns bullets that start with a product into booth entries with the author’s note', async () => {
    const booths = section(await imported('harbour-devdays-2024.md'), 'Booths, products');
    expect(booths.mentions).toEqual([
      {
        itemId: 'harbour-devdays-2024/pocket-db',
        kind: 'booth',
        line: 49,
        text: 'Pocket DB',
        note: 'an embedded database that syncs when it can. Neat.',
      },
      {
        itemId: 'harbour-devdays-2024/tidewater',
        kind: 'booth',
        line: 50,
        text: 'Tidewater',
        note: 'log shipping with a tiny footprint. Will try it.',
      },
      {
        itemId: 'harbour-devdays-2024/sail-io',
        kind: 'booth',
        line: 51,
        text: 'SailIO',
        note: 'a hosted CI runner; nothing new, but cheap.',
      },
    ]);
  });

  it('lists what it could not link: an unknown talk title and an unknown booth', async () => {
    const recap = await imported('harbour-devdays-2024.md');
    expect(recap.introMentions).toEqual([]);
    expect(recap.unmatched).toEqual([
      {
        kind: 'talk',
        text: 'Queue Juggling: Backpressure in Practice',
        line: 29,
        sectionId: section(recap, 'Hallway notes').id,
      },
      { kind: 'booth', text: 'Kelpie Cloud', line: 52, sectionId: section(recap, 'Booths, products').id },
    ]);
  });
});

describe('importRecap of a plain-text recap', () => {
  it('finds heading-like lines, uses the first line as the title, and ignores a wrapped short line', async () => {
    const recap = await imported('harbour-devdays-2024.txt');
    expect(recap.format).toBe('text');
    expect(recap.title).toBe('Harbour DevDays 2024');
    expect(recap.sections.map((s) => [s.heading, s.line])).toEqual([
      ['Overall Impressions', 4],
      ['Day 1', 7],
      ['Day 2', 14],
      ['Booths, products', 17],
    ]);
    expect(recap.intro).toMatch(/^Notes from two days by the sea\./);
    expect(section(recap, 'Day 1').body).toContain('Another one worth\nit was');
  });

  it('finds talk titles split across line wraps', async () => {
    const recap = await imported('harbour-devdays-2024.txt');
    const day1 = section(recap, 'Day 1');
    expect(day1.linkedItemIds).toEqual([
      'harbour-devdays-2024/opening-keynotes',
      'harbour-devdays-2024/ship-it-friday',
      'harbour-devdays-2024/observability-shoestring',
    ]);
    expect(day1.mentions[1]).toMatchObject({ line: 8, text: 'Ship It Friday: Continuous Delivery Without Fear' });
    expect(day1.mentions[2]).toMatchObject({
      line: 12,
      text: 'Observability on a Shoestring: Tracing for Small Teams',
    });
    expect(section(recap, 'Day 2').linkedItemIds).toEqual(['harbour-devdays-2024/rust-in-the-rain']);
    expect(section(recap, 'Booths, products').linkedItemIds).toEqual([
      'harbour-devdays-2024/pocket-db',
      'harbour-devdays-2024/tidewater',
    ]);
    expect(recap.unmatched).toEqual([]);
  });
});

describe('linking beyond talk titles', () => {
  it('links a day’s keynotes and lightning talks by name only once the recap is known to be about their conference', async () => {
    const about = (text: string) => importRecap('r.md', encoder.encode(text), knownItems);
    const unknown = await about('# Day 1\nThe keynotes were fine.\n');
    expect(unknown.recap?.conferenceId).toBeUndefined();
    expect(unknown.recap?.sections[0]?.linkedItemIds).toEqual([]);
    const known = await about(
      '# Day 1\nThe keynotes were fine. Then Ship It Friday: Continuous Delivery Without Fear.\n',
    );
    expect(known.recap?.sections[0]?.linkedItemIds).toEqual([
      'harbour-devdays-2024/opening-keynotes',
      'harbour-devdays-2024/ship-it-friday',
    ]);
    // Lightning talks are on day 2: a day-1 section that mentions them does not link them.
    const elsewhere = await about(
      '# Day 1\nNo lightning talks, sadly. Ship It Friday: Continuous Delivery Without Fear.\n',
    );
    expect(elsewhere.recap?.sections[0]?.linkedItemIds).toEqual(['harbour-devdays-2024/ship-it-friday']);
  });
  it('links what the intro mentions too', async () => {
    const text =
      '# My notes\nI loved Ship It Friday: Continuous Delivery Without Fear.\n## Day 2\nRust in the Rain: Embedded Weather Stations\n';
    const recap = (await importRecap('r.md', encoder.encode(text), knownItems)).recap;
    expect(recap?.title).toBe('My notes');
    expect(recap?.introMentions).toEqual([
      expect.objectContaining({ itemId: 'harbour-devdays-2024/ship-it-friday', line: 2 }),
    ]);
    expect(recap?.sections.map((s) => [s.heading, s.linkedItemIds])).toEqual([
      ['Day 2', ['harbour-devdays-2024/rust-in-the-rain']],
    ]);
  });
});

describe('import ids', () => {
  it('are the same when the same file is imported twice, and with Windows line endings', async () => {
    const bytes = await fixture('harbour-devdays-2024.md');
    const first = await imported('harbour-devdays-2024.md', bytes);
    const again = await imported('harbour-devdays-2024.md', bytes);
    expect(again).toEqual(first);
    expect(first.id).toMatch(/^import-[0-9a-f]{16}$/);
    expect(first.sections.map((s) => s.id)).toEqual(
      ['overall-impressions', 'day-1', 'hallway-notes', 'day-2', 'booths-products'].map(
        (slug) => `${first.id}/${slug}`,
      ),
    );
    const crlf = encoder.encode(new TextDecoder().decode(bytes).replace(/\n/g, '\r\n'));
    expect((await imported('renamed.md', crlf)).id).toBe(first.id);
  });

  it('differ when the text differs, and never repeat within a recap', async () => {
    const a = await imported('a.md', encoder.encode('# Day 1\nx\n# Day 1\ny\n# Day 1 2\nz\n'));
    const b = await imported('a.md', encoder.encode('# Day 1\nx\n# Day 1\ny\n# Day 1 2\nzz\n'));
    expect(a.id).not.toBe(b.id);
    expect(a.sections.map((s) => s.id.slice(a.id.length + 1))).toEqual(['day-1', 'day-1-2', 'day-1-2-2']);
  });

  it('slug headings in the user’s words, accents folded', () => {
    expect(headingSlug('Día 2 — Café & Talks!')).toBe('dia-2-cafe-talks');
    expect(headingSlug('***')).toBe('section');
  });
});

describe('importRecap refuses what it cannot read, with file and line', () => {
  it('refuses an empty, binary, invalid UTF-8 or oversized file and imports nothing', async () => {
    const cases: [string, Uint8Array, RegExp][] = [
      ['empty.md', encoder.encode(' \n\n'), /the file is empty/],
      ['photo.md', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]), /binary/],
      ['latin1.txt', new Uint8Array([...encoder.encode('Day 1\nCaf'), 0xe9, 0x0a]), /not valid UTF-8/],
      ['huge.md', new Uint8Array(50 * 1024 * 1024).fill(0x61), /50\.0 MB; the limit is 2\.0 MB/],
    ];
    for (const [name, bytes, message] of cases) {
      const result = await importRecap(name, bytes, knownItems);
      expect(result.recap, name).toBeUndefined();
      expect(result.problems, name).toEqual([
        expect.objectContaining({ file: name, message: expect.stringMatching(message) }),
      ]);
    }
    const latin1 = await importRecap('latin1.txt', cases[2]?.[1] ?? new Uint8Array(), knownItems);
    expect(latin1.problems[0]?.line).toBe(2);
  });

  it('imports the text under broken front matter and says which line of it is wrong', async () => {
    const text =
      '---\nauthor: me\ntitle: One\ntitle: Two\n---\n# Day 1\nShip It Friday: Continuous Delivery Without Fear\n';
    const result = await importRecap('broken.md', encoder.encode(text), knownItems);
    expect(result.problems).toEqual([
      expect.objectContaining({
        file: 'broken.md',
        line: 4,
        message: expect.stringMatching(/front matter is not valid YAML/),
      }),
    ]);
    expect(result.recap?.title).toBe('broken');
    expect(result.recap?.sections[0]?.linkedItemIds).toEqual(['harbour-devdays-2024/ship-it-friday']);
  });

  it('names front matter that is never closed, and a title that is not text', async () => {
    const open = await importRecap('open.md', encoder.encode('---\ntitle: x\n# Day 1\ntext\n'), knownItems);
    expect(open.problems).toEqual([
      expect.objectContaining({ line: 1, message: expect.stringMatching(/never closed/) }),
    ]);
    expect(open.recap?.sections.map((s) => s.heading)).toEqual(['Day 1']);
    const odd = await importRecap('odd.md', encoder.encode('---\nauthor: me\ntitle: [1, 2]\n---\n# A\n'), knownItems);
    expect(odd.problems).toEqual([expect.objectContaining({ field: 'title', line: 3 })]);
    expect(odd.recap?.title).toBe('odd');
  });

  it('makes one section of a file without headings, and says so', async () => {
    const result = await importRecap(
      'notes.md',
      encoder.encode('\nI saw Ship It Friday: Continuous Delivery Without Fear. Great.\n'),
      knownItems,
    );
    expect(result.problems).toEqual([
      expect.objectContaining({ file: 'notes.md', line: 2, message: expect.stringMatching(/no headings/) }),
    ]);
    expect(result.recap?.intro).toBe('');
    expect(result.recap?.sections).toEqual([
      expect.objectContaining({ heading: 'notes', line: 2, linkedItemIds: ['harbour-devdays-2024/ship-it-friday'] }),
    ]);
  });

  it('reads the format from the file name', () => {
    expect(recapFormatOf('Recap.MD')).toBe('markdown');
    expect(recapFormatOf('recap.markdown')).toBe('markdown');
    expect(recapFormatOf('recap.txt')).toBe('text');
    expect(recapFormatOf('recap')).toBe('text');
  });
});
