// Where the user is, derived from the route and the database: the conference, the section of it
// the list shows, and the item being read.
import { untrack } from 'svelte';
import type { Conference } from '../../../electron/common/domain';
import { db, type StoredItem } from './db/database';
import { LiveQuery } from './db/live-query.svelte';
import { listConferences, type Section } from './recap-queries';
import { session } from './session.svelte';

/** Where the last conference the user opened is kept, so views without one (Actions, the library) stay on it. */
export const lastConferenceKey = 'debrief:last-conference';

function readLastConference(): string | undefined {
  try {
    return window.localStorage.getItem(lastConferenceKey) ?? undefined;
  } catch {
    // Storage can be refused (a locked-down profile): the first conference is then the fallback.
    return undefined;
  }
}

function writeLastConference(id: string): void {
  try {
    window.localStorage.setItem(lastConferenceKey, id);
  } catch {
    // Not remembering is harmless: the sidebar falls back to the first conference.
  }
}

/** The conference, section and item on screen. Create during component initialisation. */
export class CurrentPlace {
  #conferences = new LiveQuery(
    () => null,
    () => listConferences(),
  );
  #item = new LiveQuery(
    () => (session.route.view === 'item' ? session.route.itemId : undefined),
    async (itemId): Promise<StoredItem | null> => (itemId ? ((await db.items.get(itemId)) ?? null) : null),
  );
  #last = $state(readLastConference());

  conferences = $derived(this.#conferences.current ?? []);
  item = $derived(this.#item.current ?? null);

  conference = $derived.by((): Conference | undefined => {
    const route = session.route;
    const wanted = route.view === 'item' ? this.item?.conferenceId : route.conferenceId;
    return (
      this.conferences.find((c) => c.id === wanted) ??
      this.conferences.find((c) => c.id === this.#last) ??
      this.conferences[0]
    );
  });

  section = $derived.by((): Section => {
    const route = session.route;
    if (route.view === 'day') return { kind: 'day', day: route.day };
    if (route.view === 'booths') return { kind: 'booths' };
    if (route.view === 'item' && this.item) {
      if (this.item.kind === 'booth') return { kind: 'booths' };
      if (this.item.day !== undefined) return { kind: 'day', day: this.item.day };
    }
    return { kind: 'all' };
  });

  constructor() {
    // Whatever conference is on screen is the one to come back to.
    $effect(() => {
      const id = this.conference?.id;
      if (!id || id === untrack(() => this.#last)) return;
      this.#last = id;
      writeLastConference(id);
    });
  }
}
