// Links each talk of a recap to the known item it is about: a schedule session, a bundled talk,
// another recap's talk. The strongest evidence is a file Debrief exported naming the item by its
// id (`debrief-id`); then a link to the same page; then the title, as the
// schedule matcher compares titles (a replaced word refuses: "Scaling Prometheus" is not "Scaling
// Kafka"), raised by shared speakers and lowered by others; last, the same speakers on the same day.
import { titleFit } from '../schedule-import/match-sessions';
import { comparedTitle, wordComparer } from '../schedule-import/session-titles';
import type { TalkLink } from './recap-reading';
import type { DraftTalk } from './read-recap-file';
import {
  boothKeys,
  normaliseUrl,
  stageKinds,
  titleCandidates,
  type KnownItemIndex,
  type LinkField,
} from './known-item-index';
import { allSpeakersShared, nameWords, speakersOverlap } from './same-speakers';
import { titleKeys } from './words';

/** The least confidence at which a link is proposed; below it an item is only an alternative. */
export const minLinkConfidence = 0.6;

/** A talk's proposed link and the other items it could be. */
export interface TalkLinks {
  link?: TalkLink;
  alternatives: TalkLink[];
}

// What each kind of evidence earns or costs; tests pin the resulting confidences.
const sharedSpeakerGain = 0.1;
const otherSpeakersCost = 0.1;
const otherDayCost = 0.15;
const ambiguityCost = 0.35;
const speakersSameDay = 0.6;
const speakersOnly = 0.45;
const speakersNearMiss = 0.3;
const boothScore = 0.9;
const blockDayScore = 0.7;
const maxAlternatives = 5;
// Above every other score (a title with shared speakers reaches 1.1), so a file Debrief exported
// goes back to the item it was written from even when its title or link fits another item too;
// confidences are capped at 1.
const exportedScore = 2;

const urlReasons: Record<LinkField, string> = {
  page: "links to the session's page",
  video: 'links to the same video',
  slides: 'links to the same slides',
};

interface Candidate {
  talk: number;
  item: number;
  score: number;
  link: Omit<TalkLink, 'confidence' | 'itemId'>;
}

/**
 * Finds each talk's link and alternatives. Each item is linked to at most one talk of the recap,
 * the best pair first, as `matchSessions` does. Returned in the order of `talks`.
 */
export function linkRecapTalks(talks: readonly DraftTalk[], index: KnownItemIndex): TalkLinks[] {
  const same = wordComparer();
  const all: Candidate[] = [];
  const perTalk: Candidate[][] = talks.map((draft, at) => {
    const found = new Map<number, Candidate>();
    const offer = (candidate: Candidate) => {
      const known = found.get(candidate.item);
      if (!known || candidate.score > known.score) found.set(candidate.item, candidate);
    };
    for (const candidate of byDebriefId(draft, at, index)) offer(candidate);
    for (const candidate of byUrl(draft, at, index)) offer(candidate);
    if (draft.talk.kind === 'booth') {
      for (const candidate of byBoothName(draft, at, index)) offer(candidate);
    } else {
      for (const candidate of byTitle(draft, at, index, same)) offer(candidate);
      for (const candidate of byBlockDay(draft, at, index)) offer(candidate);
      for (const candidate of bySpeakers(draft, at, index, found)) offer(candidate);
    }
    const list = [...found.values()].sort((a, b) => b.score - a.score || a.item - b.item);
    all.push(...list);
    return list;
  });

  all.sort((a, b) => b.score - a.score || a.talk - b.talk || a.item - b.item);
  const linkedTalks = new Map<number, Candidate>();
  const takenItems = new Set<number>();
  for (const candidate of all) {
    if (confidenceOf(candidate.score) < minLinkConfidence) break;
    if (linkedTalks.has(candidate.talk) || takenItems.has(candidate.item)) continue;
    linkedTalks.set(candidate.talk, candidate);
    takenItems.add(candidate.item);
  }
  return perTalk.map((list, at) => {
    const chosen = linkedTalks.get(at);
    const alternatives = list
      .filter((candidate) => candidate !== chosen && confidenceOf(candidate.score) > 0)
      .slice(0, maxAlternatives)
      .map((candidate) => toLink(candidate, index));
    return chosen ? { link: toLink(chosen, index), alternatives } : { alternatives };
  });
}

function confidenceOf(score: number): number {
  return Math.round(Math.min(1, Math.max(0, score)) * 100) / 100;
}

function toLink(candidate: Candidate, index: KnownItemIndex): TalkLink {
  return {
    itemId: index.items[candidate.item]?.id ?? '',
    confidence: confidenceOf(candidate.score),
    ...candidate.link,
  };
}

/** The item a Debrief notes-app export wrote the file from, when the library still has it. */
function byDebriefId(draft: DraftTalk, talk: number, index: KnownItemIndex): Candidate[] {
  const item = draft.debriefId === undefined ? undefined : index.byId.get(draft.debriefId);
  if (item === undefined) return [];
  return [{ talk, item, score: exportedScore, link: { evidence: 'id', reason: 'exported from Debrief' } }];
}

function byUrl(draft: DraftTalk, talk: number, index: KnownItemIndex): Candidate[] {
  const urls = [draft.talk.url, ...draft.urls].flatMap((url) => {
    const key = url ? normaliseUrl(url) : undefined;
    return key ? [key] : [];
  });
  return [...new Set(urls)].flatMap((key) =>
    (index.byUrl.get(key) ?? [])
      .filter(({ item }) => (draft.talk.kind === 'booth') === (index.items[item]?.kind === 'booth'))
      .map(({ item, field }) => ({
        talk,
        item,
        score: 1,
        link: { evidence: 'url' as const, reason: urlReasons[field] },
      })),
  );
}

function byBoothName(draft: DraftTalk, talk: number, index: KnownItemIndex): Candidate[] {
  return boothKeys(draft.talk.title).flatMap((key) =>
    (index.byBoothName.get(key) ?? []).map((item) => ({
      talk,
      item,
      score: boothScore,
      link: { evidence: 'title' as const, reason: 'same booth name' },
    })),
  );
}

// Words of a block's heading that name no particular block: "Day 1 keynotes", "Morning keynotes".
const blockWords = /^(?:day|\d+|keynotes?|lightning|talks?|morning|afternoon|opening|closing|the|block|sessions?)$/;

/** A "Keynotes" or "Lightning talks" heading under a day: the day's one block of that kind. */
function byBlockDay(draft: DraftTalk, talk: number, index: KnownItemIndex): Candidate[] {
  const { kind, date, title } = draft.talk;
  if ((kind !== 'keynote' && kind !== 'lightning-talks') || !date) return [];
  if (!titleKeys(title).every((word) => blockWords.test(word))) return [];
  const items = index.byBlockDay.get(`${kind}/${date}`) ?? [];
  const reason = kind === 'keynote' ? "the day's keynotes" : "the day's lightning talks";
  return items.map((item) => ({
    talk,
    item,
    score: items.length === 1 ? blockDayScore : speakersOnly,
    link: { evidence: 'title' as const, reason },
  }));
}

function byTitle(
  draft: DraftTalk,
  talk: number,
  index: KnownItemIndex,
  same: ReturnType<typeof wordComparer>,
): Candidate[] {
  const fits = new Map<number, { score: number; reason: string }>();
  for (const name of [draft.talk.title, ...draft.talk.aliases]) {
    for (const [item, fit] of titleFits(name, index, same)) {
      const reason = name === draft.talk.title ? fit.reason : `${fit.reason} (as its alias “${name}”)`;
      if (fit.score > (fits.get(item)?.score ?? -Infinity)) fits.set(item, { score: fit.score, reason });
    }
  }
  const ours = draft.talk.speakers.map(nameWords);
  const best = Math.max(...[...fits.values()].map((fit) => fit.score));
  const tied = new Set(
    [...fits].filter(([, fit]) => fit.score === best).map(([item]) => index.titles[item]?.full.join(' ')),
  );
  return [...fits].map(([item, fit]) => {
    const known = index.items[item];
    const reasons = [fit.reason];
    let score = fit.score;
    if (best < 1 && fit.score === best && tied.size > 1) {
      score -= ambiguityCost;
      reasons.push('one of several sessions with that title');
    }
    const overlap = speakersOverlap(ours, index.speakerNames[item] ?? []);
    if (overlap === true) {
      score += sharedSpeakerGain;
      reasons.push(draft.talk.speakers.length === 1 ? 'same speaker' : 'same speakers');
    } else if (overlap === false) {
      score -= otherSpeakersCost;
      reasons.push('different speakers');
    }
    if (draft.talk.date && known?.date && draft.talk.date !== known.date) {
      score -= otherDayCost;
      reasons.push('different day');
    }
    return { talk, item, score, link: { evidence: 'title' as const, reason: reasons.join(', ') } };
  });
}

/** How well a title fits each item it could be; remembered, as a reading links twice once its days are dated. */
function titleFits(
  name: string,
  index: KnownItemIndex,
  same: ReturnType<typeof wordComparer>,
): [number, { score: number; reason: string }][] {
  const known = index.fits.get(name);
  if (known) return known;
  const title = comparedTitle(name);
  const fits: [number, { score: number; reason: string }][] = [];
  if (title.full.length > 0) {
    for (const [item, shared] of titleCandidates(index, title)) {
      const other = index.titles[item];
      const fit = other ? titleFit(title, other, same, shared) : undefined;
      if (fit) fits.push([item, fit]);
    }
  }
  index.fits.set(name, fits);
  return fits;
}

/** Items whose speakers include all the talk's, when its title matched nothing of theirs. */
function bySpeakers(
  draft: DraftTalk,
  talk: number,
  index: KnownItemIndex,
  already: ReadonlyMap<number, Candidate>,
): Candidate[] {
  const { speakers, date, title } = draft.talk;
  const first = speakers[0];
  if (!first) return [];
  // The item must have every word of the first name: look it up by the rarest one.
  const ours = speakers.map(nameWords);
  const lists = [...nameWords(first)].map((word) => index.bySpeakerWord.get(word) ?? []);
  const rarest = lists.sort((a, b) => a.length - b.length)[0] ?? [];
  const items = rarest.filter((item) => {
    const known = index.items[item];
    return (
      known &&
      !already.has(item) &&
      stageKinds.has(known.kind) &&
      allSpeakersShared(ours, index.speakerNames[item] ?? [])
    );
  });
  const sameDay = items.filter((item) => date !== undefined && index.items[item]?.date === date);
  return items.map((item) => {
    const known = index.items[item];
    const onDay = sameDay.includes(item);
    let score = onDay && sameDay.length === 1 ? speakersSameDay : speakersOnly;
    const reasons = [speakers.length === 1 ? 'same speaker' : 'same speakers'];
    if (onDay) reasons.push(sameDay.length === 1 ? 'same day' : 'same day, one of several of their talks');
    if (known && nearMiss(title, known.title)) {
      score = speakersNearMiss;
      reasons.push('but a different title');
    }
    return { talk, item, score, link: { evidence: 'speakers' as const, reason: reasons.join(', ') } };
  });
}

/** Titles that differ by a replaced word ("Scaling Prometheus", "Scaling Kafka") are two different talks. */
function nearMiss(a: string, b: string): boolean {
  const ours = comparedTitle(a).full;
  const theirs = new Set(comparedTitle(b).full);
  const shared = ours.filter((word) => theirs.has(word)).length;
  return Math.min(ours.length, theirs.size) >= 2 && shared >= Math.max(ours.length, theirs.size) - 1;
}
