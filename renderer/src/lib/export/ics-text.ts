// The text layer of RFC 5545: escaping TEXT values, UTC date-times, and folding content lines.
//
// Written by hand rather than with ical.js's Component API: ical.js (2.2) folds each continuation
// line to 75 octets *after* the leading space, so those lines are 76 octets, over the RFC's limit
// of 75; its fold length is also one module-wide setting. This is small enough to get exactly
// right here, and the tests read every file back with ical.js's parser.
import { wellFormed } from './exportable-action';

/** The longest content line RFC 5545 allows, in octets of UTF-8, not counting the CRLF. */
export const maxIcsLineOctets = 75;

/** A TEXT value escaped per RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks. */
export function escapeIcsText(text: string): string {
  return (
    wellFormed(text)
      .replace(/[\\;,]/g, (character) => `\\${character}`)
      .replace(/\r\n|\r|\n/g, '\\n')
      // Other control characters are not allowed in TEXT at all (tab is).
      // eslint-disable-next-line no-control-regex -- matching them is the point
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
  );
}

/** A moment as a UTC DATE-TIME (`20240518T093000Z`); undefined when the timestamp cannot be read. */
export function icsUtcDateTime(timestamp: string | Date): string | undefined {
  const time = typeof timestamp === 'string' ? Date.parse(timestamp) : timestamp.getTime();
  if (Number.isNaN(time)) return undefined;
  return new Date(time)
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/** An ISO date `YYYY-MM-DD` as a DATE value (`YYYYMMDD`); undefined for anything else. */
export function icsDate(date: string): string | undefined {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? date.replace(/-/g, '') : undefined;
}

function utf8Length(unit: string): number {
  let octets = 0;
  for (const character of unit) {
    const point = character.codePointAt(0)!;
    octets += point < 0x80 ? 1 : point < 0x800 ? 2 : point < 0x10000 ? 3 : 4;
  }
  return octets;
}

/**
 * Folds one content line (RFC 5545 §3.1) into physical lines of at most 75 octets, counting the
 * leading space of each continuation line. It breaks only between whole code points, never inside
 * a multi-byte UTF-8 sequence, and keeps an escape such as `\,` on one line for naive readers.
 */
export function foldIcsLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const unit of wellFormed(line).match(/\\[\s\S]|[\s\S]/gu) ?? []) {
    const size = utf8Length(unit);
    if (octets + size > maxIcsLineOctets) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += unit;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n');
}

/** A property as a folded content line: `NAME;PARAM=…:value`. The value must already be escaped. */
export function icsProperty(name: string, value: string, parameters = ''): string {
  return foldIcsLine(`${name}${parameters}:${value}`);
}
