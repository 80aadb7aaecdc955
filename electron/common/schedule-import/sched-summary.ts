// Sched writes a session's speakers into its iCalendar SUMMARY: "Title - Jane Doe, Acme & Li Wei,
// Initech". Titles contain " - " too ("Kubernetes - The Hard Way"), so the tail after the last
// " - " is taken as speakers only when every part of it reads as a person's name and at least one
// names an organisation; otherwise the whole SUMMARY is the title.
import type { Speaker } from '../domain';

// Lowercase words that belong inside names: "Ana de la Cruz", "Jan van der Berg".
const nameParticles = new Set(
  'van von der den de del della di da das dos du la le bin ibn al el ter ten zu y e st'.split(' '),
);
// Capitalised words that title phrases use and person names do not.
const titleWords = new Set(
  (
    'the a an and or of for to in on at with from by how why what when where who your our my we you it is are ' +
    'part lessons learned intro introduction deep dive update overview workshop panel keynote session talk ' +
    'tutorial demo study future past present today tomorrow yesterday beyond edition track ama'
  ).split(' '),
);

function looksLikeName(text: string): boolean {
  if (/[\d:?!()[\]{}"“”|/]/.test(text)) return false;
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 5) return false;
  return words.every((word) => {
    if (nameParticles.has(word)) return true;
    if (titleWords.has(word.toLowerCase())) return false;
    // A capital first letter in any script (Ł, Ö, É), or a name written without case (李).
    return /^\p{Lu}/u.test(word) || !/\p{Ll}/u.test(word);
  });
}

interface Part {
  name: string;
  org?: string;
}

function partOf(text: string): Part {
  const comma = text.indexOf(',');
  if (comma === -1) return { name: text.trim() };
  const org = text.slice(comma + 1).trim();
  return { name: text.slice(0, comma).trim(), ...(org ? { org } : {}) };
}

/** The speakers a Sched SUMMARY tail names, or undefined when the tail does not read as speakers. */
export function speakersOf(tail: string): Speaker[] | undefined {
  const parts: Part[] = [];
  for (const piece of tail.split(/\s*;\s*|\s+&\s+/)) {
    const part = partOf(piece);
    const previous = parts.at(-1);
    // "Procter & Gamble" was cut at its "&": a piece that is no name continues the organisation before it.
    if (previous?.org && !part.org && !looksLikeName(part.name)) {
      previous.org = `${previous.org} & ${part.name}`;
      continue;
    }
    parts.push(part);
  }
  if (parts.length === 0 || !parts.some((part) => part.org)) return undefined;
  if (!parts.every((part) => looksLikeName(part.name))) return undefined;
  // "Rick Spencer & Wojciech Kocjan, InfluxData": both work there.
  return parts.map((part, index) => {
    const org = part.org ?? parts.slice(index + 1).find((later) => later.org)?.org;
    return { name: part.name, ...(org ? { org } : {}) };
  });
}

/** A Sched SUMMARY split into the session's title and its speakers (none when the SUMMARY names none). */
export function splitSchedSummary(summary: string): { title: string; speakers: Speaker[] } {
  const text = summary.trim();
  const dash = text.lastIndexOf(' - ');
  if (dash > 0) {
    const title = text.slice(0, dash).trim();
    const speakers = title ? speakersOf(text.slice(dash + 3).trim()) : undefined;
    if (speakers) return { title, speakers };
  }
  return { title: text, speakers: [] };
}
