// Who gave a talk, as recap authors write it: "Speakers: Ana Ruiz (Acme), Bo Li", "*by Ana Ruiz
// and Bo Li*", or front matter entries "Ana Ruiz (Acme)" / "Ana Ruiz, Acme".
import type { Speaker } from '../domain';
import { titleKeys } from './words';

const speakerLine = /^(?:speakers?|presenters?|presented by|by)\s*[:\-–—]?\s+(.+)$/i;

/** The speakers a line right under a heading names, or undefined when it is not a speakers line. */
export function speakersLine(line: string): Speaker[] | undefined {
  // Emphasis and list markers around the line: "*by A*", "**Speakers:** A", "- Speaker: A".
  const plain = line
    .trim()
    .replace(/^(?:[-*+]\s+)/, '')
    .replace(/[*_]+/g, '')
    .trim();
  const found = speakerLine.exec(plain);
  if (!found?.[1]) return undefined;
  // "By Tuesday, everyone knew…" is prose: a bare "by" counts only emphasised or in a short line.
  const emphasised = /^[-*+]?\s*[*_]/.test(line.trim());
  if (/^by\b/i.test(plain) && !emphasised && (plain.length > 80 || /[.!?]$/.test(plain))) return undefined;
  const speakers = parseSpeakers(found[1]);
  return speakers.length > 0 ? speakers : undefined;
}

/** Several speakers in one string: "A (Org), B and C (Org2)"; commas outside brackets separate people. */
export function parseSpeakers(text: string): Speaker[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '(') depth += 1;
    if (char === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && (char === ',' || char === ';' || char === '&')) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts
    .flatMap((part) => (/\(/.test(part) ? splitOutsideBrackets(part) : part.split(/\s+and\s+/i)))
    .map((part) => speakerFrom(part, false))
    .filter((speaker): speaker is Speaker => speaker !== undefined);
}

function splitOutsideBrackets(part: string): string[] {
  // "A (Org) and B (Org2)": split at " and " only where no bracket is open.
  const pieces: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < part.length; index++) {
    const char = part[index];
    if (char === '(') depth += 1;
    if (char === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && /^\s+and\s+/i.test(part.slice(index, index + 6)) && /\s/.test(char ?? '')) {
      pieces.push(part.slice(start, index));
      const rest = /^\s+and\s+/i.exec(part.slice(index))?.[0] ?? '';
      start = index + rest.length;
      index = start - 1;
    }
  }
  pieces.push(part.slice(start));
  return pieces;
}

/** One speaker from "Name (Org)", or "Name, Org" when `commaIsOrg`; undefined for text that names nobody. */
export function speakerFrom(text: string, commaIsOrg: boolean): Speaker | undefined {
  const trimmed = text.replace(/[*_]/g, '').trim().replace(/[.;]$/, '').trim();
  const bracket = /^(.+?)\s*\(([^)]*)\)\s*$/.exec(trimmed);
  let name = trimmed;
  let org: string | undefined;
  if (bracket?.[1]) {
    name = bracket[1].trim();
    org = bracket[2]?.trim();
  } else if (commaIsOrg && trimmed.includes(',')) {
    const comma = trimmed.indexOf(',');
    name = trimmed.slice(0, comma).trim();
    org = trimmed.slice(comma + 1).trim();
  }
  // A name has letters and is short; "the whole team" is not one.
  if (titleKeys(name).length === 0 || name.length > 60 || /^\p{Ll}/u.test(name)) return undefined;
  return { name, ...(org ? { org } : {}) };
}
