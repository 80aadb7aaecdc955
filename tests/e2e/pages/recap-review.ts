// Page object for importing the user's own recaps: the sidebar's import buttons, the review
// dialog, and a recap's notes shown on a talk. By the roles and names a screen reader announces.
import { expect, type Locator, type Page } from '@playwright/test';
import type { DialogAnswers } from '../fixtures';
import { selectTextIn } from './select-text';

/** Importing recaps and reviewing what they bring. */
export class RecapReview {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: /^Import your recap/ });
  }

  /** Picks files (or one folder) through main's open dialog, answered by the test, and waits for the review. */
  async open(dialogs: DialogAnswers, paths: string[], folder: boolean): Promise<void> {
    dialogs.openPaths = paths;
    const nav = this.page.getByRole('navigation', { name: 'Recap' });
    await nav.getByRole('button', { name: folder ? 'Import a folder…' : 'Import recap files…' }).click();
    await expect(this.dialog).toBeVisible();
  }

  /** The review's list of the talks it found. */
  talks(): Locator {
    return this.dialog.getByRole('list', { name: 'Talks it found' }).getByRole('listitem');
  }

  /** The "Notes go to" choice of one talk, by its title. */
  linkOf(title: string): Locator {
    return this.dialog.getByRole('combobox', { name: `Link for “${title}”` });
  }

  /** Saves what the review shows, and waits until the dialog has closed. */
  async importAll(count: number): Promise<void> {
    await this.dialog.getByRole('button', { name: `Import ${count} ${count === 1 ? 'talk' : 'talks'}` }).click();
    await expect(this.dialog).toBeHidden();
  }

  /** The talks an imported recap's own page lists, each a link to the talk's page. */
  recapTalks(): Locator {
    return this.page
      .getByRole('main', { name: 'Reading pane' })
      .getByRole('list', { name: 'Talks in this recap' })
      .getByRole('link');
  }
}

/** One recap's notes on the talk in the reading pane, by the recap's name. */
export class RecapNotes {
  readonly region: Locator;

  constructor(
    readonly page: Page,
    recapTitle: string,
  ) {
    this.region = page
      .getByRole('main', { name: 'Reading pane' })
      .getByRole('article', { name: `Notes from ${recapTitle}` });
  }

  /** Selects `passage` in these notes the way a mouse drag would. */
  selectPassage(passage: string): Promise<void> {
    return selectTextIn(this.region.locator('.layer-body'), passage);
  }

  /** Highlights the selected passage of these notes in yellow, from the toolbar at the selection. */
  async highlightSelection(): Promise<void> {
    const toolbar = this.region.getByRole('toolbar', { name: 'Highlight the selection' });
    await toolbar.getByRole('button', { name: 'Yellow', exact: true }).click();
    await expect(toolbar).toBeHidden();
  }
}
