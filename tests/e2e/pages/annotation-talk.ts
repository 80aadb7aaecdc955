// Page object for the user's own marks on an open talk: star, grade and attendance; highlighting a
// selected passage with the toolbar that floats at the selection; the note; the list of highlights. By the roles and names a screen reader announces.
import { expect, type Locator, type Page } from '@playwright/test';
import { selectTextIn } from './select-text';

/** The annotation controls of the talk in the reading pane. */
export class TalkAnnotations {
  readonly marks: Locator;
  /** The toolbar that appears at a selection in the talk's text. */
  readonly selectionToolbar: Locator;
  /** The field "Comment" opens in that toolbar. */
  readonly toolbarComment: Locator;
  readonly notesSection: Locator;
  readonly highlightList: Locator;

  constructor(readonly page: Page) {
    const pane = page.getByRole('main', { name: 'Reading pane' });
    this.marks = pane.getByRole('group', { name: 'Your marks on this talk' });
    this.selectionToolbar = pane.getByRole('toolbar', { name: 'Highlight the selection' });
    this.toolbarComment = pane.getByRole('textbox', { name: 'Comment on the highlight' });
    this.notesSection = pane.getByRole('region', { name: 'Your notes' });
    this.highlightList = pane.getByRole('list', { name: 'Highlights' });
  }

  /** The Star toggle. */
  starButton(): Locator {
    return this.marks.getByRole('button', { name: 'Star', exact: true });
  }

  /** A grade or attendance toggle by its label ("Must-see", "Attended", ...). */
  markButton(name: string): Locator {
    return this.marks.getByRole('button', { name, exact: true });
  }

  /** Selects `passage` in the talk's text the way a mouse drag would (a DOM selection). */
  selectPassage(passage: string): Promise<void> {
    return selectTextIn(this.page.locator('.item-body'), passage);
  }

  /**
   * Highlights the selected passage from the selection toolbar, by mouse: a swatch (Yellow unless
   * told), or "Comment" then the color and the comment, Enter to save. Waits until the toolbar closes.
   */
  async highlightSelection(options: { color?: string; comment?: string } = {}): Promise<void> {
    await expect(this.selectionToolbar).toBeVisible();
    if (options.comment) {
      await this.selectionToolbar.getByRole('button', { name: 'Comment', exact: true }).click();
      await expect(this.toolbarComment).toBeFocused();
      if (options.color) await this.swatch(options.color).click();
      await this.toolbarComment.fill(options.comment);
      await this.toolbarComment.press('Enter');
    } else {
      await this.swatch(options.color ?? 'Yellow').click();
    }
    await expect(this.selectionToolbar).toBeHidden();
  }

  /** A color swatch of the selection toolbar ("Yellow", "Green", ...). */
  swatch(color: string): Locator {
    return this.selectionToolbar.getByRole('button', { name: color, exact: true });
  }

  /** The texts of the ranges painted in one highlight color over the talk's text. */
  paintedPassages(color: string): Promise<string[]> {
    return this.page.evaluate((name) => {
      const highlight = CSS.highlights.get(name);
      return highlight ? [...highlight].map((range) => range.toString()) : [];
    }, `debrief-annotation-${color}`);
  }

  /** A highlight card in the talk's list, by (the start of) its quote. */
  highlightCard(quote: string | RegExp): Locator {
    return this.highlightList.getByRole('article', { name: quote });
  }

  /** The note editor. */
  notesBox(): Locator {
    return this.notesSection.getByRole('textbox', { name: 'Notes', exact: true });
  }

  /** The note as rendered Markdown. */
  renderedNote(): Locator {
    return this.notesSection.getByRole('region', { name: 'Your note' });
  }

  /** The save status line of the note ("Saving…", "Saved"). */
  noteStatus(): Locator {
    return this.notesSection.getByRole('status').first();
  }

  /** Types a note and waits until it is committed ("Saved"). */
  async writeNote(text: string): Promise<void> {
    await this.notesBox().fill(text);
    await expect(this.noteStatus()).toHaveText('Saved');
  }

  /** Adds a tag to the note. */
  async tagNote(tag: string): Promise<void> {
    await this.notesSection.getByRole('combobox', { name: 'Add a tag to your note' }).fill(tag);
    await this.notesSection.getByRole('button', { name: 'Add tag' }).first().click();
  }

  /** The tags on the note. */
  noteTags(): Locator {
    return this.notesSection.getByRole('list', { name: 'Tags on your note' }).getByRole('listitem');
  }

  /** The "Undo" offered after a deletion. */
  undoButton(): Locator {
    return this.page.getByRole('button', { name: 'Undo', exact: true });
  }
}
