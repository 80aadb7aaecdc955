// Links each section of an imported recap to the known items it mentions: talk titles in its
// prose, booths in its bullet lists, and a day's keynote or lightning-talk block when a "Day N"
// section talks about "the keynotes". Where two conferences share a title, the conference most of
// the recap's mentions point at wins.
import type { ItemKind, RecapItem } from '../domain';
import { bulletsOf, guessProductName, indexBooths, matchBooth, type Bullet, type BoothHit } from './booth-lists';
import type { LinkedMention, UnmatchedMention } from './imported-recap';
import type { OutlineSection } from './recap-outline';
import { chooseHits, findTitles, indexTitles, type TitleHit } from './title-finder';
import { findTitleLikePhrases, phraseText } from './title-like-phrases';
import { titleKeys, wordsOf, type Word } from './words';

/** What one section links to, and what it names that nothing matched. */
export interface SectionLinks {
  mentions: LinkedMention[];
  unmatched: Omit<UnmatchedMention, 'sectionId'>[];
}

/** Every section's links, and the conference the recap is about. */
export interface RecapLinks {
  conferenceId?: string;
  sections: SectionLinks[];
}

interface SectionDraft {
  section: OutlineSection;
  day?: number;
  words: Word[];
  hits: TitleHit[];
  bullets: { bullet: Bullet; hit?: BoothHit }[];
}

// Blocks a recap names by what they are, not by title: "the keynotes of day 1 were okay".
const blockWords: Partial<Record<ItemKind, (words: readonly Word[], index: number) => number>> = {
  keynote: (words, index) => (/^keynotes?$/.test(words[index]?.key ?? '') ? 1 : 0),
  'lightning-talks': (words, index) =>
    words[index]?.key === 'lightning' && /^talks?$/.test(words[index + 1]?.key ?? '') ? 2 : 0,
};
const boothHeading = /\b(?:booths?|products?|expo|vendors?|sponsors?|stands?|exhibitors?|showcase)\b/i;
// Link targets and bare URLs are not prose; a URL's words would only produce false matches.
const linkTarget = /\]\([^)]*\)|<https?:[^>]*>|https?:\/\/\S+/g;

/** Finds the known items each section mentions. */
export function linkSections(sections: readonly OutlineSection[], items: readonly RecapItem[]): RecapLinks {
  const byId = new Map(items.map((item) => [item.id, item]));
  const titleIndex = indexTitles(
    items.filter((i) => i.kind !== 'booth').map((i) => ({ itemId: i.id, title: i.title })),
  );
  const boothIndex = indexBooths(
    items.filter((i) => i.kind === 'booth').map((i) => ({ itemId: i.id, title: i.title })),
  );

  const drafts: SectionDraft[] = sections.map((section) => {
    const day = /\bday\s*(\d+)\b/i.exec(section.heading)?.[1];
    const lines = [{ text: section.heading, line: section.line }, ...section.lines];
    const words = wordsOf(lines.map((line) => ({ ...line, text: line.text.replace(linkTarget, ']') })));
    const hits = findTitles(words, titleIndex).filter((hit) => fitsDay(byId.get(hit.itemId), day));
    const bullets = bulletsOf(section.lines).map((bullet) => ({ bullet, hit: matchBooth(bullet.text, boothIndex) }));
    return { section, day: day === undefined ? undefined : Number(day), words, hits, bullets };
  });

  const conferenceId = chooseConference(drafts, byId);
  const preference = (itemId: string) => (byId.get(itemId)?.conferenceId === conferenceId ? 0 : 1);
  return {
    conferenceId,
    sections: drafts.map((draft) => linkSection(draft, byId, items, conferenceId, preference)),
  };
}

function linkSection(
  draft: SectionDraft,
  byId: ReadonlyMap<string, RecapItem>,
  items: readonly RecapItem[],
  conferenceId: string | undefined,
  preference: (itemId: string) => number,
): SectionLinks {
  const { words } = draft;
  const found: (LinkedMention & { order: number })[] = [];
  const mention = (item: RecapItem, first: number, last: number) => {
    const text = phraseText(words, { first, last });
    found.push({
      itemId: item.id,
      kind: item.kind,
      line: words[first]?.line ?? draft.section.line,
      text,
      order: first,
    });
  };

  for (const hit of chooseHits(draft.hits, preference)) {
    const item = byId.get(hit.itemId);
    if (item) mention(item, hit.first, hit.last);
  }
  for (const [kind, wordsAt] of Object.entries(blockWords) as [ItemKind, (w: readonly Word[], i: number) => number][]) {
    if (draft.day === undefined || conferenceId === undefined) continue;
    const blocks = items.filter((i) => i.kind === kind && i.day === draft.day && i.conferenceId === conferenceId);
    const at = words.findIndex((_, index) => wordsAt(words, index) > 0);
    if (at < 0) continue;
    for (const item of blocks) mention(item, at, at + wordsAt(words, at) - 1);
  }

  const unmatched: SectionLinks['unmatched'] = [];
  const boothList = draft.bullets.some((entry) => entry.hit) || boothHeading.test(draft.section.heading);
  for (const { bullet, hit } of draft.bullets) {
    if (hit) {
      const itemId = [...hit.itemIds].sort((a, b) => preference(a) - preference(b))[0];
      const item = itemId === undefined ? undefined : byId.get(itemId);
      if (!item) continue;
      found.push({
        itemId: item.id,
        kind: 'booth',
        line: bullet.line,
        text: hit.name,
        note: hit.note,
        order: Infinity,
      });
    } else if (boothList) {
      unmatched.push({ kind: 'booth', text: guessProductName(bullet.text), line: bullet.line });
    }
  }
  for (const span of findTitleLikePhrases(words)) {
    if (draft.hits.some((hit) => hit.first <= span.last && span.first <= hit.last)) continue;
    unmatched.push({ kind: 'talk', text: phraseText(words, span), line: words[span.first]?.line ?? 0 });
  }

  const mentions = new Map<string, LinkedMention>();
  for (const { order: _order, ...entry } of found.sort((a, b) => a.line - b.line || a.order - b.order)) {
    if (!mentions.has(entry.itemId)) mentions.set(entry.itemId, entry);
  }
  return { mentions: [...mentions.values()], unmatched: unmatched.sort((a, b) => a.line - b.line) };
}

/** A title of one or two words ("Lightning Talks") is too common to link outside its own day. */
function fitsDay(item: RecapItem | undefined, day: string | undefined): boolean {
  if (!item) return false;
  if (titleKeys(item.title).length > 2 || day === undefined || item.day === undefined) return true;
  return item.day === Number(day);
}

/** The conference with the most distinct titles mentioned. */
function chooseConference(drafts: readonly SectionDraft[], byId: ReadonlyMap<string, RecapItem>): string | undefined {
  const votes = new Map<string, Set<string>>();
  const vote = (itemId: string) => {
    const item = byId.get(itemId);
    if (!item) return;
    const voters = votes.get(item.conferenceId) ?? new Set<string>();
    voters.add(item.title.toLowerCase());
    votes.set(item.conferenceId, voters);
  };
  for (const draft of drafts) {
    draft.hits.forEach((hit) => vote(hit.itemId));
    draft.bullets.forEach((entry) => entry.hit?.itemIds.forEach(vote));
  }
  // No mention at all says nothing about the conference, even when the app knows only one.
  return [...votes].sort(([a, x], [b, y]) => y.size - x.size || a.localeCompare(b))[0]?.[0];
}
