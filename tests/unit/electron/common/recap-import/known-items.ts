// Known items for the recap-import tests: the invented Harbour DevDays 2024 that the fixtures in
// tests/fixtures/recap-import/ describe, and a second conference that shares a title and a booth.
import type { ItemKind, RecapItem } from '../../../../../electron/common/domain';

/** A recap item with only what the importer reads filled in. */
export function knownItem(conferenceId: string, slug: string, kind: ItemKind, title: string, day?: number): RecapItem {
  return {
    id: `${conferenceId}/${slug}`,
    conferenceId,
    slug,
    kind,
    title,
    ...(day === undefined ? {} : { day }),
    speakers: [],
    tags: [],
    links: {},
    takeaways: [],
    body: '',
    source: `${conferenceId}/items/${slug}.md`,
  };
}

const harbour = (slug: string, kind: ItemKind, title: string, day?: number) =>
  knownItem('harbour-devdays-2024', slug, kind, title, day);

/** What the app knows when the user imports their Harbour DevDays recap. */
export const knownItems: RecapItem[] = [
  harbour('opening-keynotes', 'keynote', 'Day 1 Keynotes: Opening', 1),
  harbour('ship-it-friday', 'talk', 'Ship It Friday: Continuous Delivery Without Fear', 1),
  harbour('observability-shoestring', 'talk', 'Observability on a Shoestring: Tracing for Small Teams', 1),
  harbour('rust-in-the-rain', 'talk', 'Rust in the Rain: Embedded Weather Stations', 2),
  harbour('lightning-talks', 'lightning-talks', 'Lightning Talks', 2),
  harbour('boring-databases', 'talk', 'The Joy of Boring Databases', 2),
  harbour('pocket-db', 'booth', 'Pocket DB'),
  harbour('tidewater', 'booth', 'Tidewater'),
  harbour('sail-io', 'booth', 'Sail.io'),
  // Another conference with the same database talk and booth: the recap is about Harbour, so Harbour's win.
  knownItem('other-conf-2023', 'boring-databases', 'talk', 'The Joy of Boring Databases', 1),
  knownItem('other-conf-2023', 'tidewater', 'booth', 'Tidewater'),
];
