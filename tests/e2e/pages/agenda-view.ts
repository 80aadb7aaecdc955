// Page object for the agenda of an imported schedule: its day tabs, session rows, filters and the
// starred export. By the roles and names a screen reader announces.
import { expect, type Locator, type Page } from '@playwright/test';
import { kubeconLinks, kubeconSchedule, kubeconSessions } from '../../fixtures/agenda/kubecon-agenda';
import type { StoredItem } from '../../../renderer/src/lib/db/database';
import type { DebriefApp } from './debrief-app';
import { putRecords } from './user-database';

/** Writes the KubeCon schedule fixture into the app's database and reloads, as after an import. */
export async function seedKubeconSchedule(app: DebriefApp, sessions: StoredItem[] = kubeconSessions): Promise<void> {
  await putRecords(app.page, 'items', sessions);
  const sessionCount = sessions.filter((session) => session.removed === 0).length;
  await putRecords(app.page, 'schedules', [{ ...kubeconSchedule, sessionCount }]);
  await putRecords(app.page, 'scheduleLinks', kubeconLinks);
  // Dexie's live queries do not see writes made beside it: a reload reads them afresh.
  await app.page.reload();
  await app.waitUntilLoaded();
}

/** The agenda view of a conference. */
export class AgendaPage {
  readonly view: Locator;
  readonly tabs: Locator;
  readonly panel: Locator;
  readonly filters: Locator;

  constructor(readonly page: Page) {
    this.view = page.getByRole('main', { name: 'Reading pane' }).getByRole('article', { name: /^Schedule/ });
    this.tabs = this.view.getByRole('tablist', { name: 'Days of the schedule' });
    this.panel = this.view.getByRole('tabpanel');
    this.filters = this.view.getByRole('group', { name: 'Filter the sessions' });
  }

  /** Opens it from the sidebar's Schedule entry. */
  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Recap' })
      .getByRole('link', { name: /^Schedule\b/ })
      .click();
    await expect(this.view.getByRole('heading', { level: 1 })).toHaveText(/^Schedule — /);
  }

  /** A day's tab, by its label ("Wed 18 May"). */
  tab(label: string | RegExp): Locator {
    return this.tabs.getByRole('tab', { name: label });
  }

  /** The row of a session on the shown day, by its title. */
  row(title: string): Locator {
    return this.panel.getByRole('listitem').filter({ has: this.page.getByRole('link', { name: title, exact: true }) });
  }

  /** Every session row on the shown day. */
  rows(): Locator {
    return this.panel.getByRole('listitem');
  }

  /** A session's star toggle. */
  star(title: string): Locator {
    return this.panel.getByRole('button', { name: `Star ${title}`, exact: true });
  }

  /** A session's attended toggle. */
  attended(title: string): Locator {
    return this.panel.getByRole('button', { name: `Attended ${title}`, exact: true });
  }

  /** The export button. */
  exportButton(): Locator {
    return this.view.getByRole('button', { name: 'Export starred as .ics…' });
  }

  /** What the last export said. */
  exportStatus(): Locator {
    return this.view.getByRole('group', { name: 'Export starred sessions' }).getByRole('status');
  }
}
