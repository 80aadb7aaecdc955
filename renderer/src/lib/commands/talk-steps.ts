// Moving through the list beside the reading pane, one talk at a time.

/**
 * The id `step` places away from `currentId` in `ids`, or undefined at either end (no wrapping, so
 * holding `j` stops at the last talk). From outside the list, forward starts at the first talk and
 * back at the last.
 */
export function steppedId(ids: readonly string[], currentId: string | undefined, step: 1 | -1): string | undefined {
  const at = currentId === undefined ? -1 : ids.indexOf(currentId);
  if (at === -1) return step === 1 ? ids[0] : ids.at(-1);
  return ids[at + step];
}
