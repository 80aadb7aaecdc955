// The `h` command asks the selection toolbar of whichever text holds the selection to open and take
// focus. An event, because the command list lives outside the components that own the toolbars.

/** The event each selection toolbar listens for on the document. */
export const openSelectionToolbarEvent = 'debrief:open-selection-toolbar';

/**
 * Asks the toolbar of the text holding the selection to open with focus on its first swatch;
 * false when no text on the page holds a selection (no toolbar took the request).
 */
export function openSelectionToolbar(): boolean {
  const request = new Event(openSelectionToolbarEvent, { cancelable: true });
  // A toolbar that takes the request cancels it, so dispatchEvent returns false.
  return !document.dispatchEvent(request);
}
