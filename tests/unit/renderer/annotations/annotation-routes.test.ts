// The Annotations and Trash views have their own places in the location hash, so reload keeps them.
import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash } from '../../../../renderer/src/lib/route';

describe('annotation routes', () => {
  it('round-trips the Annotations and Trash views through the hash', () => {
    expect(routeHash({ view: 'annotations' })).toBe('#/annotations');
    expect(routeHash({ view: 'trash' })).toBe('#/trash');
    expect(parseRoute('#/annotations')).toEqual({ view: 'annotations' });
    expect(parseRoute('#/trash')).toEqual({ view: 'trash' });
  });

  it('leaves the other routes alone', () => {
    expect(parseRoute('#/kubecon-eu-2022/day/1')).toEqual({ view: 'day', conferenceId: 'kubecon-eu-2022', day: 1 });
    expect(parseRoute('#/item/kubecon-eu-2022/flux')).toEqual({ view: 'item', itemId: 'kubecon-eu-2022/flux' });
  });
});
