// Domain types shared by main, preload and renderer. Environment-free: no Node, Electron or DOM.

/** What an item of a recap is, in the words the recap uses. Content files may use these. */
export const recapItemKinds = ['talk', 'keynote', 'panel', 'lightning-talks', 'booth'] as const;
/** Every kind of item: the recap's kinds, and a session imported from the official schedule. */
export const itemKinds = [...recapItemKinds, 'session'] as const;
/**
 * The kind of an item: a talk, a keynote block, a panel, a lightning-talk block or a booth product
 * of the recap, or a session of the imported schedule.
 */
export type ItemKind = (typeof itemKinds)[number];

/** Human words for an item kind, as lists, pages, search results and reports show it. */
export const kindLabels: Record<ItemKind, string> = {
  talk: 'Talk',
  keynote: 'Keynote',
  panel: 'Panel',
  'lightning-talks': 'Lightning talks',
  booth: 'Booth',
  session: 'Session',
};

/** A person on stage, with the organisation they spoke for. */
export interface Speaker {
  name: string;
  org?: string;
}

/** One day of a conference as the recap's author lived it ("Day 0" may be a co-located day). */
export interface ConferenceDay {
  number: number;
  /** ISO date, YYYY-MM-DD. */
  date: string;
  label: string;
  summary?: string;
}

/** A conference the app holds a recap of. */
export interface Conference {
  id: string;
  name: string;
  location: string;
  startDate: string;
  endDate: string;
  timezone: string;
  website?: string;
  days: ConferenceDay[];
  /** The overview and overall impressions, Markdown. */
  body: string;
  /** Where the record came from: the bundled content file it was read from. */
  source: string;
}

/** Links that belong to an item. */
export interface ItemLinks {
  video?: string;
  slides?: string;
  schedule?: string;
}

/** What an imported schedule says of a session, beyond what every item has. */
export interface SessionDetails {
  /** The imported schedule it came from (`StoredSchedule.id`). */
  scheduleId: string;
  /** The schedule's own id for the session; a re-import with the same key updates it in place. */
  key: string;
  subtitle?: string;
  /** Exact start and end instants, ISO 8601 UTC. */
  startsAt: string;
  endsAt: string;
  room?: string;
  type?: string;
  language?: string;
  abstract?: string;
  url?: string;
  links: { title: string; url: string }[];
}

/** A talk, keynote, panel, lightning-talk block or booth product in a recap, or a session of an imported schedule. */
export interface RecapItem {
  /** Stable id: `<conference id>/<item slug>`. User records point at it, so it never changes. */
  id: string;
  conferenceId: string;
  slug: string;
  kind: ItemKind;
  title: string;
  /** The recap's day number; absent for booths. */
  day?: number;
  /** ISO date of that day, when known. */
  date?: string;
  /** Position within the day as the author lived it. */
  order?: number;
  speakers: Speaker[];
  track?: string;
  tags: string[];
  links: ItemLinks;
  /** For booths: the author's verdict in a phrase. */
  verdict?: string;
  takeaways: string[];
  /** What the author said about it, Markdown. */
  body: string;
  source: string;
  /** Sessions of an imported schedule only: time, room, abstract and links. */
  session?: SessionDetails;
  /** Talks made from a recap the user imported (`RecapSource.id`); their text is also that recap's layer. */
  recapId?: string;
}

/** A problem found in content: which file, where in it, which field, and what is wrong. */
export interface ContentProblem {
  file: string;
  line?: number;
  field?: string;
  message: string;
}

/** Everything the main process hands the renderer: the parsed content, its hash, and what could not be read. */
export interface ContentBundle {
  /** Hash over every content file read; the renderer re-seeds its database only when it changes. */
  hash: string;
  conferences: Conference[];
  items: RecapItem[];
  problems: ContentProblem[];
}
