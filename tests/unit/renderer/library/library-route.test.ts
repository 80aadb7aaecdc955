// The library has its own place in the location hash, so reload and Back return to it.
import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash } from '../../../../renderer/src/lib/route';

describe('the library route', () => {
  it('reads and writes #/library', () => {
    expect(parseRoute('#/library')).toEqual({ view: 'library' });
    expect(routeHash({ view: 'library' })).toBe('#/library');
    expect(routeHash({ view: 'library', conferenceId: 'kubecon-eu-2022' })).toBe('#/library');
  });

  it('keeps a conference’s own pages under its id', () => {
    expect(parseRoute('#/library/day/1')).toEqual({ view: 'day', conferenceId: 'library', day: 1 });
    expect(parseRoute('#/kubecon-eu-2022')).toEqual({ view: 'overview', conferenceId: 'kubecon-eu-2022' });
  });
});
