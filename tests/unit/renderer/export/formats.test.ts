// The list of export formats, and pairing actions with their talks: every format writes through
// the index into a save request main accepts, and the talk links come out right.
import { describe, expect, it } from 'vitest';
import type { Conference, RecapItem } from '../../../../electron/common/domain';
import { saveFileRequest } from '../../../../electron/common/ipc-contract';
import type { ActionItem } from '../../../../electron/common/user-records';
import {
  talkDeepLink,
  talkWebLink,
  toExportableActions,
  truncateText,
} from '../../../../renderer/src/lib/export/exportable-action';
import { exportFormat, exportFormats, suggestedFileName } from '../../../../renderer/src/lib/export/formats';
import { context, hostileActions } from '../../../fixtures/export/hostile-actions';

describe('exportFormats', () => {
  it('offers each format once, with its extension, MIME type and dialog filter', () => {
    expect(exportFormats.map((format) => [format.id, format.extension, format.mimeType])).toEqual([
      ['markdown', 'md', 'text/markdown'],
      ['csv', 'csv', 'text/csv'],
      ['json', 'json', 'application/json'],
      ['ics', 'ics', 'text/calendar'],
      ['todoist', 'csv', 'text/csv'],
      ['jira', 'csv', 'text/csv'],
    ]);
    for (const format of exportFormats) {
      expect(format.filter).toEqual({ name: format.label, extensions: [format.extension] });
    }
    expect(exportFormats.filter((format) => format.onlyStillToDo).map((format) => format.id)).toEqual([
      'todoist',
      'jira',
    ]);
  });

  it('writes every format into a save request the main process accepts', () => {
    for (const format of exportFormats) {
      const text = format.write(hostileActions, context);
      expect(text.length).toBeGreaterThan(100_000);
      const request = saveFileRequest.safeParse({
        title: `Export action items as ${format.label}`,
        suggestedName: suggestedFileName(format, context),
        filters: [format.filter],
        text,
      });
      expect(request.success).toBe(true);
    }
  });

  it('suggests dated file names that tell the tracker variants apart', () => {
    expect(exportFormats.map((format) => suggestedFileName(format, context))).toEqual([
      'debrief-actions-2024-05-24.md',
      'debrief-actions-2024-05-24.csv',
      'debrief-actions-2024-05-24.json',
      'debrief-actions-2024-05-24.ics',
      'debrief-actions-2024-05-24-todoist.csv',
      'debrief-actions-2024-05-24-jira.csv',
    ]);
    expect(() => exportFormat('pdf' as never)).toThrow('unknown export format "pdf"');
  });
});

describe('toExportableActions', () => {
  const conference: Conference = {
    id: 'conf',
    name: 'Conf 2024',
    location: 'Valencia',
    startDate: '2024-05-16',
    endDate: '2024-05-17',
    timezone: 'Europe/Madrid',
    days: [{ number: 1, date: '2024-05-16', label: 'Day 1 (main)' }],
    body: '',
    source: 'conf/conference.md',
  };
  const item = (
    slug: string,
    fields: Partial<RecapItem & { removed: 0 | 1 }> = {},
  ): RecapItem & { removed: 0 | 1 } => ({
    id: `conf/${slug}`,
    conferenceId: 'conf',
    slug,
    kind: 'talk',
    title: `Talk ${slug}`,
    speakers: [],
    tags: [],
    links: {},
    takeaways: [],
    body: '',
    source: `conf/${slug}.md`,
    removed: 0,
    ...fields,
  });
  const action = (id: string, itemId: string, fields: Partial<ActionItem> = {}): ActionItem => ({
    id,
    itemId,
    title: id,
    notes: '',
    status: 'open',
    tags: [],
    createdAt: '2024-05-16T10:00:00.000Z',
    updatedAt: '2024-05-16T10:00:00.000Z',
    ...fields,
  });
  const items = [
    item('video', { day: 1, links: { video: 'https://video.example/1', schedule: 'https://sched.example/1' } }),
    item('schedule', { day: 2, links: { schedule: 'https://sched.example/2' } }),
    item('gone', { removed: 1 }),
  ];

  it('pairs each action with its talk: conference name, day label, recording before schedule', () => {
    const result = toExportableActions(
      [action('a', 'conf/video'), action('b', 'conf/schedule'), action('c', 'conf/gone')],
      items,
      [conference],
    );
    expect(result.map(({ item: talk }) => talk)).toEqual([
      {
        id: 'conf/video',
        title: 'Talk video',
        conferenceName: 'Conf 2024',
        dayLabel: 'Day 1 (main)',
        url: 'https://video.example/1',
      },
      {
        id: 'conf/schedule',
        title: 'Talk schedule',
        conferenceName: 'Conf 2024',
        dayLabel: 'Day 2',
        url: 'https://sched.example/2',
      },
      { id: 'conf/gone', title: 'Talk gone', conferenceName: 'Conf 2024', removed: true },
    ]);
  });

  it('leaves actions in the Trash out, and keeps an action whose talk is unknown', () => {
    const result = toExportableActions(
      [action('trashed', 'conf/video', { deletedAt: '2024-05-17T10:00:00.000Z' }), action('orphan', 'other/talk')],
      items,
      [conference],
    );
    expect(result.map(({ action: kept, item: talk }) => [kept.id, talk])).toEqual([
      ['orphan', { id: 'other/talk', title: 'other/talk', conferenceName: '', removed: true }],
    ]);
  });
});

describe('talk links', () => {
  it('encodes each segment of the deep link and keeps the slash between conference and talk', () => {
    expect(talkDeepLink('kubecon-eu-2022/a talk?#1')).toBe('debrief://item/kubecon-eu-2022/a%20talk%3F%231');
  });

  it.each([
    ['https://example.com/x', 'https://example.com/x'],
    ['http://example.com', 'http://example.com'],
    ['javascript:alert(1)', undefined],
    ['file:///etc/passwd', undefined],
    ['https://example.com/a b', undefined],
    ['https://example.com/\r\nX-Injected: 1', undefined],
    ['not a url', undefined],
  ])('takes %j as a web link: %j', (url, expected) => {
    expect(talkWebLink({ id: 'c/t', title: 't', conferenceName: 'c', url })).toBe(expected);
  });

  it('truncates on code points, never inside a surrogate pair', () => {
    expect(truncateText('😀😀😀', 2)).toBe('😀…');
    expect(truncateText('😀😀', 2)).toBe('😀😀');
  });
});
