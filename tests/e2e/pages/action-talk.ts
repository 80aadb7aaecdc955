// Page object for the action items on an open talk: the "New action item" box, "Make action item"
// from a selection, and each action's fields. By the roles and names a screen reader announces.
import { expect, type Locator, type Page } from '@playwright/test';

/** The "Action items" section of the talk in the reading pane. */
export class TalkActions {
  readonly section: Locator;
  readonly newActionBox: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole('main', { name: 'Reading pane' }).getByRole('region', { name: 'Action items' });
    this.newActionBox = this.section.getByRole('textbox', { name: 'New action item' });
  }

  /** Types an action item and presses Enter, the one-keystroke way. */
  async add(title: string): Promise<Locator> {
    await this.newActionBox.fill(title);
    await this.newActionBox.press('Enter');
    await expect(this.newActionBox).toHaveValue('');
    const card = this.card(title);
    await expect(card).toBeVisible();
    return card;
  }

  /** Selects `passage` in the talk's text the way a mouse drag would (a DOM selection). */
  async selectPassage(passage: string): Promise<void> {
    const found = await this.page.evaluate((wanted) => {
      const root = document.querySelector('.item-body');
      if (!root) return 'no .item-body';
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node as Text).data.indexOf(wanted);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        document.getSelection()!.removeAllRanges();
        document.getSelection()!.addRange(range);
        return 'ok';
      }
      return `"${wanted}" is not in one text node of the talk`;
    }, passage);
    expect(found).toBe('ok');
  }

  /** Makes an action item from the passage selected in the talk's text, with an optional typed title. */
  async makeFromSelection(title = ''): Promise<void> {
    if (title) await this.newActionBox.fill(title);
    await this.section.getByRole('button', { name: 'Make action item' }).click();
  }

  /** One action item's card, by its title. */
  card(title: string): Locator {
    return this.section.getByRole('article', { name: `Action item: ${title}` });
  }

  /** Picks a value in one of a card's dropdowns ("Status", "Priority") by its visible label. */
  async choose(title: string, field: 'Status' | 'Priority', option: string): Promise<void> {
    await this.card(title).getByRole('combobox', { name: field, exact: true }).selectOption({ label: option });
  }

  /** Types into one of a card's text fields and waits until it is saved. */
  async type(title: string, field: 'Owner' | 'Notes', text: string): Promise<void> {
    const card = this.card(title);
    // By label: with teammates to suggest, Owner is a combobox (a text box with a list of names).
    await card.getByLabel(field, { exact: true }).fill(text);
    await expect(card.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  }

  /** Sets a card's due date (YYYY-MM-DD). */
  async setDue(title: string, date: string): Promise<void> {
    await this.card(title).getByLabel('Due date', { exact: true }).fill(date);
  }
}
