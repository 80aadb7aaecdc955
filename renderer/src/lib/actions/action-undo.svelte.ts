// The "Undo" offered for a few seconds after action items are deleted. Deletion is a soft delete,
// so undoing is restoring; after the offer ends they wait under "Deleted action items".
import { describeStorageFailure } from '../annotations/storage-errors';
import { undoWindowMs } from '../annotations/undo-deletion.svelte';
import { db } from '../db/database';
import { restoreActions } from './action-store';

/** The current offer to undo deleting action items. */
export class ActionUndo {
  offer = $state<{ message: string; actionIds: string[] } | null>(null);
  failure = $state('');
  #timer: ReturnType<typeof setTimeout> | undefined;

  /** Offers to undo deleting `actionIds`; `message` says what was deleted. */
  show(message: string, actionIds: string[]): void {
    clearTimeout(this.#timer);
    this.failure = '';
    this.offer = { message, actionIds };
    this.#timer = setTimeout(() => this.dismiss(), undoWindowMs);
  }

  /** Restores what was deleted. */
  async undo(): Promise<void> {
    const offer = this.offer;
    if (!offer) return;
    try {
      await restoreActions(db, offer.actionIds);
      this.dismiss();
    } catch (error) {
      this.failure = `${describeStorageFailure('The undo', error)} The action items are still under Deleted action items.`;
    }
  }

  /** Withdraws the offer (the deleted action items stay restorable from the Actions view). */
  dismiss(): void {
    clearTimeout(this.#timer);
    this.offer = null;
  }
}

/** The app's one offer to undo deleting action items. */
export const actionUndo = new ActionUndo();
