// Where the highlights of the talk on screen were placed in its current text. The highlight layer
// over the body writes it after each re-anchoring; the highlights list reads it to show which are
// orphaned and to scroll to the others.
import { untrack } from 'svelte';
import type { Anchor } from './anchoring';

/** The anchors of one talk's highlights, by annotation id. */
export class PlacedHighlights {
  itemId = $state<string | undefined>(undefined);
  anchors = $state<Record<string, Anchor>>({});
  /** The element whose text each highlight's anchor indexes into (the talk's text, or a recap's beside it). */
  roots = $state.raw<Record<string, HTMLElement>>({});

  /**
   * Records a fresh placement of the highlights made on one text of the talk. Several texts (the
   * talk's own, and each recap's) place theirs side by side; another talk starts afresh.
   */
  set(itemId: string, root: HTMLElement, anchors: Record<string, Anchor>): void {
    // Called from the painters' effects: reading what is placed so far must not make them depend on it.
    untrack(() => this.#place(itemId, root, anchors));
  }

  #place(itemId: string, root: HTMLElement, anchors: Record<string, Anchor>): void {
    const same = this.itemId === itemId;
    this.itemId = itemId;
    const roots = same ? { ...this.roots } : {};
    for (const id of Object.keys(anchors)) roots[id] = root;
    this.roots = roots;
    this.anchors = same ? { ...this.anchors, ...anchors } : anchors;
  }

  /** The element a highlight of the talk on screen was placed in. */
  rootOf(annotationId: string): HTMLElement | undefined {
    return this.roots[annotationId];
  }

  /** The anchor of one highlight of `itemId`, if it has been placed yet. */
  anchorOf(itemId: string, annotationId: string): Anchor | undefined {
    return this.itemId === itemId ? this.anchors[annotationId] : undefined;
  }
}

/** The talk on screen's placed highlights. */
export const placedHighlights = new PlacedHighlights();
