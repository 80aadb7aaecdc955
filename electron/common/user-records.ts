// The user's own records. They live in the renderer's IndexedDB, are never rewritten by a content
// update, and are what backups and exports carry. Environment-free.

/** A W3C Web Annotation TextQuoteSelector: the quoted text with a little context either side. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** A W3C Web Annotation TextPositionSelector: character offsets into the item's text. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** A note or a highlight the user made on an item. */
export interface Annotation {
  id: string;
  itemId: string;
  kind: 'note' | 'highlight';
  /** The note, or the comment on a highlight; Markdown. */
  body: string;
  /** For highlights: where the highlighted passage is. */
  target?: { quote: TextQuoteSelector; position: TextPositionSelector };
  /**
   * For a highlight made on a recap's text shown on the item (a recap layer, not the item's own
   * body): that layer's id, so it anchors in the text it was made on.
   */
  layerId?: string;
  color?: string;
  tags: string[];
  /** Marked private by the user: left out of trip reports and notes-app exports unless they ask for it. */
  private?: boolean;
  createdAt: string;
  updatedAt: string;
  /** Set when the user deleted it; it stays in the Trash until restored. */
  deletedAt?: string;
}

/** Where an action item stands. */
export const actionStatuses = ['open', 'in progress', 'done', 'dropped'] as const;
/** Where an action item stands. */
export type ActionStatus = (typeof actionStatuses)[number];

/** How urgent an action item is. */
export const actionPriorities = ['low', 'medium', 'high'] as const;
/** How urgent an action item is. */
export type ActionPriority = (typeof actionPriorities)[number];

/** Something the user means to do because of a talk. */
export interface ActionItem {
  id: string;
  itemId: string;
  title: string;
  notes: string;
  status: ActionStatus;
  priority?: ActionPriority;
  owner?: string;
  /** ISO date, YYYY-MM-DD. */
  due?: string;
  tags: string[];
  /** The passage of the talk that prompted it. */
  sourceQuote?: string;
  createdAt: string;
  updatedAt: string;
  completedAt?: string;
  deletedAt?: string;
}

/** How the user rated a talk. */
export type ItemGrade = 'must-see' | 'worth it' | 'skip';
/** Whether the user was there. */
export type ItemAttendance = 'attended' | 'missed' | 'watch the recording';

/** Where a recap talk's link to a schedule session stands: found by title, confirmed, or undone by the user. */
export type ScheduleLinkStatus = 'suggested' | 'confirmed' | 'unlinked';

/**
 * A recap item's link to a session of an imported schedule. The user's records stay on both
 * items: a link only says the two are the same talk, so making, changing or undoing one moves
 * nothing. A link the user confirmed, changed or undid is theirs: a re-import never overwrites it.
 */
export interface ScheduleLink {
  /** The recap item (talk, keynote, panel). */
  itemId: string;
  /** The session item; absent once the user undid the link. */
  sessionId?: string;
  /** How sure the title match was, 0..1; 1 for a session the user chose. */
  confidence: number;
  /** Why it was linked, in the user's words ("same title", "chosen by you"). */
  reason: string;
  status: ScheduleLinkStatus;
  updatedAt: string;
}

/** The user's own marks on an item. */
export interface ItemState {
  itemId: string;
  starred: boolean;
  grade?: ItemGrade;
  attendance?: ItemAttendance;
  updatedAt: string;
}
