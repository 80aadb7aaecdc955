// Where the highlights of the talk on screen were placed in its current text. The highlight layer
// over the body writes it after each re-anchoring; the highlights list reads it to show which are
// orphaned and to scroll to the others.
import type { Anchor } from './anchoring';

/** The anchors of one talk's highlights, by annotation id. */
export class PlacedHighlights {
  itemId = $state<string | undefined>(undefined);
  anchors = $state<Record<string, Anchor>>({});
  /** The element whose text the anchors index into. */
  root = $state.raw<HTMLElement | undefined>(undefined);

  /** Records a fresh placement. */
  set(itemId: string, root: HTMLElement, anchors: Record<string, Anchor>): void {
    this.itemId = itemId;
    this.root = root;
    this.anchors = anchors;
  }

  /** The anchor of one highlight of `itemId`, if it has been placed yet. */
  anchorOf(itemId: string, annotationId: string): Anchor | undefined {
    return this.itemId === itemId ? this.anchors[annotationId] : undefined;
  }
}

/** The talk on screen's placed highlights. */
export const placedHighlights = new PlacedHighlights();
