import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  checkPaths,
  exitCodeFor,
  formatProblem,
  formatReports,
  itemSummary,
} from '../../../scripts/content-check-report';
import { knownItem } from '../electron/common/recap-import/known-items';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'debrief-content-check-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const conferenceFile = `---
id: demo-conf
name: Demo Conf
location: Lisbon, Portugal
startDate: 2024-03-01
endDate: 2024-03-02
timezone: Europe/Lisbon
days:
  - { number: 1, date: 2024-03-01, label: Day 1 }
  - { number: 2, date: 2024-03-02, label: Day 2 }
---
## Overview
A demo.
`;
const item = (id: string, kind: string, title: string, day?: number) =>
  `---\nid: ${id}\nkind: ${kind}\ntitle: "${title}"\n${day === undefined ? '' : `day: ${day}\n`}---\nBody.\n`;

async function contentFolder(files: Record<string, string>): Promise<string> {
  const root = join(dir, 'content');
  for (const [path, text] of Object.entries({ 'demo-conf/conference.md': conferenceFile, ...files })) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return root;
}

const goodItems = {
  'demo-conf/items/tides.md': item('tides', 'talk', 'Reading the Tides: Forecasts for Sailors', 1),
  'demo-conf/items/opening.md': item('opening', 'keynote', 'Opening Keynote', 1),
  'demo-conf/items/harbour-walk.md': item('harbour-walk', 'talk', 'A Harbour Walk Through Legacy Code', 2),
  'demo-conf/items/pocket-db.md': item('pocket-db', 'booth', 'Pocket DB'),
};

describe('content:check on a content folder', () => {
  it('prints a summary by conference, day and kind, and exits 0', async () => {
    const root = await contentFolder(goodItems);
    const reports = await checkPaths([root], root);
    const lines = formatReports(reports);
    expect(lines[0]).toMatch(
      new RegExp(
        `^${root}: ok, 1 conference, 2 days, 4 items \\(2 talks, 1 keynote, 1 booth\\) \\(content hash [0-9a-f]{16}\\)$`,
      ),
    );
    expect(lines.slice(1)).toEqual([
      '  demo-conf: Demo Conf, Lisbon, Portugal, 2024-03-01 to 2024-03-02',
      '    Day 1 (2024-03-01): 2 items (1 talk, 1 keynote)',
      '    Day 2 (2024-03-02): 1 item (1 talk)',
      '    no day: 1 item (1 booth)',
    ]);
    expect(exitCodeFor(reports)).toBe(0);
  });

  it('prints every problem as file:line: field: message, what would still load, and exits 1', async () => {
    const root = await contentFolder({
      ...goodItems,
      'demo-conf/items/odd.md': '---\nid: odd\ntitle: Odd\nkind: workshop\nday: 1\n---\n',
      'demo-conf/items/broken.md': '---\nid: broken\ntitle: [unclosed\n---\n',
    });
    const reports = await checkPaths([root], root);
    const lines = formatReports(reports);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(
      new RegExp(`^${join(root, 'demo-conf/items/broken.md')}:\\d+: the front matter is not valid YAML`),
    );
    expect(lines[1]).toMatch(new RegExp(`^${join(root, 'demo-conf/items/odd.md')}:4: kind: Invalid option`));
    expect(lines[2]).toBe(
      `${root}: 2 problems; what would still load: 1 conference, 2 days, 4 items (2 talks, 1 keynote, 1 booth)`,
    );
    expect(exitCodeFor(reports)).toBe(1);
  });
});

describe('content:check on a recap file', () => {
  it('previews the talks found, their links with confidence and reason, and the conference, exiting 0', async () => {
    const root = await contentFolder(goodItems);
    const recap = join(dir, 'my-recap.md');
    await writeFile(
      recap,
      '# My notes\nA good week.\n\n## Day 1\n### Reading the Tides\nForecasts.\n\n## Day 2\n### A Harbour Walk Through Legacy Code\nFun.\n\n' +
        '## Booths\n### Pocket DB\nNeat.\n### Kelpie\nMeh.\n',
    );
    const reports = await checkPaths([recap], root);
    expect(formatReports(reports)).toEqual([
      `${recap}: recap "My notes", 1 file, 4 talks (3 linked), 0 skipped; ` +
        `matched against 4 known items from ${root} (a preview: nothing was imported)`,
      "  conference: Demo Conf (demo-conf), already in Debrief: 3 of its talks link to Demo Conf's sessions",
      '  my-recap.md:5: talk "Reading the Tides" (day 1, 2024-03-01) -> 0.90 "Reading the Tides: Forecasts for Sailors" ' +
        '(demo-conf/tides): title without its subtitle',
      '  my-recap.md:9: talk "A Harbour Walk Through Legacy Code" (day 2, 2024-03-02) -> 1.00 ' +
        '"A Harbour Walk Through Legacy Code" (demo-conf/harbour-walk): same title',
      '  my-recap.md:13: booth "Pocket DB" -> 0.90 "Pocket DB" (demo-conf/pocket-db): same booth name',
      '  my-recap.md:15: booth "Kelpie": no link',
    ]);
    expect(exitCodeFor(reports)).toBe(0);
  });

  it('matches against the folders given alongside the recap, not the default content', async () => {
    const root = await contentFolder(goodItems);
    const recap = join(dir, 'notes.txt');
    await writeFile(recap, 'Day 2\n\nA Harbour Walk Through Legacy Code\nIt was fun.\n');
    const reports = await checkPaths([root, recap], join(dir, 'nowhere'));
    expect(reports.map((r) => r.kind)).toEqual(['folder', 'recap']);
    expect(formatReports(reports).at(-1)).toBe(
      '  notes.txt:3: talk "A Harbour Walk Through Legacy Code" (day 2, 2024-03-02) -> 1.00 ' +
        '"A Harbour Walk Through Legacy Code" (demo-conf/harbour-walk): same title',
    );
  });

  it('reads a folder of recap files, listing what it skipped with file:line', async () => {
    const root = await contentFolder(goodItems);
    const recaps = join(dir, 'demo-notes');
    await mkdir(join(recaps, 'day-2'), { recursive: true });
    await writeFile(join(recaps, 'day-1.md'), '---\ntitle: [broken\n---\n# Reading the Tides\nGood.\n');
    await writeFile(join(recaps, 'day-2', 'walk.md'), '# A Harbour Walk Through Legacy Code\nFun.\n');
    await writeFile(join(recaps, 'photo.jpg'), 'jpg');
    const reports = await checkPaths([recaps], root);
    const lines = formatReports(reports);
    expect(lines[0]).toBe(
      `${recaps}: recap "demo-notes", 2 files, 2 talks (2 linked), 2 skipped; ` +
        `matched against 4 known items from ${root} (a preview: nothing was imported)`,
    );
    expect(lines).toContain(
      '  day-2/walk.md:1: talk "A Harbour Walk Through Legacy Code" (day 2, 2024-03-02) -> 1.00 ' +
        '"A Harbour Walk Through Legacy Code" (demo-conf/harbour-walk): same title',
    );
    expect(lines).toContain(`${join(recaps, 'photo.jpg')}: not a recap file (.md, .markdown, .txt): skipped`);
    expect(
      lines.some((line) => line.startsWith(`${join(recaps, 'day-1.md')}:2: the front matter is not valid YAML`)),
    ).toBe(true);
    // Broken front matter is a problem to fix: the check fails, though the rest was read.
    expect(exitCodeFor(reports)).toBe(1);
  });

  it('passes a recap without headings, and fails on one it cannot read or a path that does not exist', async () => {
    const root = await contentFolder(goodItems);
    const binary = join(dir, 'photo.md');
    await writeFile(binary, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1]));
    const headless = join(dir, 'headless.txt');
    await writeFile(headless, 'just one line of thoughts\n');
    const missing = join(dir, 'missing.md');
    const reports = await checkPaths([binary, headless, missing], root);
    const lines = formatReports(reports);
    expect(lines).toContain(`${binary}: this is a binary file, not UTF-8 text: skipped`);
    expect(lines).toContain('  headless.txt:1: talk "headless": no link');
    expect(lines).toContain('  note: headless.txt: no headings: the whole text became one talk');
    expect(lines).toContain(`${missing}: does not exist`);
    expect(exitCodeFor(reports.slice(0, 1))).toBe(1);
    expect(exitCodeFor(reports.slice(1, 2))).toBe(0);
    expect(exitCodeFor(reports.slice(2))).toBe(1);
  });
});

const scheduleIcs = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Debrief tests//content check//EN',
  'X-WR-CALNAME:Demo Conf',
  'BEGIN:VEVENT',
  'UID:tides@demo.example',
  'DTSTAMP:20240201T000000Z',
  'DTSTART:20240301T090000Z',
  'DTEND:20240301T093000Z',
  'SUMMARY:Reading the Tides',
  'CATEGORIES:Sea',
  'LOCATION:Room 1',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:walk@demo.example',
  'DTSTAMP:20240201T000000Z',
  'DTSTART:20240302T100000Z',
  'DTEND:20240302T104500Z',
  'SUMMARY:A Harbour Walk Through Legacy Code',
  'CATEGORIES:Code',
  'LOCATION:Room 1',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:lunch@demo.example',
  'DTSTAMP:20240201T000000Z',
  'DTSTART:20240302T120000Z',
  'DTEND:20240302T130000Z',
  'SUMMARY:Lunch',
  'LOCATION:Terrace',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

describe('content:check on a schedule file', () => {
  it('previews days, tracks, rooms and the recap talks it would link, and exits 0', async () => {
    const root = await contentFolder(goodItems);
    const file = join(dir, 'demo.ics');
    await writeFile(file, scheduleIcs);
    const reports = await checkPaths([file], root);
    const lines = formatReports(reports);
    expect(lines[0]).toMatch(
      new RegExp(`^${file}: schedule "Demo Conf", iCalendar.*\\(a preview: nothing was imported\\)$`),
    );
    expect(lines).toContain('  3 sessions over 2 days, 2 tracks, 2 rooms, 0 speakers, 0 skipped');
    expect(lines).toContain('  conference: Demo Conf (demo-conf), already in Debrief');
    expect(lines).toContain('    2024-03-02 (Saturday): 2 sessions');
    expect(lines).toContain('    Room 1: 2 sessions');
    expect(lines).toContain('    no track: 1 session');
    expect(lines).toContain(`  recap talks it would link: 2 (matched against 4 known items from ${root})`);
    expect(lines).toContain(
      '    0.90 "Reading the Tides: Forecasts for Sailors" (demo-conf/tides) -> "Reading the Tides" [tides@demo.example]: ' +
        'title without its subtitle',
    );
    expect(lines).toContain(
      '    1.00 "A Harbour Walk Through Legacy Code" (demo-conf/harbour-walk) -> ' +
        '"A Harbour Walk Through Legacy Code" [walk@demo.example]: same title',
    );
    expect(exitCodeFor(reports)).toBe(0);
  });

  it('knows a schedule by its text whatever the file is called, and a recap by its name', async () => {
    const root = await contentFolder(goodItems);
    const saved = join(dir, 'schedule-export.txt');
    await writeFile(saved, scheduleIcs);
    const notes = join(dir, 'notes.md');
    await writeFile(notes, '# Notes\n\n## Day 1\nReading the Tides: Forecasts for Sailors.\n');
    const reports = await checkPaths([saved, notes], root);
    expect(reports.map((report) => report.kind)).toEqual(['schedule', 'recap']);
  });

  it('fails, saying why, on a file that cannot be read as a schedule', async () => {
    const root = await contentFolder(goodItems);
    const broken = join(dir, 'broken.xml');
    await writeFile(broken, '<schedule>\n  <conference><title>Demo</title>\n  <day date="2024-03-01">\n');
    const wrongShape = join(dir, 'wrong.json');
    await writeFile(wrongShape, '{"talks": []}\n');
    const reports = await checkPaths([broken, wrongShape], root);
    const lines = formatReports(reports);
    expect(lines).toContain(`${broken}: cannot be read as a schedule`);
    expect(lines).toContain(`${wrongShape}: cannot be read as a schedule`);
    expect(lines.filter((line) => line.startsWith(`${broken}:`)).length).toBeGreaterThan(1);
    expect(exitCodeFor(reports.slice(0, 1))).toBe(1);
    expect(exitCodeFor(reports.slice(1))).toBe(1);
  });
});

describe('formatting', () => {
  it('writes a problem as file:line: field: message, naming the field once', () => {
    expect(
      formatProblem({ file: 'c/items/a.md', line: 4, field: 'kind', message: 'kind Invalid option' }, 'content'),
    ).toBe('content/c/items/a.md:4: kind: Invalid option');
    expect(formatProblem({ file: 'c/items/a.md', field: 'id', message: 'the id "a" is already used by x' })).toBe(
      'c/items/a.md: id: the id "a" is already used by x',
    );
    expect(formatProblem({ file: 'content', message: 'the content folder could not be read' }, 'content')).toBe(
      'content: the content folder could not be read',
    );
    expect(formatProblem({ file: '/abs/x.md', line: 1, message: 'the file is empty' }, 'content')).toBe(
      '/abs/x.md:1: the file is empty',
    );
  });

  it('summarises items by kind in the format’s order, singular and plural', () => {
    const items = [
      knownItem('c', 'b1', 'booth', 'B1'),
      knownItem('c', 'l', 'lightning-talks', 'L', 1),
      knownItem('c', 't1', 'talk', 'T1', 1),
      knownItem('c', 't2', 'talk', 'T2', 1),
    ];
    expect(itemSummary(items)).toBe('4 items (2 talks, 1 lightning-talk block, 1 booth)');
    expect(itemSummary([])).toBe('0 items');
  });
});

describe('the content:check command', () => {
  it('prints the report and exits with its code', async () => {
    const root = await contentFolder({ 'demo-conf/items/empty.md': '' });
    const run = promisify(execFile);
    const failure = await run(process.execPath, ['--import', 'tsx', 'scripts/content-check.ts', root]).catch(
      (error: { code: number; stdout: string }) => error,
    );
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stdout: string }).stdout).toContain(
      `${join(root, 'demo-conf/items/empty.md')}:1: the file is empty`,
    );
    const usage = await run(process.execPath, ['--import', 'tsx', 'scripts/content-check.ts', '--nope']).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(usage).toMatchObject({ code: 2 });
    const schedule = join(dir, 'demo.ics');
    await writeFile(schedule, scheduleIcs);
    const preview = await run(process.execPath, ['--import', 'tsx', 'scripts/content-check.ts', root, schedule]).catch(
      (error: { code: number; stdout: string }) => error,
    );
    // The folder's empty file fails the run; the schedule is still previewed against that folder.
    expect(preview).toMatchObject({ code: 1 });
    expect((preview as { stdout: string }).stdout).toContain(`${schedule}: schedule "Demo Conf"`);
  }, 30_000);
});
