// The last removal of a conference or a recap, kept while the app runs so that "Undo" is still
// offered after the user went to look in the Trash and came back.
import type { ConferenceRemoval } from './remove-conference';
import type { RecapRemoval } from '../recaps/remove-recap';

/** What the user removed last, by kind, with what undoing it needs. */
export class RemovalUndo {
  conference = $state.raw<{ name: string; removal: ConferenceRemoval } | undefined>();
  recap = $state.raw<RecapRemoval | undefined>();
}

/** The app's last removals. */
export const removalUndo = new RemovalUndo();
