// The app's session: loading the content into the database, the problems found in it, and the
// current route. One instance, shared by every component.
import type { ContentProblem } from '../../../electron/common/domain';
import { mainProcess } from './bridge';
import { db } from './db/database';
import { seedContent } from './db/seed-content';
import { startAutoBackup } from './backup/auto-backup';
import { requestPersistentStorage } from './annotations/persistent-storage';
import { parseRoute, routeHash, type Route } from './route';
import { hasOpenDialogs } from './imports/pick-files';
import { search } from './search/search-session.svelte';
import { team } from './team/team-sync.svelte';

/** Loads the recap and tracks where the user is in it. */
export class Session {
  status = $state<'loading' | 'ready' | 'failed'>('loading');
  failure = $state('');
  problems = $state<ContentProblem[]>([]);
  /** Why the last automatic backup failed, until one succeeds again. */
  backupFailure = $state('');
  route = $state<Route>(parseRoute(window.location.hash));

  /** Asks main for the content, seeds the database when it changed, and follows the location hash. */
  async start(): Promise<void> {
    void requestPersistentStorage();
    // Asked now, so a click on "Import…" opens the page's file chooser at once where main has no dialog.
    void hasOpenDialogs();
    window.addEventListener('hashchange', () => {
      this.route = parseRoute(window.location.hash);
    });
    try {
      await db.openChecked();
      const bundle = await mainProcess().loadContent();
      await seedContent(db, bundle);
      this.problems = bundle.problems;
      this.status = 'ready';
      const api = mainProcess();
      startAutoBackup(
        db,
        (text) => api.writeBackup(text),
        'debrief',
        (failure) => (this.backupFailure = failure),
      );
      void team.start(db, api, search.settled);
    } catch (error) {
      this.failure = error instanceof Error ? error.message : String(error);
      this.status = 'failed';
    }
  }

  /** Moves to a route (and records it in the hash, so reload and back work). */
  go(route: Route): void {
    const hash = routeHash(route);
    if (window.location.hash !== hash) window.location.hash = hash;
    this.route = route;
  }
}

/** The app's session. */
export const session = new Session();
