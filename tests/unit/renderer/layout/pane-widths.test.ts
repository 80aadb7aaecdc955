import { describe, expect, it } from 'vitest';
import {
  clampWidth,
  initialPaneWidths,
  maxWidth,
  paneLimits,
  parsePaneWidths,
  widthForKey,
} from '../../../../renderer/src/lib/layout/pane-widths';

const wide = 1600;

describe('clampWidth and maxWidth', () => {
  it('keeps a pane within its limits', () => {
    expect(clampWidth('sidebar', 10, initialPaneWidths, wide)).toBe(paneLimits.sidebar.min);
    expect(clampWidth('sidebar', 5000, initialPaneWidths, wide)).toBe(paneLimits.sidebar.max);
    expect(clampWidth('list', 300.6, initialPaneWidths, wide)).toBe(301);
  });

  it('leaves the reading pane room in a narrow window, but never squeezes a pane below its minimum', () => {
    const widths = { sidebar: 240, list: 352 };
    expect(maxWidth('list', widths, 1000)).toBe(1000 - 240 - 360);
    expect(maxWidth('list', widths, 500)).toBe(paneLimits.list.min);
  });
});

describe('widthForKey', () => {
  const widths = { sidebar: 240, list: 352 };
  it('steps with the arrows, further with Shift, and jumps with Home and End', () => {
    expect(widthForKey('sidebar', 'ArrowRight', false, widths, wide)).toBe(256);
    expect(widthForKey('sidebar', 'ArrowLeft', false, widths, wide)).toBe(224);
    expect(widthForKey('sidebar', 'ArrowRight', true, widths, wide)).toBe(304);
    expect(widthForKey('list', 'Home', false, widths, wide)).toBe(paneLimits.list.min);
    expect(widthForKey('list', 'End', false, widths, wide)).toBe(paneLimits.list.max);
  });

  it('ignores other keys so Tab and the rest keep working', () => {
    expect(widthForKey('list', 'Tab', false, widths, wide)).toBeUndefined();
    expect(widthForKey('list', 'a', false, widths, wide)).toBeUndefined();
  });
});

describe('parsePaneWidths', () => {
  it('reads widths saved by an earlier launch', () => {
    expect(parsePaneWidths(JSON.stringify({ sidebar: 300, list: 400 }))).toEqual({ sidebar: 300, list: 400 });
  });

  it('starts over, pane by pane, from anything that is not a width within limits', () => {
    expect(parsePaneWidths(null)).toEqual(initialPaneWidths);
    expect(parsePaneWidths('not json')).toEqual(initialPaneWidths);
    expect(parsePaneWidths('[1,2]')).toEqual(initialPaneWidths);
    expect(parsePaneWidths(JSON.stringify({ sidebar: 5, list: 'wide' }))).toEqual(initialPaneWidths);
    expect(parsePaneWidths(JSON.stringify({ sidebar: 300, list: 1e9 }))).toEqual({
      sidebar: 300,
      list: initialPaneWidths.list,
    });
  });
});
