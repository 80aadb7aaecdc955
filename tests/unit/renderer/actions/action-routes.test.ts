// The Actions view has its own place in the location hash, so reload and Back return to it.
import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash } from '../../../../renderer/src/lib/route';
import { titleFromQuote } from '../../../../renderer/src/lib/actions/selected-quote';

describe('the Actions route', () => {
  it('round-trips through the hash and does not swallow a conference or item', () => {
    expect(parseRoute('#/actions')).toEqual({ view: 'actions' });
    expect(routeHash({ view: 'actions' })).toBe('#/actions');
    expect(parseRoute(routeHash({ view: 'actions', conferenceId: 'x' }))).toEqual({ view: 'actions' });
    expect(parseRoute('#/actions/day/1')).toEqual({ view: 'day', conferenceId: 'actions', day: 1 });
    expect(parseRoute('#/item/actions/x')).toEqual({ view: 'item', itemId: 'actions/x' });
  });
});

describe('a title from a selected quote', () => {
  it('keeps a short quote whole, on one line', () => {
    expect(titleFromQuote('  one control that\nstops   every deployment ')).toBe(
      'one control that stops every deployment',
    );
  });

  it('cuts a long quote at a word, with an ellipsis, within 80 characters', () => {
    const quote =
      'Give every team a big red button that stops every deployment and rollout across all clusters at once';
    const title = titleFromQuote(quote);
    expect(title).toBe('Give every team a big red button that stops every deployment and rollout across…');
    expect(title.length).toBeLessThanOrEqual(80);
    expect(titleFromQuote('x'.repeat(200))).toBe(`${'x'.repeat(79)}…`);
  });
});
