// The names a trip report suggests and the sentence that says what a notes-app export did.
import { describe, expect, it } from 'vitest';
import type { Conference } from '../../../../electron/common/domain';
import {
  describeNotesFolderExport,
  notesFolderName,
  reportFileName,
} from '../../../../renderer/src/lib/trip-report/trip-report-files';

const conference = (name: string): Conference => ({
  id: 'c',
  name,
  location: '',
  startDate: '2022-05-16',
  endDate: '2022-05-20',
  timezone: 'UTC',
  days: [],
  body: '',
  source: 'c.md',
});

describe('trip report file names', () => {
  it('names the report after the conference, as a slug', () => {
    expect(reportFileName(conference('KubeCon + CloudNativeCon Europe 2022'), 'md')).toBe(
      'trip-report-kubecon-cloudnativecon-europe-2022.md',
    );
  });

  it('suggests a notes folder named as the conference, without what no system allows in a name', () => {
    expect(notesFolderName(conference('Dev: "Days" 2024 / Lisbon...'))).toBe('Dev Days 2024 Lisbon');
    expect(notesFolderName(conference('???'))).toBe('Debrief notes');
  });
});

describe('describeNotesFolderExport', () => {
  it('says what was created, updated and unchanged, where, and what was left alone and why', () => {
    expect(
      describeNotesFolderExport({
        folder: '/home/zoe/vault',
        created: ['A.md'],
        updated: [],
        unchanged: 2,
        leftAlone: [{ file: 'B.md', reason: 'edited since Debrief wrote it: left as it is' }],
      }),
    ).toBe(
      '1 file created, 0 updated, 2 unchanged in /home/zoe/vault. Left alone: B.md (edited since Debrief wrote it: left as it is).',
    );
  });
});
