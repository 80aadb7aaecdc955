// A recap lists the booths it visited as bullets that start with the product's name:
// "- Karpenter a cluster autoscaler alternative... Very, very cool." The name is matched against
// known booths with spaces and punctuation ignored, so "ArgoCD" is "Argo CD" and "Slim.ai" is "Slim ai".
import type { NumberedLine } from './recap-outline';
import { sameWord, titleKeys, wordsOf } from './words';

/** A bullet of a list, its continuation lines joined, and the line it starts on. */
export interface Bullet {
  text: string;
  line: number;
}

/** A known booth to look for. */
export interface KnownBooth {
  itemId: string;
  title: string;
}

/** Known booths by their name squashed to letters and digits. */
export interface BoothIndex {
  bySquashedName: Map<string, string[]>;
}

/** A bullet that starts with a known booth's name. */
export interface BoothHit {
  /** Every known booth with that name (one per conference that has it). */
  itemIds: string[];
  /** The name as the author wrote it. */
  name: string;
  /** The rest of the bullet: what the author made of it. */
  note: string;
}

const bulletStart = /^ {0,3}(?:[-*+•]|\d{1,9}[.)])[ \t]+(.*)$/;
const longestNameWords = 5;

/** The bullets in some lines; a bullet's wrapped lines are joined to it. */
export function bulletsOf(lines: readonly NumberedLine[]): Bullet[] {
  const bullets: Bullet[] = [];
  let current: Bullet | undefined;
  for (const { text, line } of lines) {
    const start = bulletStart.exec(text);
    if (start) {
      current = { text: (start[1] ?? '').trim(), line };
      bullets.push(current);
    } else if (current && text.trim() !== '' && !/^ {0,3}#/.test(text)) {
      current.text = `${current.text} ${text.trim()}`;
    } else {
      current = undefined;
    }
  }
  return bullets;
}

/** Builds the lookup for `matchBooth`. */
export function indexBooths(booths: readonly KnownBooth[]): BoothIndex {
  const bySquashedName = new Map<string, string[]>();
  for (const { itemId, title } of booths) {
    const name = titleKeys(title).join('');
    if (name === '') continue;
    bySquashedName.set(name, [...(bySquashedName.get(name) ?? []), itemId]);
  }
  return { bySquashedName };
}

/** The known booth a bullet starts with, if any: the longest name wins, an exact spelling before a typo. */
export function matchBooth(text: string, index: BoothIndex): BoothHit | undefined {
  const words = wordsOf([{ text, line: 0 }]).slice(0, longestNameWords);
  const found = (count: number, itemIds: string[]): BoothHit => {
    const end = words[count - 1]?.end ?? 0;
    return {
      itemIds,
      name: text.slice(words[0]?.start ?? 0, end),
      note: text
        .slice(end)
        .replace(/^[\s*_\-–—:,;]+/, '')
        .trim(),
    };
  };
  const squashed = (count: number) =>
    words
      .slice(0, count)
      .map((word) => word.key)
      .join('');
  for (let count = words.length; count > 0; count--) {
    const itemIds = index.bySquashedName.get(squashed(count));
    if (itemIds) return found(count, itemIds);
  }
  for (let count = words.length; count > 0; count--) {
    const name = squashed(count);
    if (name.length < 6) continue;
    for (const [known, itemIds] of index.bySquashedName) {
      if (known.length >= 6 && sameWord(name, known)) return found(count, itemIds);
    }
  }
  return undefined;
}

/** A best guess at the product a bullet names: the text before a dash or colon, else its first word. */
export function guessProductName(text: string): string {
  const plain = text.replace(/^[\s*_]+/, '');
  const separated = /^(.{1,40}?)\s*(?:\s[-–—]\s|:\s)/.exec(plain)?.[1];
  if (separated && separated.split(/\s+/).length <= 4) return separated.replace(/[*_]+$/, '').trim();
  return plain.split(/\s+/)[0]?.replace(/[*_,;:.]+$/, '') ?? plain;
}
