import { describe, expect, it } from 'vitest';
import { readRecapFiles } from '../../../../../electron/common/recap-import/read-recap-files';
import type { RecapFileInput } from '../../../../../electron/common/recap-import/recap-reading';

const bytes = (text: string) => new TextEncoder().encode(text);
const file = (path: string, text: string): RecapFileInput => ({ path, bytes: bytes(text) });
const nothing = { conferences: [], items: [] };

const conferenceRecap = `# Harbour DevDays 2024

A week by the sea.

## Day 1 — Thu, May 16

The venue was a boat shed.

### Opening Keynotes
Speakers: Ana Ruiz (Tidewater), Bo Li

Big ideas.

### Ship It Friday
*by Cara Nunes*
[schedule](https://harbour.example/talks/ship-it-friday/)

Deploys on Fridays.

#### Takeaways
- feature flags

## Day 2

### Lightning talks
Five of them.

### Panel: Who Owns the Pager?
Lively.

### Booths
- Pocket DB: neat

## Overall impressions
Worth it.
`;

describe('readRecapFiles: one file split by its headings', () => {
  const reading = readRecapFiles([file('harbour.md', conferenceRecap)], nothing);

  it('makes a talk of every talk-like heading, with its text and sub-headings, and nothing of containers', () => {
    expect(reading.talks.map((talk) => [talk.title, talk.kind, talk.day, talk.line])).toEqual([
      ['Opening Keynotes', 'keynote', 1, 9],
      ['Ship It Friday', 'talk', 1, 14],
      ['Lightning talks', 'lightning-talks', 2, 25],
      ['Panel: Who Owns the Pager?', 'panel', 2, 28],
      ['Booths', 'booth', 2, 31],
    ]);
    expect(reading.talks[1]?.body).toContain('#### Takeaways\n- feature flags');
    expect(reading.talks[1]?.body).not.toContain('Lightning');
  });

  it('gives containers’ prose to the intro, and names the recap by its lone top heading', () => {
    expect(reading.title).toBe('Harbour DevDays 2024');
    expect(reading.key).toBe('harbour');
    expect(reading.intro).toContain('A week by the sea.');
    expect(reading.intro).toContain('The venue was a boat shed.');
    expect(reading.intro).toContain('Worth it.');
    expect(reading.notes).toEqual([]);
    expect(reading.skipped).toEqual([]);
  });

  it('reads speakers, links and dates from the lines under a heading and the day heading', () => {
    const [keynotes, shipIt] = reading.talks;
    expect(keynotes?.speakers).toEqual([{ name: 'Ana Ruiz', org: 'Tidewater' }, { name: 'Bo Li' }]);
    expect(keynotes?.date).toBe('2024-05-16');
    expect(shipIt?.speakers).toEqual([{ name: 'Cara Nunes' }]);
    expect(shipIt?.url).toBe('https://harbour.example/talks/ship-it-friday/');
    expect(reading.conference.proposed).toEqual({
      name: 'Harbour DevDays 2024',
      startDate: '2024-05-16',
      endDate: '2024-05-16',
    });
  });

  it('gives ids of key, file and heading that survive edits to the text', () => {
    expect(reading.talks.map((talk) => talk.layerId)).toContain('harbour/harbour/ship-it-friday');
    const edited = conferenceRecap
      .replace('Deploys on Fridays.', 'Deploys on Fridays, rewritten entirely.\n\nAnd more.')
      .replace('## Day 2\n', '## Day 2\n\n### A New Talk\nAdded later.\n');
    const again = readRecapFiles([file('harbour.md', edited)], nothing);
    const ids = new Map(again.talks.map((talk) => [talk.title, talk.layerId]));
    for (const talk of reading.talks) expect(ids.get(talk.title)).toBe(talk.layerId);
    expect(again.talks).toHaveLength(reading.talks.length + 1);
  });

  it('numbers a repeated heading in one file, and warns of a duplicate title on the same day', () => {
    const text = '## Day 1\n### Keynotes\nA.\n### Keynotes\nB.\n## Day 2\n### Keynotes\nC.\n';
    const read = readRecapFiles([file('notes.md', text)], nothing);
    expect(read.talks.map((talk) => talk.layerId)).toEqual([
      'notes/notes/keynotes',
      'notes/notes/keynotes-2',
      'notes/notes/keynotes-3',
    ]);
    expect(read.skipped).toEqual([
      { file: 'notes.md', line: 4, message: 'duplicate title “Keynotes” also at notes.md:2; both were kept' },
    ]);
  });
});

describe('readRecapFiles: a file that is one talk', () => {
  it('makes a prose-only recap one talk titled by its file, with a note, not an error', () => {
    const read = readRecapFiles([file('scaling-prometheus.txt', 'I liked it a lot.\nGreat demo.\n')], nothing);
    expect(read.talks).toMatchObject([{ title: 'scaling-prometheus', body: 'I liked it a lot.\nGreat demo.' }]);
    expect(read.notes).toEqual(['scaling-prometheus.txt: no headings: the whole text became one talk']);
    expect(read.skipped).toEqual([]);
  });

  it('takes front matter: title, date, speakers in every form, tags, url, aliases, conference', () => {
    const text = [
      '---',
      'title: "Scaling Prometheus: Lessons Learned"',
      'date: 2022-05-19',
      'speakers:',
      '  - Jane Doe (Acme)',
      '  - John Roe, Initech',
      '  - { name: Kim Lee, org: Globex }',
      'tags: "#observability, metrics"',
      'link: https://example.org/s/1',
      'aliases: [Prometheus at scale]',
      'conference: KubeCon EU 2022',
      '---',
      '## Takeaways',
      '- shard early',
      '',
    ].join('\n');
    const read = readRecapFiles([file('talks/prom.md', text)], nothing, { folder: '/home/me/kubecon' });
    expect(read.key).toBe('kubecon');
    expect(read.talks).toHaveLength(1);
    expect(read.talks[0]).toMatchObject({
      layerId: 'kubecon/talks-prom/scaling-prometheus-lessons-learned',
      title: 'Scaling Prometheus: Lessons Learned',
      date: '2022-05-19',
      speakers: [
        { name: 'Jane Doe', org: 'Acme' },
        { name: 'John Roe', org: 'Initech' },
        { name: 'Kim Lee', org: 'Globex' },
      ],
      tags: ['observability', 'metrics'],
      url: 'https://example.org/s/1',
      aliases: ['Prometheus at scale'],
    });
    expect(read.talks[0]?.body).toBe('## Takeaways\n- shard early');
    expect(read.conference.proposed.name).toBe('KubeCon EU 2022');
  });

  it('reports broken front matter with its line and still reads the rest', () => {
    const text = '---\ntitle: [unclosed\n---\n# Talk A\nGood.\n';
    const read = readRecapFiles([file('a.md', text)], nothing);
    expect(read.skipped).toHaveLength(1);
    expect(read.skipped[0]).toMatchObject({ file: 'a.md', line: expect.any(Number) });
    expect(read.skipped[0]?.message).toMatch(/front matter is not valid YAML.*the rest of the file was read/);
    expect(read.talks.map((talk) => talk.title)).toEqual(['Talk A']);
  });

  it('makes each day section a talk when the only headings are days', () => {
    const read = readRecapFiles([file('trip.md', '## Day 1\nRainy.\n\n## Day 2\nSunny.\n')], nothing);
    expect(read.talks.map((talk) => [talk.title, talk.day, talk.body])).toEqual([
      ['Day 1', 1, 'Rainy.'],
      ['Day 2', 2, 'Sunny.'],
    ]);
  });

  it('reads plain-text headings of a .txt recap', () => {
    const text = 'My DevDays\n\nDay 1\n\nShip It Friday\nGood talk about deploys.\n\nRust in the Rain\nWet but fun.\n';
    const read = readRecapFiles([file('devdays.txt', text)], nothing);
    expect(read.talks.map((talk) => [talk.title, talk.day])).toEqual([
      ['Ship It Friday', 1],
      ['Rust in the Rain', 1],
    ]);
  });

  it('knows kinds by their words and groups by their headings', () => {
    const text =
      '## Keynotes\n### Opening\nA.\n### Closing\nB.\n## Expo hall\n### Pocket DB\nNeat.\n## Sponsor booth: Tidewater\nFine.\n';
    const read = readRecapFiles([file('k.md', text)], nothing);
    expect(read.talks.map((talk) => [talk.title, talk.kind])).toEqual([
      ['Opening', 'keynote'],
      ['Closing', 'keynote'],
      ['Pocket DB', 'booth'],
      ['Sponsor booth: Tidewater', 'booth'],
    ]);
  });
});

describe('readRecapFiles: folders and bad input', () => {
  it('reads a folder, skipping other files and unreadable ones with why', () => {
    const read = readRecapFiles(
      [
        file('day-1.md', '# Ship It Friday\nGood.\n'),
        file('photo.png', 'png'),
        { path: 'binary.md', bytes: new Uint8Array([0x89, 0x50, 0, 1]) },
        { path: 'latin1.txt', bytes: new Uint8Array([0x6f, 0x6b, 0x0a, 0xe9, 0x0a]) },
        file('empty.md', '  \n'),
        file('big.md', 'x'.repeat(200)),
      ],
      nothing,
      { folder: 'DevDays 2024', maxFileBytes: 100 },
    );
    expect(read.key).toBe('devdays-2024');
    expect(read.title).toBe('DevDays 2024');
    expect(read.files).toEqual(['day-1.md', 'binary.md', 'latin1.txt', 'empty.md', 'big.md']);
    expect(read.talks.map((talk) => [talk.title, talk.day, talk.layerId])).toEqual([
      ['Ship It Friday', 1, 'devdays-2024/day-1/ship-it-friday'],
    ]);
    expect(read.skipped).toEqual([
      { file: 'photo.png', message: 'not a recap file (.md, .markdown, .txt): skipped' },
      { file: 'binary.md', message: 'this is a binary file, not UTF-8 text: skipped' },
      { file: 'latin1.txt', line: 2, message: 'the file is not valid UTF-8 text: skipped' },
      { file: 'empty.md', line: 1, message: 'the file is empty: skipped' },
      { file: 'big.md', message: 'the file is 0.0 MB; the limit is 0.0 MB: skipped' },
    ]);
  });

  it('never throws, whatever it is given', () => {
    expect(readRecapFiles([], nothing).talks).toEqual([]);
    const odd = ['---\n', '---\n---\n', '#\n', '---\n- a\n---\ntext', '---\n*a\n---\n', '\u0000'];
    for (const text of odd) expect(() => readRecapFiles([file('x.md', text)], nothing)).not.toThrow();
  });

  it('keys several files by the first file’s name', () => {
    const read = readRecapFiles([file('b.md', '# B talk\nx\n'), file('a.md', '# A talk\ny\n')], nothing);
    expect(read.key).toBe('b');
    expect(read.talks.map((talk) => talk.layerId)).toEqual(['b/b/b-talk', 'b/a/a-talk']);
  });
});

describe('readRecapFiles: a talk file with its title as a heading', () => {
  it('does not repeat the title heading in the body, and points at the line of a heading title', () => {
    const withFrontMatter = readRecapFiles(
      [file('t.md', '---\ntitle: Scaling Prometheus\nspeakers: [Jane Doe]\n---\n# Scaling Prometheus\nShard early.\n')],
      nothing,
    );
    expect(withFrontMatter.talks).toMatchObject([{ title: 'Scaling Prometheus', line: 1, body: 'Shard early.' }]);
    const headed = readRecapFiles([file('t.md', '\n# Scaling Prometheus\n## Takeaways\n- shard\n')], nothing);
    expect(headed.talks).toMatchObject([{ title: 'Scaling Prometheus', line: 2, body: '## Takeaways\n- shard' }]);
  });
});

describe('readRecapFiles: a talk’s own notes with sections', () => {
  it('keeps a file whose top heading has a speakers line as one talk, its sections in its text', () => {
    const text = '# Scaling Prometheus\nSpeaker: Jane Doe\n\n## How it works\nShards.\n\n## Results\nFast.\n';
    const read = readRecapFiles([file('prom.md', text)], nothing);
    expect(read.talks).toMatchObject([
      {
        title: 'Scaling Prometheus',
        line: 1,
        speakers: [{ name: 'Jane Doe' }],
        layerId: 'prom/prom/scaling-prometheus',
      },
    ]);
    expect(read.talks[0]?.body).toContain('## Results\nFast.');
  });
});

describe('readRecapFiles: the conference a new recap proposes', () => {
  it('is not named after the talk when the file is one talk', () => {
    const text = '---\ntitle: Scaling Prometheus\nspeakers: [Jane Doe]\n---\nNotes.\n';
    const read = readRecapFiles([file('devopsdays-porto.md', text)], nothing);
    expect(read.conference.proposed.name).toBe('devopsdays porto');
    expect(read.title).toBe('Scaling Prometheus');
  });
});

describe('who wrote it', () => {
  it('names a one-talk file by its author, and carries the author', () => {
    const reading = readRecapFiles(
      [
        file(
          'bob.md',
          '---\ntitle: Ship It Friday\nauthor: Bob\nurl: https://harbour.example/talks/ship-it-friday\n---\nDeploys on Fridays.\n',
        ),
      ],
      nothing,
    );
    expect(reading.author).toBe('Bob');
    expect(reading.title).toBe('Bob’s notes');
    expect(reading.talks.map((talk) => talk.title)).toEqual(['Ship It Friday']);
  });

  it('keeps a folder’s name when its files have an author', () => {
    const reading = readRecapFiles(
      [file('notes/a.md', '---\ntitle: A talk\nauthor: Ana\n---\nText.\n'), file('notes/b.md', '# B talk\n\nMore.\n')],
      nothing,
      { folder: 'notes' },
    );
    expect(reading.author).toBe('Ana');
    expect(reading.title).toBe('notes');
  });
});
