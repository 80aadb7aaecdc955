// The colors a highlight can have. Stored by name; styles.css paints each one.

/** Highlight colors, in the order the toolbar offers them. */
export const highlightColors = ['yellow', 'green', 'blue', 'pink'] as const;
/** A highlight color. */
export type HighlightColor = (typeof highlightColors)[number];

/** The color's name as the user reads it. */
export const highlightColorLabels: Record<HighlightColor, string> = {
  yellow: 'Yellow',
  green: 'Green',
  blue: 'Blue',
  pink: 'Pink',
};

/** Reads a stored color, falling back to yellow for a record written without one. */
export function highlightColorOf(color: string | undefined): HighlightColor {
  return highlightColors.find((known) => known === color) ?? 'yellow';
}

/** The name the CSS Custom Highlight API registry knows a color by (see `::highlight()` in styles.css). */
export function highlightRegistryName(color: HighlightColor): string {
  return `debrief-annotation-${color}`;
}
