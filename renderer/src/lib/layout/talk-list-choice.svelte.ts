// The user's choice to hide the talk list in the reading views, kept in localStorage with the pane
// widths: a per-window preference, not the user's data.
import { parseHiddenByUser } from './talk-list';

const storageKey = 'debrief:talk-list';

class TalkListChoice {
  hiddenByUser = $state(parseHiddenByUser(readSaved()));

  /** Shows the list if hidden, hides it if shown, and remembers that for the next launch. */
  toggle(): void {
    this.hiddenByUser = !this.hiddenByUser;
    try {
      localStorage.setItem(storageKey, this.hiddenByUser ? 'hidden' : 'shown');
    } catch {
      // A full or blocked storage only costs the preference: the list still follows the choice now.
    }
  }
}

function readSaved(): string | null {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

/** The window's choice. */
export const talkListChoice = new TalkListChoice();
