// What the user chose to put in a trip report or a notes-app export, in the review before it is written.

/** Which talks go in: a talk is in when it is any of the kinds chosen. */
export const talkChoices = ['starred', 'must-see', 'attended', 'with-notes'] as const;
/** One way a talk can be chosen: starred, graded must-see, attended, or with the user's notes, highlights or actions. */
export type TalkChoice = (typeof talkChoices)[number];

/** What the review asks, with its answers. */
export interface TripReportChoice {
  /** Talks that are any of these go in. With none chosen, no talk goes in. */
  talks: TalkChoice[];
  highlights: boolean;
  notes: boolean;
  actions: boolean;
  /** Notes and highlights marked private go in only when this is set. */
  includePrivate: boolean;
  /** Who went, as the user writes it ("Alice, Bob"); the report's byline. */
  people: string;
}

/** What the review starts with: every chosen kind of talk, everything the user wrote except what is private. */
export const defaultTripReportChoice: TripReportChoice = {
  talks: ['starred', 'must-see', 'attended', 'with-notes'],
  highlights: true,
  notes: true,
  actions: true,
  includePrivate: false,
  people: '',
};
