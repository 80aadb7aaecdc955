// Page object for the "Trip report…" and "Export to notes app…" review: opened from the sidebar,
// by the roles and names a screen reader announces.
import { expect, type Locator, type Page } from '@playwright/test';

/** The review dialog of a trip report or a notes-app export. */
export class TripReportReview {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: /^(Trip report|Export to notes app)/ });
  }

  /** Opens the review from the sidebar's button ("Trip report…" or "Export to notes app…"). */
  async openFromSidebar(name: 'Trip report…' | 'Export to notes app…'): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Recap' }).getByRole('button', { name }).click();
    await expect(this.dialog).toBeVisible();
    await expect(this.summary()).toBeVisible();
  }

  /** The line that counts what goes in ("2 talks · 1 highlight · …"). */
  summary(): Locator {
    return this.dialog.getByRole('status').filter({ hasText: / talks? · / });
  }

  /** A checkbox of the review by its label. */
  checkbox(name: string): Locator {
    return this.dialog.getByRole('checkbox', { name, exact: true });
  }

  /** Picks the report's format by its label ("Markdown (GitHub, Obsidian)", …). */
  async chooseFormat(label: RegExp): Promise<void> {
    await this.dialog.getByRole('radio', { name: label }).check();
  }

  /** Writes who went. */
  async writePeople(people: string): Promise<void> {
    await this.dialog.getByRole('textbox', { name: 'Who went' }).fill(people);
  }

  /** Presses the save button and waits for what the dialog says it did. */
  async save(): Promise<string> {
    await this.dialog.getByRole('button', { name: /^(Save the trip report…|Export to a folder…)$/ }).click();
    const outcome = this.dialog.getByRole('status').filter({ hasText: /saved to|created,|Cancelled/ });
    await expect(outcome).toBeVisible();
    return (await outcome.textContent()) ?? '';
  }

  /** Closes the review. */
  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: /^(Close|Cancel)$/ }).click();
    await expect(this.dialog).toBeHidden();
  }
}
