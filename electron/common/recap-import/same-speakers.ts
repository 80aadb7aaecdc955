// Whether a recap's speakers are the known item's: the same name words in any order, or one name
// inside the other ("Rafael Fernández López", "Rafael Fernandez"), as the schedule matcher judges.
import type { Speaker } from '../domain';
import { titleKeys } from './words';

/** A speaker's name as compared words. */
export function nameWords(speaker: Speaker): Set<string> {
  return new Set(titleKeys(speaker.name));
}

/** The same person: every word of the shorter name in the longer, which has two words or more when they differ. */
export function samePerson(a: Set<string>, b: Set<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0 || (small.size < 2 && small.size !== large.size)) return false;
  return [...small].every((word) => large.has(word));
}

/** Whether our speakers overlap theirs (both as `nameWords`): true, false, or undefined when one side names nobody. */
export function speakersOverlap(ours: readonly Set<string>[], their: readonly Set<string>[]): boolean | undefined {
  if (ours.length === 0 || their.length === 0) return undefined;
  return ours.some((words) => their.some((other) => samePerson(words, other)));
}

/** Whether every one of our speakers is one of theirs (both as `nameWords`). */
export function allSpeakersShared(ours: readonly Set<string>[], their: readonly Set<string>[]): boolean {
  if (ours.length === 0 || their.length === 0) return false;
  return ours.every((words) => their.some((other) => samePerson(words, other)));
}
