// The "Undo" offered for a few seconds after a note or highlight is deleted. Deletion is a soft
// delete, so undoing is restoring; after the offer ends the item waits in the Trash.
import { db } from '../db/database';
import { restoreAnnotation } from './annotation-store';
import { describeStorageFailure } from './storage-errors';

/** How long the Undo button stays. */
export const undoWindowMs = 10_000;

/** The current offer to undo a deletion. */
export class UndoDeletion {
  offer = $state<{ message: string; annotationId: string } | null>(null);
  failure = $state('');
  #timer: ReturnType<typeof setTimeout> | undefined;

  /** Offers to undo the deletion of `annotationId`; `message` says what was deleted. */
  show(message: string, annotationId: string): void {
    clearTimeout(this.#timer);
    this.failure = '';
    this.offer = { message, annotationId };
    this.#timer = setTimeout(() => this.dismiss(), undoWindowMs);
  }

  /** Restores what was deleted. */
  async undo(): Promise<void> {
    const offer = this.offer;
    if (!offer) return;
    try {
      await restoreAnnotation(db, offer.annotationId);
      this.dismiss();
    } catch (error) {
      this.failure = `${describeStorageFailure('The undo', error)} It is still in the Trash.`;
    }
  }

  /** Withdraws the offer (the deleted item stays in the Trash). */
  dismiss(): void {
    clearTimeout(this.#timer);
    this.offer = null;
  }
}

/** The app's one undo offer. */
export const undoDeletion = new UndoDeletion();
