// Turns a file's bytes into text, refusing what is not a UTF-8 text file, with a reason a person can act on.
import type { ContentProblem } from '../domain';

/** Largest content or recap file the app reads: a recap item is a few KB; anything near this is a mistake. */
export const maxTextFileBytes = 2 * 1024 * 1024;

/** Decodes UTF-8 text, or says why the bytes are not a text file the app can read. */
export function decodeTextFile(file: string, bytes: Uint8Array, maxBytes = maxTextFileBytes): string | ContentProblem {
  if (bytes.byteLength > maxBytes) {
    return {
      file,
      message: `the file is ${formatMegabytes(bytes.byteLength)}; the limit is ${formatMegabytes(maxBytes)}`,
    };
  }
  // Windows editors save "Unicode" as UTF-16 with a byte order mark; its NUL bytes would read as binary.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { file, message: 'the file is UTF-16 text; save it as UTF-8 and try again' };
  }
  if (bytes.includes(0)) return { file, message: 'this is a binary file, not UTF-8 text' };
  try {
    return stripByteOrderMark(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const before = lossy.slice(0, lossy.indexOf('\uFFFD'));
    return { file, line: before.split('\n').length, message: 'the file is not valid UTF-8 text' };
  }
}

function stripByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
