// Page object for the Actions view: filters, selection, bulk changes, export and import. By the
// roles and names a screen reader announces.
import { expect, type Locator, type Page } from '@playwright/test';

/** The Actions view across the recap. */
export class ActionsViewPage {
  readonly view: Locator;
  readonly filters: Locator;
  /** Every action row shown, across the groups. */
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.view = page.getByRole('main', { name: 'Reading pane' }).getByRole('article', { name: 'Action items' });
    this.filters = this.view.getByRole('search', { name: 'Filter action items' });
    this.rows = this.view.getByRole('list', { name: /: action items$/ }).locator(':scope > li');
  }

  /** Opens the view from the main navigation. */
  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Recap' }).getByRole('link', { name: 'Actions' }).click();
    await expect(this.view.getByRole('heading', { level: 1 })).toHaveText('Action items');
  }

  /** Sets a filter, the order or the grouping by the visible option label. */
  async choose(field: string, option: string): Promise<void> {
    await this.filters.getByRole('combobox', { name: field, exact: true }).selectOption({ label: option });
  }

  /** The row of one action, by its title. */
  row(title: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('checkbox', { name: `Select “${title}”` }) });
  }

  /** Checks one action's box. */
  async select(title: string): Promise<void> {
    await this.view.getByRole('checkbox', { name: `Select “${title}”` }).check();
  }

  /** Exports what is selected (or shown) in a format, and waits for "Saved to …". */
  async exportAs(format: string): Promise<void> {
    const group = this.view.getByRole('group', { name: /^Export / });
    await group.getByRole('combobox', { name: 'Export format' }).selectOption({ label: format });
    await group.getByRole('button', { name: /^Export .*…$/ }).click();
    await expect(group.getByRole('status')).toContainText('Saved to ');
  }

  /** The message after the last export. */
  exportStatus(): Locator {
    return this.view.getByRole('group', { name: /^Export / }).getByRole('status');
  }

  /** Starts an import: the test answers the open dialog first. */
  async startImport(): Promise<void> {
    await this.view.getByRole('button', { name: 'Import from JSON…' }).click();
  }

  /** The import preview, once a good file was picked. */
  importPreview(): Locator {
    return this.view.getByRole('region', { name: /^Import / });
  }
}
