// The bad-input corpus: from one good file, every way a file the app reads can be wrong — empty,
// cut off, huge, binary, in the wrong encoding, nested without end. Generated here, so no large
// or binary file is committed.

/** One bad version of a file: what it is, its bytes, and how a reader that takes text would see it. */
export interface BadInput {
  name: string;
  bytes: Uint8Array;
  /** The bytes decoded as Node's `readFile(path, 'utf8')` decodes them: lossy, never throwing. */
  text: string;
}

/** What each reader expects of the bad inputs common to every file. */
export type BadInputName =
  | 'empty'
  | 'blank'
  | 'truncated'
  | 'truncated mid-character'
  | 'binary'
  | 'UTF-16 LE with BOM'
  | 'UTF-16 BE with BOM'
  | 'Latin-1'
  | 'deeply nested JSON';

const encoder = new TextEncoder();
const lossy = new TextDecoder('utf-8');

/** A bad input from bytes. */
export function badInput(name: string, bytes: Uint8Array): BadInput {
  return { name, bytes, text: lossy.decode(bytes) };
}

/** JSON nested `depth` levels deep: `[[[…]]]`. JSON.parse reads it; a recursive reader overflows its stack. */
export function nestedJson(depth: number, inner = ''): string {
  return `${'['.repeat(depth)}${inner}${']'.repeat(depth)}`;
}

/**
 * The common bad versions of `good` (which must contain a non-ASCII character, so Latin-1 and a
 * cut through a character are real). `cutAt` is where "truncated" cuts, as a fraction of the text.
 */
export function badVersionsOf(good: string, cutAt = 0.5): Record<BadInputName, BadInput> {
  const utf8 = encoder.encode(good);
  const lastWide = [...good].reverse().find((character) => character.codePointAt(0)! > 0x7f);
  if (!lastWide) throw new Error('the good sample needs a non-ASCII character');
  const wideEnd = encoder.encode(good.slice(0, good.lastIndexOf(lastWide) + lastWide.length)).length;
  return {
    empty: badInput('empty', new Uint8Array()),
    blank: badInput('blank', encoder.encode(' \n\t\r\n  \n')),
    truncated: badInput('truncated', encoder.encode(good.slice(0, Math.floor(good.length * cutAt)))),
    // Cut off inside the last multi-byte character, as a copy that stopped at a byte would be.
    'truncated mid-character': badInput('truncated mid-character', utf8.slice(0, wideEnd - 1)),
    binary: badInput('binary', binaryBytes(64 * 1024)),
    'UTF-16 LE with BOM': badInput('UTF-16 LE with BOM', utf16(good, 'le')),
    'UTF-16 BE with BOM': badInput('UTF-16 BE with BOM', utf16(good, 'be')),
    'Latin-1': badInput('Latin-1', latin1(good)),
    'deeply nested JSON': badInput('deeply nested JSON', encoder.encode(nestedJson(100_000))),
  };
}

/** `megabytes` MB of text: `head`, then filler lines, then `tail`. */
export function hugeText(megabytes: number, head = '', tail = ''): string {
  const line = 'All work and no play makes a very long recap file indeed. ';
  const size = megabytes * 1024 * 1024 - head.length - tail.length;
  return `${head}${line.repeat(Math.ceil(size / line.length)).slice(0, Math.max(0, size))}${tail}`;
}

/** Bytes no text editor wrote: a PNG signature, then a deterministic noise with NUL bytes. */
export function binaryBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  let state = 2463534242;
  for (let index = 8; index < length; index++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[index] = state & 0xff;
  }
  bytes[length >> 1] = 0;
  return bytes;
}

function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, order === 'le');
  for (let index = 0; index < text.length; index++)
    view.setUint16(2 + index * 2, text.charCodeAt(index), order === 'le');
  return bytes;
}

// One byte per character, as an editor set to ISO-8859-1 / Windows-1252 saves it.
function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (character) => {
    const code = character.charCodeAt(0);
    return code <= 0xff ? code : 0x3f;
  });
}
