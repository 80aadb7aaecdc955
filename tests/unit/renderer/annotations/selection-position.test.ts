// The selection toolbar's place: above the passage, below when there is no room above, and inside
// the reading pane and the window whatever the selection's place or the window's size.
import { describe, expect, it } from 'vitest';
import { clipBox, placeToolbar } from '../../../../renderer/src/lib/annotations/selection-position';

const pane = { top: 0, left: 200, width: 800, height: 600 };
const toolbar = { width: 300, height: 40 };

describe('placeToolbar', () => {
  it('sits above the selection, centred on it', () => {
    const place = placeToolbar({ top: 300, left: 500, width: 100, height: 20 }, toolbar, pane);
    expect(place).toEqual({ top: 252, left: 400, side: 'above' });
  });

  it('flips below when there is no room above', () => {
    const place = placeToolbar({ top: 20, left: 500, width: 100, height: 20 }, toolbar, pane);
    expect(place).toEqual({ top: 48, left: 400, side: 'below' });
  });

  it('stays inside the pane at its left and right edges', () => {
    expect(placeToolbar({ top: 300, left: 205, width: 10, height: 20 }, toolbar, pane).left).toBe(208);
    expect(placeToolbar({ top: 300, left: 990, width: 10, height: 20 }, toolbar, pane).left).toBe(692);
  });

  it('stays inside the pane when the selection runs off its bottom or top', () => {
    expect(placeToolbar({ top: 900, left: 500, width: 100, height: 20 }, toolbar, pane).top).toBe(552);
    // Scrolled so its start is above the pane: the toolbar goes under its end.
    expect(placeToolbar({ top: -400, left: 500, width: 100, height: 900 }, toolbar, pane).top).toBe(508);
    // Longer than the pane: neither side has room, so it is pinned to the pane's top.
    expect(placeToolbar({ top: -400, left: 500, width: 100, height: 2000 }, toolbar, pane).top).toBe(8);
  });

  it('keeps its start visible when it is wider than the space', () => {
    const narrow = { top: 0, left: 0, width: 200, height: 480 };
    expect(placeToolbar({ top: 300, left: 50, width: 100, height: 20 }, toolbar, narrow).left).toBe(8);
  });
});

describe('clipBox', () => {
  it('keeps the part of the pane inside the window', () => {
    expect(
      clipBox({ top: -50, left: 100, width: 800, height: 700 }, { top: 0, left: 0, width: 640, height: 480 }),
    ).toEqual({ top: 0, left: 100, width: 540, height: 480 });
  });
});
