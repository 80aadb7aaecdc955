// Abstracts in schedules are often HTML (FOSDEM's are escaped HTML inside the XML). The app shows
// and searches plain text, so tags go, entities are decoded and paragraphs stay paragraphs. No DOM:
// this runs in a worker and in Node, and never renders anything it reads.

const namedEntities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  middot: '·',
  bull: '•',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  deg: '°',
  plusmn: '±',
  times: '×',
  divide: '÷',
  micro: 'µ',
  para: '¶',
  sect: '§',
  shy: '',
  zwj: '\u200d',
  zwnj: '\u200c',
  larr: '←',
  rarr: '→',
  uarr: '↑',
  darr: '↓',
  harr: '↔',
  rArr: '⇒',
  le: '≤',
  ge: '≥',
  ne: '≠',
  iexcl: '¡',
  iquest: '¿',
  szlig: 'ß',
  aelig: 'æ',
  AElig: 'Æ',
  oslash: 'ø',
  Oslash: 'Ø',
  aring: 'å',
  Aring: 'Å',
  ccedil: 'ç',
  Ccedil: 'Ç',
  ntilde: 'ñ',
  Ntilde: 'Ñ',
};

// Accented vowels: &eacute; &Uuml; and the like, built rather than listed.
const accents: Record<string, string> = {
  acute: '\u0301',
  grave: '\u0300',
  circ: '\u0302',
  uml: '\u0308',
  tilde: '\u0303',
};
for (const letter of 'aeiouyAEIOUY') {
  for (const [name, mark] of Object.entries(accents))
    namedEntities[`${letter}${name}`] = `${letter}${mark}`.normalize('NFC');
}

/** Decodes HTML character references: named ones in common use, and every numeric one. Unknown names stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
      return valid ? String.fromCodePoint(code) : '\uFFFD';
    }
    return namedEntities[name] ?? whole;
  });
}

const htmlTag =
  /<\/?(p|br|div|span|ul|ol|li|a|em|strong|b|i|u|s|h[1-6]|code|pre|blockquote|table|tr|td|th|img|hr|dl|dt|dd|sup|sub)\b[^<>]*>/i;

/** True when the text carries HTML markup rather than plain text or Markdown that happens to use `<`. */
export function looksLikeHtml(text: string): boolean {
  return htmlTag.test(text);
}

const paragraph = '\u2029';
const lineBreak = '\u2028';
const blockTags = new Set(
  'p div h1 h2 h3 h4 h5 h6 ul ol pre blockquote table section article header footer aside nav figure dl hr'.split(' '),
);
const lineTags = new Set(['br', 'tr', 'dt', 'dd', 'li']);

/**
 * Plain text of an HTML fragment: tags removed, entities decoded, block elements (paragraphs,
 * headings, lists) kept apart by a blank line, `<br>` and list items on lines of their own.
 * Whitespace runs collapse as a browser would collapse them.
 */
export function htmlToPlainText(html: string): string {
  const withoutHidden = html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(/<(script|style|template)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi, '');
  const marked = withoutHidden
    .replace(/[\s\u2028\u2029]+/g, ' ')
    .replace(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>/g, (_tag, closing: string, rawName: string) => {
      const name = rawName.toLowerCase();
      if (name === 'li' && !closing) return `${lineBreak}- `;
      if (lineTags.has(name)) return lineBreak;
      if (blockTags.has(name)) return paragraph;
      return '';
    });
  return decodeEntities(marked)
    .replace(/\u00a0/g, ' ')
    .split(paragraph)
    .map((block) =>
      block
        .split(lineBreak)
        .map((line) => line.replace(/ {2,}/g, ' ').trim())
        .filter((line) => line !== '')
        .join('\n'),
    )
    .filter((block) => block !== '')
    .join('\n\n');
}

/** Text of a schedule field as the app keeps it: trimmed, and plain when the source wrote HTML. */
export function plainField(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const plain = looksLikeHtml(text) ? htmlToPlainText(text) : text.replace(/\r\n?/g, '\n').trim();
  return plain === '' ? undefined : plain;
}
