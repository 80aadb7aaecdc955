import { describe, expect, it } from 'vitest';
import { parseContent, type ContentFile } from '../../../../../electron/common/content/parse-content';

const encoder = new TextEncoder();
const file = (path: string, text: string): ContentFile => ({ path, bytes: encoder.encode(text) });

const conference = file(
  'demo-conf/conference.md',
  `---
id: demo-conf
name: Demo Conf
location: Nowhere
startDate: 2024-01-01
endDate: 2024-01-02
timezone: Europe/Paris
days:
  - { number: 1, date: 2024-01-01, label: Day 1 }
  - { number: 2, date: 2024-01-02, label: Day 2 }
---
## Overview
A demo.
`,
);

const talk = (id: string, extra = '') =>
  file(
    `demo-conf/items/${id}.md`,
    `---
id: ${id}
kind: talk
title: "Talk ${id}: the sequel"
day: 1
speakers:
  - name: Ada
    org: Example
${extra}---
Body of ${id}.
`,
  );

describe('parseContent', () => {
  it('reads a conference and its items', () => {
    const parsed = parseContent([conference, talk('alpha'), talk('beta', 'tags: [x, y]\n')]);
    expect(parsed.problems).toEqual([]);
    expect(parsed.conferences.map((c) => c.name)).toEqual(['Demo Conf']);
    expect(parsed.conferences[0]?.body).toContain('A demo.');
    const beta = parsed.items.find((i) => i.slug === 'beta');
    expect(beta).toMatchObject({
      id: 'demo-conf/beta',
      conferenceId: 'demo-conf',
      title: 'Talk beta: the sequel',
      day: 1,
      date: '2024-01-01',
      speakers: [{ name: 'Ada', org: 'Example' }],
      tags: ['x', 'y'],
      body: 'Body of beta.',
    });
  });

  it('reports broken YAML with its line, and keeps the other items', () => {
    const broken = file('demo-conf/items/broken.md', '---\nid: broken\nkind: talk\ntitle: [unclosed\nday: 1\n---\nx\n');
    const parsed = parseContent([conference, talk('alpha'), broken]);
    expect(parsed.items.map((i) => i.slug)).toEqual(['alpha']);
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]).toMatchObject({ file: 'demo-conf/items/broken.md' });
    expect(parsed.problems[0]?.message).toMatch(/not valid YAML/);
    expect(parsed.problems[0]?.line).toBeGreaterThanOrEqual(4);
  });

  it('names the missing field', () => {
    const untitled = file('demo-conf/items/untitled.md', '---\nid: untitled\nkind: talk\nday: 1\n---\n');
    const parsed = parseContent([conference, untitled, talk('alpha')]);
    expect(parsed.items).toHaveLength(1);
    expect(parsed.problems).toEqual([
      expect.objectContaining({ file: 'demo-conf/items/untitled.md', field: 'title', line: 1 }),
    ]);
  });

  it('names an unknown kind with its line', () => {
    const odd = file('demo-conf/items/odd.md', '---\nid: odd\ntitle: Odd\nkind: workshop\nday: 1\n---\n');
    const [problem] = parseContent([conference, odd]).problems;
    expect(problem).toMatchObject({ file: 'demo-conf/items/odd.md', field: 'kind', line: 4 });
    expect(problem?.message).toMatch(/kind/);
  });

  it('refuses an item whose id is used twice, keeping the first', () => {
    const again = file('demo-conf/items/alpha.md', '---\nid: alpha\nkind: talk\ntitle: Again\nday: 1\n---\n');
    const parsed = parseContent([conference, talk('alpha'), { ...again, path: 'demo-conf/items/alpha.md' }]);
    expect(parsed.items).toHaveLength(1);
    expect(parsed.problems[0]).toMatchObject({ field: 'id' });
    expect(parsed.problems[0]?.message).toMatch(/already used/);
  });

  it('refuses an id that differs from the file name', () => {
    const parsed = parseContent([conference, file('demo-conf/items/one.md', '---\nid: two\nkind: talk\ntitle: T\nday: 1\n---\n')]);
    expect(parsed.problems[0]).toMatchObject({ file: 'demo-conf/items/one.md', field: 'id', line: 2 });
  });

  it('refuses a day the conference does not have', () => {
    const parsed = parseContent([conference, file('demo-conf/items/late.md', '---\nid: late\nkind: talk\ntitle: Late\nday: 9\n---\n')]);
    expect(parsed.problems[0]).toMatchObject({ field: 'day', line: 5 });
    expect(parsed.problems[0]?.message).toMatch(/day 9 is not one of the conference's days \(1, 2\)/);
  });

  it('reports an empty file, a binary file and invalid UTF-8, each by name', () => {
    const parsed = parseContent([
      conference,
      file('demo-conf/items/empty.md', ''),
      { path: 'demo-conf/items/binary.md', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]) },
      { path: 'demo-conf/items/latin1.md', bytes: new Uint8Array([...encoder.encode('---\nid: x\n'), 0xe9, 0x0a]) },
      talk('alpha'),
    ]);
    expect(parsed.items.map((i) => i.slug)).toEqual(['alpha']);
    const byFile = Object.fromEntries(parsed.problems.map((p) => [p.file, p]));
    expect(byFile['demo-conf/items/empty.md']?.message).toMatch(/empty/);
    expect(byFile['demo-conf/items/binary.md']?.message).toMatch(/binary/);
    expect(byFile['demo-conf/items/latin1.md']).toMatchObject({ line: 3, message: 'the file is not valid UTF-8 text' });
  });

  it('refuses a file over the size limit without parsing it', () => {
    const huge = { path: 'demo-conf/items/huge.md', bytes: new Uint8Array(50 * 1024 * 1024).fill(0x61) };
    const parsed = parseContent([conference, huge, talk('alpha')]);
    expect(parsed.items).toHaveLength(1);
    expect(parsed.problems[0]?.message).toMatch(/50\.0 MB; the limit is 2\.0 MB/);
  });

  it('reports a file without front matter or with unclosed front matter', () => {
    const parsed = parseContent([
      conference,
      file('demo-conf/items/plain.md', '# Just markdown\n'),
      file('demo-conf/items/open.md', '---\nid: open\n'),
    ]);
    expect(parsed.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/never closed/),
      expect.stringMatching(/must start with front matter/),
    ]);
  });

  it('does not load items of a conference whose file is broken, and says why', () => {
    const brokenConference = file('demo-conf/conference.md', '---\nid: demo-conf\nname: X\n---\n');
    const parsed = parseContent([brokenConference, talk('alpha')]);
    expect(parsed.conferences).toEqual([]);
    expect(parsed.items).toEqual([]);
    expect(parsed.problems.some((p) => p.field === 'location')).toBe(true);
    expect(parsed.problems.some((p) => /items in demo-conf\/items\/ were not loaded/.test(p.message))).toBe(true);
  });

  it('reports a nested field by its path and line', () => {
    const badDate = file(
      'demo-conf/conference.md',
      new TextDecoder().decode(conference.bytes).replace('{ number: 2, date: 2024-01-02', '{ number: 2, date: 2024-13-45'),
    );
    const [problem] = parseContent([badDate]).problems;
    expect(problem).toMatchObject({ field: 'days.1.date', line: 10 });
  });
});

describe('item rules', () => {
  it('requires a day for everything but booths, and tags written as slugs', () => {
    const parsed = parseContent([
      conference,
      file('demo-conf/items/dayless.md', '---\nid: dayless\nkind: keynote\ntitle: K\n---\n'),
      file('demo-conf/items/shouty.md', '---\nid: shouty\nkind: talk\ntitle: S\nday: 1\ntags: [Big Tag]\n---\n'),
      file('demo-conf/items/stand.md', '---\nid: stand\nkind: booth\ntitle: Stand\n---\n'),
    ]);
    expect(parsed.items.map((i) => i.slug)).toEqual(['stand']);
    expect(parsed.problems).toEqual([
      expect.objectContaining({ file: 'demo-conf/items/dayless.md', field: 'day', message: 'day is required for everything but booths' }),
      expect.objectContaining({ file: 'demo-conf/items/shouty.md', field: 'tags.0', line: 6 }),
    ]);
  });
});
