// Exporting starred sessions from the agenda: what the save dialog is handed (read back with
// ical.js), sessions dropped from the schedule left out, and what the user is told.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { SaveFileRequest } from '../../../../electron/common/ipc-contract';
import { saveFileRequest } from '../../../../electron/common/ipc-contract';
import { describeStarredExport, exportStarredSessions } from '../../../../renderer/src/lib/schedule/agenda-export';
import { entry, harbour, harbourSchedule, harbourSessions } from '../../../fixtures/agenda/harbour-agenda';

const [tide, light, crane, buoy] = harbourSessions;
const agenda = {
  conference: harbour,
  schedules: [harbourSchedule],
  sessions: [
    entry(tide!, { starred: true }),
    entry(light!),
    entry(crane!, { starred: true, dropped: true }),
    entry(buoy!, { starred: true }),
  ],
};

describe('exportStarredSessions', () => {
  it('hands the save dialog a valid request with one event per starred session still in the schedule', async () => {
    const requests: SaveFileRequest[] = [];
    const outcome = await exportStarredSessions(agenda, new Date('2024-05-01T10:00:00Z'), async (request) => {
      requests.push(request);
      return '/home/me/starred.ics';
    });
    expect(outcome).toEqual({ path: '/home/me/starred.ics', written: 2, droppedLeftOut: 1 });
    const request = requests[0]!;
    expect(saveFileRequest.safeParse(request).success).toBe(true);
    expect(request.suggestedName).toBe('harbour-2023-starred-sessions.ics');
    expect(request.filters).toEqual([{ name: 'iCalendar', extensions: ['ics'] }]);

    const calendar = new ICAL.Component(ICAL.parse(request.text));
    const events = calendar.getAllSubcomponents('vevent');
    expect(events.map((event) => String(event.getFirstPropertyValue('summary')))).toEqual([
      'Tide Tables for Autoscalers',
      'Buoys and Backpressure',
    ]);
    // The UID's exact form belongs to the formatter; it must name the session, so re-exports update it.
    expect(String(events[0]!.getFirstPropertyValue('uid'))).toMatch(/tide.*@debrief$/);
    expect(events[0]!.getFirstPropertyValue('location')).toBe('Quay Hall');
  });

  it('says where the file went, what it holds, what was left out, and when nothing was saved', () => {
    expect(describeStarredExport({ path: '/tmp/a.ics', written: 2, droppedLeftOut: 1 })).toBe(
      'Saved to /tmp/a.ics: 2 sessions (1 session dropped from the schedule left out).',
    );
    expect(describeStarredExport({ path: '/tmp/a.ics', written: 1, droppedLeftOut: 0 })).toBe(
      'Saved to /tmp/a.ics: 1 session.',
    );
    expect(describeStarredExport({ path: null, written: 2, droppedLeftOut: 0 })).toBe(
      'Export cancelled: nothing was saved.',
    );
  });

  it('lets a failing save reach the caller, who reports it', async () => {
    await expect(
      exportStarredSessions(agenda, new Date('2024-05-01T10:00:00Z'), async () => {
        throw new Error('the disk is full');
      }),
    ).rejects.toThrow('the disk is full');
  });
});
