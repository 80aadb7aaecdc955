// Page object for search: the combobox named "Search", its listbox of results, the filter chips
// and hints, the match navigator over the talk, and the quick switcher — by the roles and names
// a screen reader announces.
import { expect, type Locator, type Page } from '@playwright/test';

/** The search box and what hangs off it. */
export class SearchBox {
  readonly input: Locator;
  readonly results: Locator;
  readonly recent: Locator;
  readonly chips: Locator;
  readonly hints: Locator;
  readonly summary: Locator;
  readonly matchNavigator: Locator;
  readonly switcher: Locator;

  constructor(readonly page: Page) {
    const bar = page.getByRole('search', { name: 'Recap search' });
    this.input = page.getByRole('combobox', { name: 'Search', exact: true });
    this.results = page.getByRole('listbox', { name: 'Search results' });
    this.recent = page.getByRole('listbox', { name: 'Recent searches' });
    this.chips = bar.getByRole('list', { name: 'Applied filters' }).getByRole('button');
    this.hints = bar.getByRole('list', { name: 'Search hints' }).getByRole('listitem');
    this.summary = bar.locator('.search-summary');
    this.matchNavigator = page.getByRole('region', { name: 'Search matches' });
    this.switcher = page.getByRole('dialog', { name: 'Go to talk' });
  }

  /** Types a query key by key into an empty box, as a person would. */
  async type(query: string): Promise<void> {
    await this.input.fill('');
    await this.input.pressSequentially(query);
  }

  /** The result options, best first. */
  options(): Locator {
    return this.results.getByRole('option');
  }

  /** Waits until the best result's accessible name starts with `title`. */
  async expectTopResult(title: string): Promise<void> {
    await expect(this.options().first()).toHaveAccessibleName(new RegExp(`^${escapeRegExp(title)}`));
  }

  /**
   * Waits until `title` is the best result and the active option — results of an earlier
   * keystroke can still be replacing the list — then opens it with Enter.
   */
  async openTopResult(title: string): Promise<void> {
    await this.expectTopResult(title);
    await expect(this.activeOption()).toHaveAccessibleName(new RegExp(`^${escapeRegExp(title)}`));
    await this.input.press('Enter');
  }

  /** The option that is the combobox's active descendant. */
  activeOption(): Locator {
    return this.results.locator('[role="option"][aria-selected="true"]');
  }

  /** The ranges painted as search matches over the talk, as text. */
  paintedMatches(name: 'debrief-search-match' | 'debrief-search-current' = 'debrief-search-match'): Promise<string[]> {
    return this.page.evaluate((highlight) => {
      const painted = CSS.highlights.get(highlight);
      return painted ? [...painted].map((range) => range.toString()) : [];
    }, name);
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
