// The ids GitHub gives headings, so a Markdown trip report can link to its own talks: GitHub (and
// the many renderers that copy it) lowercases the heading's text, drops punctuation and symbols but
// `-` and `_`, turns each space into `-`, and numbers a repeat "-1", "-2" in document order.

/** A heading text's GitHub slug, without numbering. Empty for a heading of only symbols. */
export function githubSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** Slugs for one document's headings in order, numbered as GitHub numbers repeats. */
export class HeadingSlugs {
  readonly #taken = new Map<string, number>();

  /** The next heading's slug. */
  next(text: string): string {
    const base = githubSlug(text);
    let slug = base;
    if (this.#taken.has(slug)) {
      let count = this.#taken.get(base) ?? 0;
      do {
        count += 1;
        slug = `${base}-${count}`;
      } while (this.#taken.has(slug));
      this.#taken.set(base, count);
    }
    this.#taken.set(slug, 0);
    return slug;
  }
}
