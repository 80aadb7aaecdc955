// Page object for the Team view: joining a team folder, its state, the problems found in it, and
// the conflicts review. By the roles and names a screen reader announces.
import { expect, type Locator, type Page } from '@playwright/test';

/** The Team view. */
export class TeamViewPage {
  readonly view: Locator;
  readonly conflicts: Locator;
  readonly problems: Locator;

  constructor(readonly page: Page) {
    this.view = page.getByRole('main', { name: 'Reading pane' }).getByRole('article', { name: 'Team' });
    this.conflicts = this.view.getByRole('list', { name: 'Conflicts to settle' }).locator(':scope > li');
    this.problems = this.view.getByRole('list', { name: 'Team folder problems' }).getByRole('listitem');
  }

  /** Opens the view from the main navigation. */
  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Recap' })
      .getByRole('link', { name: /^Team\b/ })
      .click();
    await expect(this.view.getByRole('heading', { level: 1 })).toHaveText('Team');
  }

  /** Joins `folder` under `name`, as a person does in the form, and waits until it is shared. */
  async join(folder: string, name: string): Promise<void> {
    await this.open();
    await this.view.getByRole('textbox', { name: 'Team folder' }).fill(folder);
    await this.view.getByRole('textbox', { name: 'Your name' }).fill(name);
    await this.view.getByRole('button', { name: 'Join team folder' }).click();
    await expect(this.state()).toContainText('Shared');
  }

  /** The line that says whether the folder is shared, and when it last merged. */
  state(): Locator {
    return this.view.getByRole('status').filter({ hasText: /Shared|Out of reach/ });
  }

  /** The people listed in the team folder. */
  people(): Locator {
    return this.view.getByRole('list', { name: 'People in the team folder' }).getByRole('listitem');
  }

  /** One conflict, by what it is on ("Action item “…”"). */
  conflict(on: string | RegExp): Locator {
    return this.view.getByRole('article', { name: typeof on === 'string' ? `Conflict on ${on}` : on });
  }

  /** Merges the folder now rather than waiting for the watcher. */
  async syncNow(): Promise<void> {
    await this.view.getByRole('button', { name: 'Sync now' }).click();
  }
}
