// Highlights every match of an opened search result in the talk, with a current match to step
// through. Uses the CSS Custom Highlight API: Ranges over the text the talk already shows, so the
// talk's DOM is never rewritten (no <mark> injected into sanitized Markdown) and re-rendering it
// only means finding the ranges again.
import type { Matcher } from './snippets';
import { matchesInTexts } from './text-ranges';

/** The highlight names the stylesheet paints (`::highlight(debrief-search-match)`, `::highlight(debrief-search-current)`). */
export const highlightNames = { all: 'debrief-search-match', current: 'debrief-search-current' } as const;

/** What to highlight, and in which item. */
export interface MatchTarget {
  itemId: string;
  matcher: Matcher;
  /** The query, for the navigator's words. */
  query: string;
}

const notText = 'button, textarea, select, label, [contenteditable], [aria-hidden="true"], [hidden]';

const highlightApi = typeof Highlight !== 'undefined' && typeof CSS !== 'undefined' && 'highlights' in CSS;

/** The matches of the opened result in the talk on screen. */
export class TalkMatches {
  /** The item whose matches are (or will be) highlighted. */
  target = $state<MatchTarget | null>(null);
  count = $state(0);
  /** Index of the current match; -1 before the talk has been searched. */
  current = $state(-1);
  /** Set when the result was opened from the keyboard: the navigator then takes focus. */
  focusRequested = $state(false);

  #container: HTMLElement | null = null;
  #ranges: Range[] = [];
  #applied = false;
  #scheduled = false;

  /** Highlights the target's matches as soon as its item is on screen. */
  show(target: MatchTarget, focusNavigator = false): void {
    this.target = target;
    this.focusRequested = focusNavigator;
    this.#applied = false;
    this.count = 0;
    this.current = -1;
    this.#schedule();
  }

  /** Watches the reading pane: (re)applies highlights when the item appears or re-renders. */
  attach(container: HTMLElement): () => void {
    this.#container = container;
    const observer = new MutationObserver(() => {
      const stale = this.#ranges.some((range) => !range.startContainer.isConnected);
      // Nothing found yet: the match may be in text that arrives after the talk (a recap's notes).
      if (!this.#applied || stale || (this.target && this.count === 0)) {
        this.#applied = false;
        this.#schedule();
      }
    });
    observer.observe(container, { childList: true, subtree: true, characterData: true });
    this.#schedule();
    return () => {
      observer.disconnect();
      this.clear();
      this.#container = null;
    };
  }

  /** Moves to the next match (wrapping round). */
  next(): void {
    this.#moveTo(this.count === 0 ? -1 : (this.current + 1) % this.count);
  }

  /** Moves to the previous match (wrapping round). */
  previous(): void {
    this.#moveTo(this.count === 0 ? -1 : (this.current - 1 + this.count) % this.count);
  }

  /** Removes every highlight. */
  clear(): void {
    this.target = null;
    this.focusRequested = false;
    this.count = 0;
    this.current = -1;
    this.#ranges = [];
    if (highlightApi) {
      CSS.highlights.delete(highlightNames.all);
      CSS.highlights.delete(highlightNames.current);
    }
  }

  // Mutations come in bursts while Svelte renders; apply once, after the burst.
  #schedule(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    queueMicrotask(() => {
      this.#scheduled = false;
      this.#apply();
    });
  }

  #apply(): void {
    const target = this.target;
    const container = this.#container;
    if (!target || !container || this.#applied) return;
    const article = container.querySelector<HTMLElement>(`article[data-item-id="${CSS.escape(target.itemId)}"]`);
    if (!article) return;

    const nodes: Text[] = [];
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT, {
      // The talk and the user's notes shown with it; not the labels of buttons and fields.
      acceptNode: (node) =>
        node.parentElement?.closest(notText) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
    });
    while (walker.nextNode()) nodes.push(walker.currentNode as Text);
    this.#ranges = matchesInTexts(
      nodes.map((node) => node.data),
      target.matcher,
    ).map(({ start, end }) => {
      const range = new Range();
      range.setStart(nodes[start[0]] as Text, start[1]);
      range.setEnd(nodes[end[0]] as Text, end[1]);
      return range;
    });
    this.#applied = true;
    this.count = this.#ranges.length;
    if (highlightApi) CSS.highlights.set(highlightNames.all, new Highlight(...this.#ranges));

    // Keep the place when re-rendering; on first showing, start at the first match in the talk's
    // own text (the title is at the top anyway), or the first match at all.
    const body = article.querySelector('.item-body');
    const firstInBody = body ? this.#ranges.findIndex((range) => body.contains(range.startContainer)) : -1;
    const wanted = this.current >= 0 ? Math.min(this.current, this.count - 1) : Math.max(firstInBody, 0);
    this.#moveTo(this.count === 0 ? -1 : wanted);
  }

  #moveTo(index: number): void {
    this.current = index;
    const range = this.#ranges[index];
    if (!range) return;
    if (highlightApi) {
      const current = new Highlight(range);
      current.priority = 1;
      CSS.highlights.set(highlightNames.current, current);
    }
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  }
}

/** The highlighter of the reading pane. */
export const talkMatches = new TalkMatches();
