// "Starred by 3 of 5": how many people in the team starred a talk, the user included.
import type { TeammateMarks } from './team-records';

/**
 * The words for a talk's stars across the team. `people` is how many share the folder, the
 * user included; undefined when nobody starred it.
 */
export function starredBy(
  ownStar: boolean,
  marks: readonly TeammateMarks[],
  people: number,
  ownDevice: string | undefined,
): string | undefined {
  const others = marks.filter((mark) => mark.starred && mark.device !== ownDevice).length;
  const stars = others + (ownStar ? 1 : 0);
  if (stars === 0) return undefined;
  return `Starred by ${stars} of ${Math.max(people, others + 1)}`;
}
