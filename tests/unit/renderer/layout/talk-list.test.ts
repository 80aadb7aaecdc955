// Which views show the talk list: never the ones that have no use for it, and the reading views
// unless the user hid it; the remembered choice is read leniently.
import { describe, expect, it } from 'vitest';
import { parseHiddenByUser, showsTalkList, viewsWithoutTalkList } from '../../../../renderer/src/lib/layout/talk-list';

describe('the talk list', () => {
  it('is never shown in Actions, Annotations, Library, Trash or Backups', () => {
    for (const view of ['actions', 'annotations', 'library', 'trash', 'backups', 'team'] as const) {
      expect(showsTalkList(view, false)).toBe(false);
    }
    expect([...viewsWithoutTalkList].sort()).toEqual(['actions', 'annotations', 'backups', 'library', 'team', 'trash']);
  });

  it('shows in the reading views unless the user hid it', () => {
    for (const view of ['overview', 'day', 'booths', 'item', 'recap', 'agenda'] as const) {
      expect(showsTalkList(view, false)).toBe(true);
      expect(showsTalkList(view, true)).toBe(false);
    }
  });

  it('reads only the exact saved value as hidden', () => {
    expect(parseHiddenByUser('hidden')).toBe(true);
    expect(parseHiddenByUser('shown')).toBe(false);
    expect(parseHiddenByUser(null)).toBe(false);
    expect(parseHiddenByUser('{"broken"')).toBe(false);
  });
});
