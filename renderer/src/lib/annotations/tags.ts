// Tags the user puts on notes and highlights: written as typed, compared without case, no duplicates.

/** The longest tag kept; longer input is an accident (a pasted paragraph), not a tag. */
export const maxTagLength = 60;

/** Tidies one typed tag: trims it, drops a leading '#', collapses inner spaces. Empty input gives ''. */
export function normalizeTag(raw: string): string {
  return raw.trim().replace(/^#+/, '').replace(/\s+/g, ' ').trim().slice(0, maxTagLength);
}

/** Tidies a list of tags: empty ones dropped, the first spelling of a repeated tag kept. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const tag of tags.map(normalizeTag)) {
    const key = tag.toLocaleLowerCase();
    if (tag && !seen.has(key)) {
      seen.add(key);
      result.push(tag);
    }
  }
  return result;
}

/** The tags with `raw` added (unless it is empty or already there, in any case). */
export function withTag(tags: readonly string[], raw: string): string[] {
  return normalizeTags([...tags, raw]);
}

/** The tags without `tag` (compared without case). */
export function withoutTag(tags: readonly string[], tag: string): string[] {
  const key = tag.toLocaleLowerCase();
  return tags.filter((existing) => existing.toLocaleLowerCase() !== key);
}
