// Page object for the Debrief window, by the roles and names a screen reader announces.
import { expect, type Locator, type Page } from '@playwright/test';

/** The whole app window. */
export class DebriefApp {
  readonly recapNav: Locator;
  readonly itemList: Locator;
  readonly readingPane: Locator;

  constructor(readonly page: Page) {
    this.recapNav = page.getByRole('navigation', { name: 'Recap' });
    this.itemList = page.getByRole('list', { name: 'Items' });
    this.readingPane = page.getByRole('main', { name: 'Reading pane' });
  }

  /** Waits until the recap is on screen (the loading status is gone). */
  async waitUntilLoaded(): Promise<void> {
    await expect(this.page.getByRole('status').filter({ hasText: 'Loading the recap' })).toHaveCount(0);
    await expect(this.recapNav).toBeVisible();
  }

  /** Opens a day, or Overview or Booths, from the sidebar. */
  async openSection(name: string | RegExp): Promise<void> {
    await this.recapNav.getByRole('link', { name }).click();
  }

  /** Opens an item from the list by its title. */
  async openItem(title: string | RegExp): Promise<void> {
    await this.itemList.getByRole('link', { name: title }).click();
  }

  /** The heading of whatever the reading pane shows. */
  readingHeading(): Locator {
    return this.readingPane.getByRole('heading', { level: 1 });
  }
}
