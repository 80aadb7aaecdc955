// Where the selection toolbar goes: above the selected passage, centred on it, or below it when
// there is no room above; always inside the reading pane and the window, however small.

/** A rectangle in window coordinates, as getBoundingClientRect gives it. */
export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

/** Where to put the toolbar's top-left corner (window coordinates), and on which side it ended up. */
export interface ToolbarPlacement {
  top: number;
  left: number;
  side: 'above' | 'below';
}

/** The space kept between the selection and the toolbar, and between the toolbar and the edges, in px. */
export const toolbarGap = 8;

/**
 * The toolbar's place for a selection at `selection`, a toolbar of `size`, kept within `bounds`
 * (the reading pane's box clipped to the window). A toolbar wider or taller than the bounds is
 * pinned to their top-left edge, so its start — the first swatch — stays visible.
 */
export function placeToolbar(
  selection: Box,
  size: { width: number; height: number },
  bounds: Box,
  gap = toolbarGap,
): ToolbarPlacement {
  const minTop = bounds.top + gap;
  const maxTop = bounds.top + bounds.height - size.height - gap;
  const above = selection.top - size.height - gap;
  const below = selection.top + selection.height + gap;
  // Above reads like Hypothesis and Kindle; below only when above would leave the pane.
  const side = above >= minTop || below > maxTop ? 'above' : 'below';
  const top = clamp(side === 'above' ? above : below, minTop, maxTop);
  const centred = selection.left + selection.width / 2 - size.width / 2;
  const left = clamp(centred, bounds.left + gap, bounds.left + bounds.width - size.width - gap);
  return { top: Math.round(top), left: Math.round(left), side };
}

/** The part of `box` inside `window` (both window coordinates); empty boxes keep their corner. */
export function clipBox(box: Box, window: Box): Box {
  const top = Math.max(box.top, window.top);
  const left = Math.max(box.left, window.left);
  const bottom = Math.min(box.top + box.height, window.top + window.height);
  const right = Math.min(box.left + box.width, window.left + window.width);
  return { top, left, width: Math.max(0, right - left), height: Math.max(0, bottom - top) };
}

/** `value` kept between `low` and `high`; `low` wins when they cross (a toolbar bigger than the space). */
function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(value, high));
}
