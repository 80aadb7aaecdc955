// Where the user is, derived from the route and the database: the conference, the section of it
// the list shows, and the item being read.
import type { Conference } from '../../../electron/common/domain';
import { db, type StoredItem } from './db/database';
import { LiveQuery } from './db/live-query.svelte';
import { listConferences, type Section } from './recap-queries';
import { session } from './session.svelte';

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

  conferences = $derived(this.#conferences.current ?? []);
  item = $derived(this.#item.current ?? null);

  conference = $derived.by((): Conference | undefined => {
    const route = session.route;
    const wanted = route.view === 'item' ? this.item?.conferenceId : route.conferenceId;
    return this.conferences.find((c) => c.id === wanted) ?? this.conferences[0];
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
}
