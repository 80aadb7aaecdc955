// The agenda has its own place in the location hash, so reload and Back return to the same day.
import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash } from '../../../../renderer/src/lib/route';

describe('the agenda route', () => {
  it('reads a conference’s agenda, with or without a day', () => {
    expect(parseRoute('#/kubecon-eu-2022/agenda')).toEqual({ view: 'agenda', conferenceId: 'kubecon-eu-2022' });
    expect(parseRoute('#/kubecon-eu-2022/agenda/3')).toEqual({
      view: 'agenda',
      conferenceId: 'kubecon-eu-2022',
      day: 3,
    });
  });

  it('writes the hash it reads', () => {
    for (const route of [
      { view: 'agenda', conferenceId: 'kubecon-eu-2022' },
      { view: 'agenda', conferenceId: 'kubecon-eu-2022', day: 2 },
      { view: 'agenda', conferenceId: 'fosdem 2022/main', day: 1 },
    ] as const) {
      expect(parseRoute(routeHash(route))).toEqual(route);
    }
    expect(routeHash({ view: 'agenda', conferenceId: 'kubecon-eu-2022', day: 2 })).toBe('#/kubecon-eu-2022/agenda/2');
    expect(routeHash({ view: 'agenda', conferenceId: 'a b' })).toBe('#/a%20b/agenda');
  });

  it('ignores a day that is no position (0, a word) and keeps the other routes as they were', () => {
    expect(parseRoute('#/kubecon-eu-2022/agenda/0')).toEqual({ view: 'agenda', conferenceId: 'kubecon-eu-2022' });
    expect(parseRoute('#/kubecon-eu-2022/agenda/monday')).toEqual({
      view: 'agenda',
      conferenceId: 'kubecon-eu-2022',
    });
    expect(parseRoute('#/kubecon-eu-2022/day/1')).toEqual({ view: 'day', conferenceId: 'kubecon-eu-2022', day: 1 });
    expect(parseRoute('#/item/kubecon-eu-2022/agenda')).toEqual({ view: 'item', itemId: 'kubecon-eu-2022/agenda' });
    expect(parseRoute('#/agenda')).toEqual({ view: 'overview', conferenceId: 'agenda' });
  });
});
