// Page objects for the Annotations view (every note and highlight, filtered) and the Trash.
import type { Locator, Page } from '@playwright/test';

/** The Annotations view. */
export class AnnotationsView {
  readonly filters: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    const pane = page.getByRole('main', { name: 'Reading pane' });
    this.filters = pane.getByRole('search', { name: 'Filter annotations' });
    this.rows = pane.getByRole('list', { name: 'Annotations' }).locator(':scope > li');
  }

  /** Opens it from the sidebar. */
  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Recap' }).getByRole('link', { name: 'Annotations' }).click();
  }

  /** Types words to find inside annotations. */
  async search(words: string): Promise<void> {
    await this.filters.getByRole('searchbox', { name: 'Search annotations' }).fill(words);
  }

  /** Picks a value of one of the select filters ("Tag", "Color", "Day", "Kind"). */
  async choose(filter: string, option: string): Promise<void> {
    await this.filters.getByRole('combobox', { name: filter }).selectOption({ label: option });
  }

  /** Resets every filter. */
  async clear(): Promise<void> {
    await this.filters.getByRole('button', { name: 'Clear filters' }).click();
  }
}

/** The Trash view. */
export class TrashView {
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.rows = page
      .getByRole('main', { name: 'Reading pane' })
      .getByRole('list', { name: 'Deleted notes and highlights' })
      .getByRole('listitem');
  }

  /** Opens it from the sidebar. */
  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Recap' }).getByRole('link', { name: 'Trash' }).click();
  }

  /** Restores the deleted entry that contains `text`. */
  async restore(text: string | RegExp): Promise<void> {
    await this.rows.filter({ hasText: text }).getByRole('button', { name: 'Restore' }).click();
  }
}
