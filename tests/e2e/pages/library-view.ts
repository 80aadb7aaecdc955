// Page object for the library and for switching conferences: the Library view's list of
// conferences, the sidebar's Library link, and the "Go to conference" picker — by the roles and
// names a screen reader announces.
import { expect, type Locator, type Page } from '@playwright/test';
import { harbour, harbourSchedule, harbourSessions } from '../../fixtures/agenda/harbour-agenda';
import { putRecords } from './user-database';

/** Writes a second conference that only a schedule brought (no recap, no booths) and reloads, as after an import. */
export async function seedHarbourConference(page: Page): Promise<void> {
  await putRecords(page, 'conferences', [harbour]);
  await putRecords(page, 'schedules', [harbourSchedule]);
  await putRecords(page, 'items', harbourSessions);
  // Dexie's live queries do not see writes made beside it: a reload reads them afresh.
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Recap' })).toBeVisible();
}

/** The library view and the conference switcher. */
export class LibraryView {
  readonly view: Locator;
  readonly conferences: Locator;
  readonly sidebarLink: Locator;
  readonly switcher: Locator;
  readonly switcherInput: Locator;
  readonly switcherOptions: Locator;

  constructor(readonly page: Page) {
    this.view = page.getByRole('main', { name: 'Reading pane' }).getByRole('article', { name: 'Library' });
    // Each conference's card is the list item with the conference's heading (its counts are a list inside).
    this.conferences = this.view
      .getByRole('list', { name: 'Conferences' })
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 2 }) });
    this.sidebarLink = page.getByRole('navigation', { name: 'Recap' }).getByRole('link', { name: /^Library\b/ });
    this.switcher = page.getByRole('dialog', { name: 'Go to conference' });
    this.switcherInput = this.switcher.getByRole('combobox', { name: 'Conference' });
    this.switcherOptions = this.switcher.getByRole('listbox', { name: 'Conferences' }).getByRole('option');
  }

  /** A conference's card in the library, by its name. */
  conference(name: string): Locator {
    return this.conferences.filter({ has: this.page.getByRole('heading', { name, exact: true }) });
  }

  /** The counts a conference's card shows, as text ("3 talks", "1 note", "0 open actions"). */
  counts(name: string): Locator {
    return this.conference(name)
      .getByRole('list', { name: `In ${name}` })
      .getByRole('listitem');
  }

  /** Opens the switcher with its shortcut, types part of a name and opens the match with Enter. */
  async switchTo(typed: string, name: string): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+Shift+K');
    await expect(this.switcherInput).toBeFocused();
    await this.page.keyboard.type(typed);
    await expect(this.switcherOptions.and(this.page.locator('[aria-selected="true"]'))).toContainText(name);
    await this.page.keyboard.press('Enter');
    await expect(this.switcher).toBeHidden();
  }
}
