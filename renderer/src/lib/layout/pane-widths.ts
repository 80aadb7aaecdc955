// How wide the sidebar and the list are: limits, keyboard steps, and reading back what was saved,
// which may be anything (an older build, a hand edit), so it is checked before it is used.

/** The two panes a user can resize; the reading pane takes what is left. */
export type Pane = 'sidebar' | 'list';

/** Widths in CSS pixels. */
export type PaneWidths = Record<Pane, number>;

/** Where each pane starts and how far it may go. */
export const paneLimits: Record<Pane, { min: number; max: number; initial: number }> = {
  sidebar: { min: 160, max: 480, initial: 240 },
  list: { min: 220, max: 640, initial: 352 },
};

/** The reading pane never gets narrower than this, however wide the others are dragged. */
export const minReadingWidth = 360;

/** The widths a fresh install starts with. */
export const initialPaneWidths: PaneWidths = { sidebar: paneLimits.sidebar.initial, list: paneLimits.list.initial };

/** The widest `pane` may be in a window `windowWidth` wide, next to the other pane's width. */
export function maxWidth(pane: Pane, widths: PaneWidths, windowWidth: number): number {
  const other = pane === 'sidebar' ? widths.list : widths.sidebar;
  const room = windowWidth - other - minReadingWidth;
  return Math.max(paneLimits[pane].min, Math.min(paneLimits[pane].max, room));
}

/** `width` rounded and kept within the pane's limits. */
export function clampWidth(pane: Pane, width: number, widths: PaneWidths, windowWidth: number): number {
  const { min } = paneLimits[pane];
  return Math.round(Math.min(Math.max(width, min), maxWidth(pane, widths, windowWidth)));
}

const small = 16;
const large = 64;

/**
 * The width a key on the separator asks for, or undefined for keys it ignores. Arrows move a
 * little (Shift: more), Home and End go to the ends, as the WAI-ARIA window splitter pattern has it.
 */
export function widthForKey(
  pane: Pane,
  key: string,
  shift: boolean,
  widths: PaneWidths,
  windowWidth: number,
): number | undefined {
  const current = widths[pane];
  const step = shift ? large : small;
  switch (key) {
    case 'ArrowLeft':
      return clampWidth(pane, current - step, widths, windowWidth);
    case 'ArrowRight':
      return clampWidth(pane, current + step, widths, windowWidth);
    case 'PageDown':
      return clampWidth(pane, current - large, widths, windowWidth);
    case 'PageUp':
      return clampWidth(pane, current + large, widths, windowWidth);
    case 'Home':
      return paneLimits[pane].min;
    case 'End':
      return maxWidth(pane, widths, windowWidth);
    default:
      return undefined;
  }
}

/** Saved widths read back: each one that is a number within limits is kept, anything else starts over. */
export function parsePaneWidths(saved: string | null): PaneWidths {
  if (!saved) return { ...initialPaneWidths };
  let value: unknown;
  try {
    value = JSON.parse(saved);
  } catch {
    return { ...initialPaneWidths };
  }
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const read = (pane: Pane): number => {
    const width = record[pane];
    const { min, max, initial } = paneLimits[pane];
    return typeof width === 'number' && Number.isFinite(width) && width >= min && width <= max
      ? Math.round(width)
      : initial;
  };
  return { sidebar: read('sidebar'), list: read('list') };
}
