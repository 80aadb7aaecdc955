// The versions readTeamFolder answers with: what is newer than the renderer's, what was removed,
// and when it must start over instead.
import { describe, expect, it } from 'vitest';
import { FolderCache, maxTombstones } from '../../../../../electron/main/team-folder/folder-cache';
import type { FolderScan, ScannedFile } from '../../../../../electron/main/team-folder/folder-scan';

let ino = 0;
function segment(text: string): ScannedFile {
  return { kind: 'segment', fingerprint: { size: text.length, mtimeMs: 1, ctimeMs: 1, ino: ++ino }, content: { text } };
}

function scan(files: Record<string, ScannedFile>, unlisted: string[] = []): FolderScan {
  return { reachable: true, files: new Map(Object.entries(files)), unlisted, problems: [] };
}

describe('the folder cache', () => {
  it('sends what changed since a version, and what was removed', () => {
    const cache = new FolderCache();
    cache.clear();
    const one = segment('1');
    expect(cache.record(scan({ 'bob/1.jsonl': one, 'bob/2.jsonl': segment('2') }))).toBe(true);
    const v1 = cache.version;
    expect(cache.changesSince(0)).toMatchObject({
      reset: true,
      files: [{ name: 'bob/1.jsonl' }, { name: 'bob/2.jsonl' }],
    });
    // Unchanged (same fingerprint, not read again) and touched (read again, same text) are no change.
    expect(cache.record(scan({ 'bob/1.jsonl': { ...one, content: undefined }, 'bob/2.jsonl': segment('2') }))).toBe(
      false,
    );
    expect(cache.version).toBe(v1);
    expect(cache.record(scan({ 'bob/2.jsonl': segment('2+') }))).toBe(true);
    expect(cache.changesSince(v1)).toEqual({
      version: v1 + 1,
      reset: false,
      files: [{ name: 'bob/2.jsonl', text: '2+' }],
      removed: ['bob/1.jsonl'],
      more: false,
    });
    expect(cache.changesSince(v1 + 1)).toMatchObject({ files: [], removed: [] });
  });

  it('keeps what it knew of a folder that could not be listed, and of a folder that cannot be reached', () => {
    const cache = new FolderCache();
    cache.clear();
    cache.record(scan({ 'bob/1.jsonl': segment('1') }));
    const version = cache.version;
    expect(cache.record(scan({}, ['bob']))).toBe(false);
    expect(cache.record({ reachable: false, problem: 'gone' })).toBe(false);
    expect(cache.changesSince(0).files).toHaveLength(1);
    expect(cache.version).toBe(version);
  });

  it('starts over a renderer from before a clear, from the future, or behind its forgotten removals', () => {
    const cache = new FolderCache();
    cache.clear();
    cache.record(scan({ 'bob/1.jsonl': segment('1') }));
    const before = cache.version;
    cache.clear();
    expect(cache.changesSince(before).reset).toBe(true);
    expect(cache.changesSince(cache.version + 5).reset).toBe(true);
    const files: Record<string, ScannedFile> = {};
    for (let n = 1; n <= maxTombstones + 1; n++) files[`bob/${n}.jsonl`] = segment(String(n));
    cache.record(scan(files));
    const full = cache.version;
    // All removed at once: one more than is remembered, so the oldest removal is forgotten.
    cache.record(scan({}));
    expect(cache.changesSince(full).reset).toBe(true);
    expect(cache.changesSince(full + 1)).toMatchObject({ reset: false, removed: [] });
  });

  it('answers a big folder in pages of about pageLength characters, each continuing after the last', () => {
    const cache = new FolderCache();
    cache.clear();
    const text = (n: number) => `${String(n).padStart(3, '0')}`.repeat(100); // 300 characters
    const files: Record<string, ScannedFile> = {};
    for (let n = 1; n <= 7; n++) files[`bob/${n}.jsonl`] = segment(text(n));
    files['alice/1.jsonl'] = segment(text(0));
    cache.record(scan(files));
    cache.record(scan({ ...files, 'bob/7.jsonl': segment('gone soon') }));
    const version = cache.version;

    // From scratch: every segment, in name order, 1,000 characters a page (a segment longer than a page still goes, alone).
    const pages = [];
    let page = cache.changesSince(0, undefined, 1_000);
    pages.push(page);
    while (page.more) {
      page = cache.changesSince(0, page.files.at(-1)!.name, 1_000);
      pages.push(page);
    }
    expect(pages.map((p) => p.files.map((file) => file.name))).toEqual([
      ['alice/1.jsonl', 'bob/1.jsonl', 'bob/2.jsonl'],
      ['bob/3.jsonl', 'bob/4.jsonl', 'bob/5.jsonl'],
      ['bob/6.jsonl', 'bob/7.jsonl'],
    ]);
    // Only the first page starts over; every page says the version it was read at.
    expect(pages.map((p) => [p.reset, p.more, p.version])).toEqual([
      [true, true, version],
      [false, true, version],
      [false, false, version],
    ]);
    expect(cache.changesSince(0, undefined, 10).files).toHaveLength(1);

    // Since a version: only what changed, paged the same way; removals come with the first page only.
    const { 'bob/7.jsonl': _removed, ...kept } = files;
    cache.record(scan({ ...kept, 'bob/2.jsonl': segment(text(22)), 'bob/5.jsonl': segment(text(55)) }));
    const first = cache.changesSince(version, undefined, 300);
    expect(first).toMatchObject({ reset: false, more: true, removed: ['bob/7.jsonl'] });
    expect(first.files.map((file) => file.name)).toEqual(['bob/2.jsonl']);
    const next = cache.changesSince(version, 'bob/2.jsonl', 300);
    expect(next).toMatchObject({ reset: false, more: false, removed: [] });
    expect(next.files.map((file) => file.name)).toEqual(['bob/5.jsonl']);
  });
});
