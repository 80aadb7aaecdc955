// The pane widths on screen, shared by the two separators and remembered between launches in
// localStorage: a per-window preference, not the user's data, so it stays out of the database
// and its backups.
import { clampWidth, initialPaneWidths, parsePaneWidths, type Pane, type PaneWidths } from './pane-widths';

const storageKey = 'debrief:pane-widths';

/** The sidebar and list widths, applied to the page as CSS variables. */
export class PaneLayout {
  widths = $state<PaneWidths>({ ...initialPaneWidths });

  constructor() {
    this.widths = parsePaneWidths(readSaved());
    this.#apply();
  }

  /** Sets a pane's width, kept within its limits and the window; `save` writes it for the next launch. */
  resize(pane: Pane, width: number, save: boolean): void {
    this.widths = { ...this.widths, [pane]: clampWidth(pane, width, this.widths, window.innerWidth) };
    this.#apply();
    if (save) this.save();
  }

  /** Puts a pane back to where a fresh install starts. */
  reset(pane: Pane): void {
    this.resize(pane, initialPaneWidths[pane], true);
  }

  /** Remembers the widths; a full or blocked storage only costs the preference. */
  save(): void {
    try {
      localStorage.setItem(storageKey, JSON.stringify(this.widths));
    } catch {
      // The panes still have their widths for this session.
    }
  }

  #apply(): void {
    const style = document.documentElement.style;
    style.setProperty('--sidebar-width', `${this.widths.sidebar}px`);
    style.setProperty('--list-width', `${this.widths.list}px`);
  }
}

function readSaved(): string | null {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

/** The window's pane layout. */
export const paneLayout = new PaneLayout();
