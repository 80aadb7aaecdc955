// Where a JSON text first breaks, and how. JSON.parse says so in words that differ between
// engine versions and sometimes without a position, so a failed parse is scanned again here to
// give the user a line and column that do not depend on the engine.

/** The first syntax error of a JSON text: its offset and what was expected there. */
export interface JsonSyntaxError {
  offset: number;
  message: string;
}

const whitespace = new Set([' ', '\t', '\n', '\r']);
const literalWords = ['true', 'false', 'null'];
const numberPattern = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

function describe(text: string, at: number): string {
  if (at >= text.length) return 'the file ends too early';
  const char = text[at] ?? '';
  const code = char.codePointAt(0) ?? 0;
  const shown = code < 0x20 ? `U+${code.toString(16).padStart(4, '0').toUpperCase()}` : `“${char}”`;
  return `unexpected ${shown}`;
}

/** The first syntax error in `text`, or undefined when it is valid JSON. Iterative: deep nesting cannot overflow it. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let at = 0;
  // What each open container expects next.
  const stack: ('object' | 'array')[] = [];
  const skip = (): void => {
    while (at < text.length && whitespace.has(text[at] ?? '')) at += 1;
  };
  const fail = (expected: string): JsonSyntaxError => ({
    offset: at,
    message: `${describe(text, at)}; expected ${expected}`,
  });
  const readString = (): JsonSyntaxError | undefined => {
    at += 1;
    while (at < text.length) {
      const char = text[at] ?? '';
      if (char === '"') {
        at += 1;
        return undefined;
      }
      if (char === '\\') {
        const next = text[at + 1] ?? '';
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6))) {
            at += 2;
            return fail('four hex digits after \\u');
          }
          at += 6;
        } else if ('"\\/bfnrt'.includes(next) && next !== '') at += 2;
        else {
          at += 1;
          return fail('an escape such as \\n or \\"');
        }
      } else if (char < ' ') return fail('the closing quote of the string');
      else at += 1;
    }
    return fail('the closing quote of the string');
  };
  const readValue = (): JsonSyntaxError | 'open' | undefined => {
    skip();
    const char = text[at];
    if (char === '{' || char === '[') {
      stack.push(char === '{' ? 'object' : 'array');
      at += 1;
      return 'open';
    }
    if (char === '"') return readString();
    for (const word of literalWords) {
      if (text.startsWith(word, at)) {
        at += word.length;
        return undefined;
      }
    }
    numberPattern.lastIndex = at;
    if (numberPattern.test(text)) {
      at = numberPattern.lastIndex;
      return undefined;
    }
    return fail('a value');
  };

  // After a value (or an opening bracket), what comes next is decided by the innermost container.
  let result = readValue();
  let justOpened = result === 'open';
  if (result !== undefined && result !== 'open') return result;
  while (stack.length > 0) {
    const container = stack.at(-1);
    skip();
    const closer = container === 'object' ? '}' : ']';
    if (text[at] === closer) {
      stack.pop();
      at += 1;
      justOpened = false;
      continue;
    }
    if (!justOpened) {
      if (text[at] !== ',') return fail(`“,” or “${closer}”`);
      at += 1;
      skip();
    }
    if (container === 'object') {
      if (text[at] !== '"') return fail('a property name in double quotes');
      const key = readString();
      if (key) return key;
      skip();
      if (text[at] !== ':') return fail('“:” after the property name');
      at += 1;
    }
    result = readValue();
    if (result !== undefined && result !== 'open') return result;
    justOpened = result === 'open';
  }
  skip();
  return at < text.length ? fail('nothing after the end of the JSON value') : undefined;
}
