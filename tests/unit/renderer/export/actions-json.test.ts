// The JSON export and its import: a lossless round trip, every refusal with a message that says
// what and where, and the merge preview (by id, newer updatedAt wins).
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ActionItem } from '../../../../electron/common/user-records';
import {
  actionsFormatName,
  exportActionsAsJson,
  maxActionsJsonLength,
  parseActionsJson,
} from '../../../../renderer/src/lib/export/actions-json';
import { previewActionsImport } from '../../../../renderer/src/lib/export/import-preview';
import { booth, context, hostileActions, keynote, removedTalk } from '../../../fixtures/export/hostile-actions';

const json = exportActionsAsJson(hostileActions, context);
const originals = hostileActions.map(({ action }) => action);

/** The export, changed by `edit` and written back as text. */
function edited(edit: (file: Record<string, unknown> & { actions: Record<string, unknown>[] }) => void): string {
  const file = JSON.parse(json) as Record<string, unknown> & { actions: Record<string, unknown>[] };
  edit(file);
  return JSON.stringify(file);
}

function errorOf(text: string): string {
  const reading = parseActionsJson(text);
  if (reading.ok) throw new Error('expected the file to be refused');
  return reading.error;
}

afterEach(() => vi.restoreAllMocks());

describe('exportActionsAsJson', () => {
  it('says what it is, which version, when and by which Debrief it was made', () => {
    const file = JSON.parse(json) as Record<string, unknown>;
    expect(file).toMatchObject({
      format: actionsFormatName,
      version: 1,
      exportedAt: '2024-05-24T16:45:30.123Z',
      appVersion: '0.1.0',
    });
  });

  it('lists each talk once, with what an export shows of it', () => {
    const file = JSON.parse(json) as { items: unknown[] };
    expect(file.items).toEqual([keynote, booth, removedTalk]);
  });

  it('round-trips every field of every action, hostile text and the 100 KB note included', () => {
    const reading = parseActionsJson(json);
    expect(reading).toMatchObject({ ok: true });
    if (!reading.ok) return;
    expect(reading.actions).toEqual(originals);
    expect(reading.items).toEqual([keynote, booth, removedTalk]);
    // Absent optional fields stay absent, not undefined or null.
    expect(Object.keys(reading.actions[5]!).sort()).toEqual(Object.keys(originals[5]!).sort());
  });

  it('reads a file saved with a byte order mark', () => {
    expect(parseActionsJson(`\uFEFF${json}`).ok).toBe(true);
  });
});

describe('parseActionsJson refuses, saying why', () => {
  it('text that is not JSON', () => {
    expect(errorOf('format: debrief-actions')).toMatch(/^the file is not JSON: /);
    expect(errorOf(json.slice(0, 200))).toMatch(/^the file is not JSON: /);
  });

  it('an empty file, and JSON that is not an object', () => {
    expect(errorOf('  \n')).toBe('the file is empty');
    expect(errorOf('[1, 2]')).toBe('this is not a Debrief action export: it holds a list, not an object');
  });

  it('another format, or none', () => {
    expect(errorOf(edited((file) => (file.format = 'todoist')))).toBe(
      'this is not a Debrief action export: "format" is "todoist", not "debrief-actions"',
    );
    expect(errorOf('{"actions": []}')).toBe(
      'this is not a Debrief action export: "format" is missing, not "debrief-actions"',
    );
    expect(errorOf(edited((file) => (file.format = 'debrief-backup')))).toMatch(/is a Debrief backup.*Backups/);
  });

  it('a file from a newer Debrief', () => {
    expect(errorOf(edited((file) => (file.version = 2)))).toBe(
      'this file was made by a newer Debrief (action export version 2; this one reads up to 1): update Debrief to import it',
    );
    expect(errorOf(edited((file) => (file.version = '1')))).toBe('version: must be a whole number from 1, found "1"');
    expect(errorOf(edited((file) => delete file.version))).toBe('version: is missing');
  });

  it('a missing field, naming the action', () => {
    expect(errorOf(edited((file) => delete file.actions[2]!.status))).toBe('actions[2].status: is missing');
    expect(errorOf(edited((file) => delete file.actions[0]!.updatedAt))).toBe('actions[0].updatedAt: is missing');
    expect(errorOf(edited((file) => delete file.items))).toBe('items: is missing');
  });

  it('a wrong type at actions[3], naming the index and the field', () => {
    expect(errorOf(edited((file) => (file.actions[3]!.tags = 'ops')))).toMatch(/^actions\[3\]\.tags: .*array/i);
    expect(errorOf(edited((file) => (file.actions[3]!.status = 'finished')))).toMatch(
      /^actions\[3\]\.status: .*"open"/,
    );
    expect(errorOf(edited((file) => (file.actions[3]!.due = 'next Friday')))).toBe(
      'actions[3].due: must be a date written YYYY-MM-DD',
    );
    expect(errorOf(edited((file) => (file.actions[3]!.surprise = true)))).toMatch(/^actions\[3\]: .*surprise/);
  });

  it('two actions with the same id', () => {
    expect(errorOf(edited((file) => (file.actions[4]!.id = 'act-2')))).toBe(
      'actions[4].id: "act-2" is used twice (also by actions[1]); each action needs its own id',
    );
  });

  it('a file over 50 MB, before trying to parse it', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const huge = `{"format":"debrief-actions","version":1,"notes":"${'x'.repeat(maxActionsJsonLength)}"}`;
    expect(errorOf(huge)).toBe('the file is 50.0 MB; action exports over 50.0 MB are refused');
    expect(parse).not.toHaveBeenCalled();
  });
});

describe('previewActionsImport', () => {
  const base = originals[0]!;
  const at = (id: string, updatedAt: string, title = 'mine'): ActionItem => ({ ...base, id, updatedAt, title });

  it('adds new ids, updates older copies, and keeps copies that are as new or newer', () => {
    const existing = [
      at('a', '2024-05-20T10:00:00.000Z'),
      at('b', '2024-05-20T10:00:00.000Z'),
      at('c', '2024-05-22T10:00:00.000Z'),
      at('keep-only-mine', '2024-05-20T10:00:00.000Z'),
    ];
    const incoming = [
      at('a', '2024-05-21T10:00:00.000Z', 'theirs'),
      at('b', '2024-05-20T10:00:00.000Z', 'theirs, same time'),
      at('c', '2024-05-21T10:00:00.000Z', 'theirs, older'),
      at('new-1', '2024-05-01T10:00:00.000Z'),
      at('new-2', '2024-05-01T10:00:00.000Z'),
    ];
    const preview = previewActionsImport(existing, incoming);
    expect(preview.added.map((action) => action.id)).toEqual(['new-1', 'new-2']);
    expect(preview.updated.map((action) => [action.id, action.title])).toEqual([['a', 'theirs']]);
    expect(preview.unchanged.map((action) => action.id)).toEqual(['b', 'c']);
  });

  it('compares times as instants, whatever offset each was written with', () => {
    const existing = [at('a', '2024-05-20T10:00:00.000Z')];
    // 11:30+02:00 is 09:30Z: earlier, although the text sorts later.
    expect(previewActionsImport(existing, [at('a', '2024-05-20T11:30:00.000+02:00')]).unchanged).toHaveLength(1);
    // 08:30-02:00 is 10:30Z: later, although the text sorts earlier.
    expect(previewActionsImport(existing, [at('a', '2024-05-20T08:30:00.000-02:00')]).updated).toHaveLength(1);
  });

  it('imports an export into an empty database as all new, and into the same data as nothing to do', () => {
    const reading = parseActionsJson(json);
    if (!reading.ok) throw new Error(reading.error);
    expect(previewActionsImport([], reading.actions).added).toHaveLength(hostileActions.length);
    const again = previewActionsImport(originals, reading.actions);
    expect([again.added.length, again.updated.length, again.unchanged.length]).toEqual([0, 0, hostileActions.length]);
  });
});
