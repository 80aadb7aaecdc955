// Deterministic benchmark corpora: N talks, keynotes, panels, lightning talks and booths spread
// over conferences of 500 items, with titles, speakers, tracks, tags, takeaways and a Markdown
// body of 60–200 words. The same size always gives the same corpus (and content hash).
import type { Conference, ContentBundle, ItemKind, RecapItem } from '../electron/common/domain';
import {
  commonWords,
  firstNames,
  functionWords,
  lastNames,
  organisations,
  tailWord,
  titlePatterns,
  topics,
  tracks,
} from './vocabulary';

/** Items per generated conference. */
export const itemsPerConference = 500;

/** Size of the Zipf-distributed tail of made-up words. */
const tailSize = 200_000;

/** A small, fast, seedable PRNG (mulberry32), so corpora are the same on every run. */
export function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Generates the corpus of a size. */
export function generateCorpus(size: number): ContentBundle {
  const random = randomSource(2022);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  // Zipf with s ≈ 1: rank = e^(u · ln M), so rank r is drawn with probability ∝ 1/r.
  const zipfWord = () => tailWord(Math.floor(Math.exp(random() * Math.log(tailSize))));
  const capital = (word: string) => word[0]?.toUpperCase() + word.slice(1);

  const conferences: Conference[] = [];
  for (let c = 0; c * itemsPerConference < size; c++) {
    const month = String((c % 12) + 1).padStart(2, '0');
    const year = 2015 + Math.floor(c / 12);
    conferences.push({
      id: `bench-${c}`,
      name: `Cloud Native Summit ${c + 1}`,
      location: 'Benchmark City',
      startDate: `${year}-${month}-10`,
      endDate: `${year}-${month}-13`,
      timezone: 'UTC',
      days: [0, 1, 2, 3].map((number) => ({ number, date: `${year}-${month}-1${number}`, label: `Day ${number}` })),
      body: 'A generated conference for benchmarks.',
      source: `bench-${c}/conference.md`,
    });
  }

  const sentence = (about: readonly string[]): string => {
    const words: string[] = [];
    const length = between(8, 18);
    for (let w = 0; w < length; w++) {
      const roll = random();
      if (roll < 0.42) words.push(pick(functionWords));
      else if (roll < 0.54) words.push(pick(about));
      else if (roll < 0.82) words.push(pick(commonWords));
      else words.push(zipfWord());
    }
    if (random() < 0.003) words.splice(between(0, words.length), 0, 'a big red button');
    return `${capital(words.join(' '))}.`;
  };

  const items: RecapItem[] = [];
  for (let i = 0; i < size; i++) {
    const conference = conferences[Math.floor(i / itemsPerConference)] as Conference;
    const roll = random();
    const kind: ItemKind =
      roll < 0.8 ? 'talk' : roll < 0.86 ? 'keynote' : roll < 0.9 ? 'panel' : roll < 0.93 ? 'lightning-talks' : 'booth';
    const about = Array.from({ length: between(2, 3) }, () => pick(topics));
    const organisation = pick(organisations);
    const title =
      kind === 'booth'
        ? `${capital(about[0] as string)} ${capital(zipfWord())}`
        : pick(titlePatterns)
            .replace('{t}', capital(about[0] as string))
            .replace('{T}', capital(about[1] as string))
            .replace('{o}', organisation)
            .replace('{n}', String(between(2, 300)));
    const speakers =
      kind === 'booth'
        ? []
        : Array.from({ length: between(1, 3) }, (_, s) => ({
            name: `${pick(firstNames)} ${pick(lastNames)}`,
            org: s === 0 ? organisation : pick(organisations),
          }));
    const paragraphs = Array.from({ length: between(2, 4) }, () =>
      Array.from({ length: between(2, 3) }, () => sentence(about)).join(' '),
    );
    items.push({
      id: `${conference.id}/item-${i}`,
      conferenceId: conference.id,
      slug: `item-${i}`,
      kind,
      title,
      day: kind === 'booth' ? undefined : between(0, 3),
      order: i % itemsPerConference,
      speakers,
      track: kind === 'booth' ? undefined : pick(tracks),
      tags: [...new Set([...about, pick(commonWords)])],
      links: {},
      verdict: kind === 'booth' ? `${capital(pick(commonWords))} and ${pick(commonWords)}` : undefined,
      takeaways: Array.from({ length: between(1, 3) }, () => sentence(about)),
      body: paragraphs.join('\n\n'),
      source: `${conference.id}/items/item-${i}.md`,
    });
  }
  return { hash: `bench-${size}-v1`, conferences, items, problems: [] };
}
