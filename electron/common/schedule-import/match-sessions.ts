// Links the recap's talks to the sessions of an imported schedule by title: the recap names a talk
// as its author remembered it ("Backstage: Restoring Order To Your Chaos"), the schedule as the
// conference published it, so case, punctuation, a subtitle and small slips must not matter, while
// two different talks that share a few words must never be linked. Pure.
import type { RecapItem, Speaker } from '../domain';
import { titleKeys } from '../recap-import/words';
import type { ScheduleSession } from './schedule';
import {
  compareWords,
  comparedTitle,
  couldMatch,
  sameNumbers,
  wordComparer,
  type ComparedTitle,
  type WordDifference,
} from './session-titles';

/** A recap item paired with the schedule session it is, by the session's key. */
export interface SessionMatch {
  itemId: string;
  sessionKey: string;
  /** How sure the match is, 0..1: 1 for the same title on the same day. */
  confidence: number;
  /** Why, in the user's words: "same title", "title without its subtitle", "same title, different day". */
  reason: string;
}

/** How sure a match must be to be proposed at all, unless the caller says otherwise. */
export const defaultMinConfidence = 0.6;

/** The recap kinds that are talks on a stage, and so may be in the schedule; booths never are. */
const matchedKinds = new Set<RecapItem['kind']>(['talk', 'keynote', 'panel', 'lightning-talks']);

// What each kind of difference costs or earns. Tests pin the resulting confidences.
const subtitleScore = 0.9;
const otherSubtitleScore = 0.7;
const typoCost = 0.2;
const wordCost = [0, 0.25, 0.3];
const sharedSpeakerGain = 0.1;
const otherSpeakersCost = 0.1;
const otherDayCost = 0.15;
// Several sessions fit equally well ("Project Update: Flux", "Project Update: Argo" for a recap's
// "Project Update"): below the default threshold unless speakers or day single one out.
const ambiguityCost = 0.35;

interface TitleFit {
  score: number;
  reason: string;
}

function editWords({ typos, addedWords }: WordDifference): string {
  const words = addedWords === 0 ? '' : addedWords === 1 ? 'one word' : 'two words';
  const slips = typos === 0 ? '' : typos === 1 ? 'a typo' : `${typos} typos`;
  return [words, slips].filter(Boolean).join(' and ');
}

function editCost({ typos, addedWords }: WordDifference): number {
  const words = wordCost[addedWords] ?? 1;
  if (typos === 0) return words;
  return addedWords === 0 ? typoCost : words + 0.05;
}

function withoutSubtitle(difference: WordDifference): TitleFit {
  const edit = editWords(difference);
  return {
    score: subtitleScore - editCost(difference),
    reason: `title without its subtitle${edit ? `, differs by ${edit}` : ''}`,
  };
}

/** Words of a recap title a session's title has, counted exactly: of its whole title and of its main title. */
export interface SharedWords {
  full: number;
  main: number;
}

const anyShared: SharedWords = { full: Infinity, main: Infinity };

/**
 * How well two titles fit: the same title, one without its subtitle, or the same title with
 * another subtitle. `shared` lets it skip alignments that cannot succeed.
 */
export function titleFit(
  recap: ComparedTitle,
  session: ComparedTitle,
  same = wordComparer(),
  shared = anyShared,
): TitleFit | undefined {
  const fits: TitleFit[] = [];
  const whole = couldMatch(shared.full, recap.full.length, session.full.length)
    ? compareWords(recap.full, session.full, same)
    : undefined;
  if (whole) {
    const edit = editWords(whole);
    fits.push({ score: 1 - editCost(whole), reason: edit ? `title differs by ${edit}` : 'same title' });
  }
  const oneHasSubtitle = (recap.sub.length === 0) !== (session.sub.length === 0);
  const bothHaveSubtitles = recap.sub.length > 0 && session.sub.length > 0;
  // A main title of one word ("Backstage", "Keynote") says too little on its own.
  const mainLength = Math.min(recap.main.length, session.main.length);
  const mainsMayFit = couldMatch(shared.main, recap.main.length, session.main.length);
  if (mainsMayFit && ((oneHasSubtitle && mainLength >= 2) || (bothHaveSubtitles && mainLength >= 3))) {
    const main = compareWords(recap.main, session.main, same);
    if (main && oneHasSubtitle) fits.push(withoutSubtitle(main));
    // Another subtitle with other numbers is another part: "Lessons, Part 1" and "Lessons, Part 2".
    if (main && bothHaveSubtitles && sameNumbers(recap.full, session.full)) {
      const edit = editWords(main);
      fits.push({
        score: otherSubtitleScore - editCost(main),
        reason: `same title${edit ? ` but for ${edit}` : ''}, different subtitle`,
      });
    }
  }
  // "Title: Part" against a schedule's title "Title: Part" with a subtitle field of its own.
  const { titleOnly } = session;
  if (titleOnly && Math.min(recap.full.length, titleOnly.length) >= 2) {
    const difference = couldMatch(shared.full, recap.full.length, titleOnly.length)
      ? compareWords(recap.full, titleOnly, same)
      : undefined;
    if (difference) fits.push(withoutSubtitle(difference));
  }
  return fits.sort((a, b) => b.score - a.score)[0];
}

function nameWords(speaker: Speaker): Set<string> {
  return new Set(titleKeys(speaker.name));
}

/** The same person: the same name words in any order, or one name inside the other ("Rafael Fernández López", "Rafael Fernandez"). */
function samePerson(a: Set<string>, b: Set<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0 || (small.size < 2 && small.size !== large.size)) return false;
  return [...small].every((word) => large.has(word));
}

/** Whether the speakers overlap: true, false, or undefined when one side names nobody. */
function speakersOverlap(recap: readonly Speaker[], session: readonly Speaker[]): boolean | undefined {
  if (recap.length === 0 || session.length === 0) return undefined;
  const theirs = session.map(nameWords);
  return recap.some((speaker) => {
    const ours = nameWords(speaker);
    return theirs.some((other) => samePerson(ours, other));
  });
}

interface Candidate {
  item: number;
  session: number;
  /** Before clamping to 0..1, so a speaker still orders two exact titles. */
  score: number;
  titleScore: number;
  reasons: string[];
}

/** Whether any way `titleFit` compares two titles could succeed, judged by the words they share alone. */
function mayFit(recap: ComparedTitle, session: ComparedTitle, full: number, main: number): boolean {
  return (
    couldMatch(full, recap.full.length, session.full.length) ||
    couldMatch(main, recap.main.length, session.main.length) ||
    (session.titleOnly !== undefined && couldMatch(full, recap.full.length, session.titleOnly.length))
  );
}

/** Sessions by the words of their titles, so a recap item is compared with the few that share its words. */
class SessionIndex {
  readonly titles: ComparedTitle[];
  private readonly byWord = new Map<string, number[]>();

  constructor(sessions: readonly ScheduleSession[]) {
    this.titles = sessions.map((session) => comparedTitle(session.title, session.subtitle));
    this.titles.forEach((title, index) => {
      for (const word of new Set(title.full)) {
        const list = this.byWord.get(word);
        if (list) list.push(index);
        else this.byWord.set(word, [index]);
      }
    });
  }

  /**
   * The sessions whose titles share enough of the title's words to fit it at all, with how many
   * they share. Counted in arrays: common words ("the", "kubernetes") are in most titles.
   */
  candidates(title: ComparedTitle): [number, SharedWords][] {
    const full = new Int32Array(this.titles.length);
    const main = new Int32Array(this.titles.length);
    const touched: number[] = [];
    title.full.forEach((word, position) => {
      for (const index of this.byWord.get(word) ?? []) {
        if (full[index] === 0) touched.push(index);
        full[index]! += 1;
        if (position < title.main.length) main[index]! += 1;
      }
    });
    return touched
      .filter((index) => mayFit(title, this.titles[index]!, full[index]!, main[index]!))
      .map((index) => [index, { full: full[index]!, main: main[index]! }]);
  }
}

/**
 * Pairs recap talks, keynotes, panels and lightning-talk blocks with schedule sessions by title,
 * each item with at most one session and each session with at most one item, best matches first.
 * Shared speakers raise the confidence, other speakers or another day lower it; nothing below
 * `minConfidence` (default 0.6) is proposed. Returned in the order of `recapItems`.
 */
export function matchSessions(
  recapItems: readonly RecapItem[],
  sessions: readonly ScheduleSession[],
  options: { minConfidence?: number } = {},
): SessionMatch[] {
  const minConfidence = options.minConfidence ?? defaultMinConfidence;
  const index = new SessionIndex(sessions);
  const same = wordComparer();
  const candidates: Candidate[] = [];
  recapItems.forEach((item, itemIndex) => {
    if (!matchedKinds.has(item.kind)) return;
    const title = comparedTitle(item.title);
    if (title.full.length === 0) return;
    const fits = index.candidates(title).flatMap(([sessionIndex, shared]) => {
      const fit = titleFit(title, index.titles[sessionIndex]!, same, shared);
      return fit ? [{ sessionIndex, fit }] : [];
    });
    const best = Math.max(...fits.map(({ fit }) => fit.score));
    const tiedTitles = new Set(
      fits
        .filter(({ fit }) => fit.score === best)
        .map(({ sessionIndex }) => index.titles[sessionIndex]!.full.join(' ')),
    );
    for (const { sessionIndex, fit } of fits) {
      const session = sessions[sessionIndex]!;
      const reasons = [fit.reason];
      let score = fit.score;
      if (best < 1 && fit.score === best && tiedTitles.size > 1) {
        score -= ambiguityCost;
        reasons.push('one of several sessions with that title');
      }
      const overlap = speakersOverlap(item.speakers, session.speakers);
      if (overlap === true) {
        score += sharedSpeakerGain;
        reasons.push(item.speakers.length === 1 ? 'same speaker' : 'same speakers');
      } else if (overlap === false) {
        score -= otherSpeakersCost;
        reasons.push('different speakers');
      }
      if (item.date && session.date && item.date !== session.date) {
        score -= otherDayCost;
        reasons.push('different day');
      }
      candidates.push({ item: itemIndex, session: sessionIndex, score, titleScore: fit.score, reasons });
    }
  });

  const confidenceOf = (candidate: Candidate) => Math.round(Math.min(1, Math.max(0, candidate.score)) * 100) / 100;
  candidates.sort(
    (a, b) => b.score - a.score || b.titleScore - a.titleScore || a.item - b.item || a.session - b.session,
  );
  const takenItems = new Set<number>();
  const takenSessions = new Set<number>();
  const chosen: Candidate[] = [];
  for (const candidate of candidates) {
    if (confidenceOf(candidate) < minConfidence) break;
    if (takenItems.has(candidate.item) || takenSessions.has(candidate.session)) continue;
    takenItems.add(candidate.item);
    takenSessions.add(candidate.session);
    chosen.push(candidate);
  }
  return chosen
    .sort((a, b) => a.item - b.item)
    .map((candidate) => ({
      itemId: recapItems[candidate.item]!.id,
      sessionKey: sessions[candidate.session]!.key,
      confidence: confidenceOf(candidate),
      reason: candidate.reasons.join(', '),
    }));
}
