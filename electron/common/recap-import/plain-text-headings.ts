// Plain text has no heading markup, but people still write headings: a short line on its own
// ("Day 1", "Booths, products") after a finished sentence or a blank line, followed by text.
// Hard-wrapped prose also has short lines, so each rule below rules out one way a wrapped
// sentence could look like a heading.

/** A heading found in a file's body: the lines it takes (first to last, 0-based), its text and level. */
export interface HeadingMark {
  first: number;
  last: number;
  text: string;
  level: number;
}

const maxHeadingChars = 60;
const maxHeadingWords = 8;
const listItem = /^(?:[-*+•]|\d{1,9}[.)])[ \t]/;
// A sentence that ended, possibly inside quotes or brackets.
const sentenceEnd = /[.!?…]["'”’)\]]*$/;

/** Finds heading-like lines in plain text; the first line of the file, if one, is level 1, the rest level 2. */
export function findPlainTextHeadings(lines: readonly string[]): HeadingMark[] {
  const firstText = lines.findIndex((line) => line.trim() !== '');
  const marks: HeadingMark[] = [];
  lines.forEach((line, index) => {
    const text = line.trim();
    if (!looksLikeHeading(text)) return;
    const next = lines.slice(index + 1).find((candidate) => candidate.trim() !== '');
    // A heading heads something; a lowercase next line means the sentence simply wrapped.
    if (next === undefined || /^\p{Ll}/u.test(next.trim())) return;
    const previous = lines[index - 1];
    const startsBlock = index === firstText || previous === undefined || previous.trim() === '';
    if (!startsBlock && !sentenceEnd.test(previous.trim())) return;
    marks.push({ first: index, last: index, text, level: index === firstText ? 1 : 2 });
  });
  return marks;
}

function looksLikeHeading(text: string): boolean {
  return (
    text.length > 0 &&
    text.length <= maxHeadingChars &&
    text.split(/\s+/).length <= maxHeadingWords &&
    /^[\p{Lu}\p{N}]/u.test(text) &&
    // A line ending in punctuation is a sentence, or leads into what follows it.
    !/[.,;:!?]$/.test(text) &&
    !listItem.test(text)
  );
}
