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
});
