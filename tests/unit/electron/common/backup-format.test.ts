import { describe, expect, it } from 'vitest';
import { createBackupText, readBackupText, type BackupData } from '../../../../electron/common/backup-format';

const now = '2024-05-18T10:00:00.000Z';
const data: BackupData = {
  annotations: [
    {
      id: 'n1',
      itemId: 'c/t',
      kind: 'note',
      body: 'say "hi",\nthen 👩🏽‍💻 שלום',
      tags: ['x'],
      createdAt: now,
      updatedAt: now,
    },
    {
      id: 'h1',
      itemId: 'c/t',
      kind: 'highlight',
      body: '',
      color: 'yellow',
      tags: [],
      target: {
        quote: { type: 'TextQuoteSelector', exact: 'big red button', prefix: 'the ', suffix: ' to' },
        position: { type: 'TextPositionSelector', start: 10, end: 24 },
      },
      createdAt: now,
      updatedAt: now,
    },
  ],
  actions: [
    {
      id: 'a1',
      itemId: 'c/t',
      title: 'Add a freeze switch',
      notes: '',
      status: 'done',
      tags: [],
      createdAt: now,
      updatedAt: now,
      completedAt: now,
    },
  ],
  itemStates: [{ itemId: 'c/t', starred: true, grade: 'must-see', updatedAt: now }],
  settings: [{ key: 'setting:theme', value: 'dark' }],
};

describe('backup files', () => {
  it('round-trip every record field by field', async () => {
    const text = await createBackupText(data, new Date(now), '1.2.3');
    const reading = await readBackupText(text);
    expect(reading.ok).toBe(true);
    if (reading.ok) {
      expect(reading.backup.data).toEqual(data);
      expect(reading.backup).toMatchObject({
        format: 'debrief-backup',
        version: 2,
        createdAt: now,
        appVersion: '1.2.3',
      });
    }
  });

  it('refuse each kind of bad file with a reason', async () => {
    const good = await createBackupText(data, new Date(now), '1');
    const cases: [string, string, RegExp][] = [
      ['empty', '', /empty/],
      ['not JSON', 'hello', /not JSON/],
      ['truncated', good.slice(0, good.length - 40), /truncated/],
      ['foreign JSON', '{"a": 1}', /not a Debrief backup/],
      ['newer version', good.replace('"version":2', '"version":7'), /newer Debrief.*version 7/],
      ['checksum mismatch', good.replace('Add a freeze switch', 'Add a freeze SWITCH'), /checksum does not match/],
      ['damaged header', good.replace(/"checksum":"[0-9a-f]+"/, '"checksum":"nope"'), /header is damaged: checksum/],
    ];
    for (const [label, text, reason] of cases) {
      const reading = await readBackupText(text);
      expect(reading.ok, label).toBe(false);
      if (!reading.ok) expect(reading.error, label).toMatch(reason);
    }
  });

  it('names the record and field when the shape is wrong, even with a matching checksum', async () => {
    const wrong = { ...data, actions: [{ ...data.actions[0], status: 'finished' }] } as unknown as BackupData;
    const reading = await readBackupText(await createBackupText(wrong, new Date(now), '1'));
    expect(reading).toEqual({ ok: false, error: expect.stringMatching(/data\.actions\[0\]\.status/) });
  });

  it('still reads a version 1 backup, which has no library', async () => {
    const text = (await createBackupText(data, new Date(now), '0.9')).replace('"version":2', '"version":1');
    const reading = await readBackupText(text);
    expect(reading.ok && reading.backup).toMatchObject({ version: 1, data });
  });

  it('names the library record and field when one has the wrong shape', async () => {
    const layer = {
      id: 'alice/day-1/tides',
      recapId: 'recap:alice',
      itemId: 'c/t',
      ownItem: false,
      heading: 'Tides',
      file: 'day-1.md',
      line: 3,
      body: 'Notes.',
      link: { itemId: 'c/t', confidence: 1, reason: 'same title', status: 'maybe' },
      removed: 0,
      updatedAt: now,
    };
    const library = { conferences: [], items: [], recaps: [], recapLayers: [layer], schedules: [], scheduleLinks: [] };
    const wrong = { ...data, library } as unknown as BackupData;
    const reading = await readBackupText(await createBackupText(wrong, new Date(now), '1'));
    expect(reading).toEqual({
      ok: false,
      error: expect.stringMatching(/data\.library\.recapLayers\[0\]\.link\.status/),
    });
    const huge = { ...library, recapLayers: [{ ...layer, link: undefined, heading: 'x'.repeat(3000) }] };
    const tooLong = await readBackupText(
      await createBackupText({ ...data, library: huge } as BackupData, new Date(now), '1'),
    );
    expect(tooLong).toEqual({ ok: false, error: expect.stringMatching(/data\.library\.recapLayers\[0\]\.heading/) });
  });

  it('refuses deeply nested JSON without crashing', async () => {
    const nested = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const reading = await readBackupText(nested);
    expect(reading.ok).toBe(false);
  });
});
