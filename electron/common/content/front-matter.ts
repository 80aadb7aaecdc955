// Splits a Markdown file into YAML front matter and body, keeping line numbers so every
// problem can say where it is.
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { ContentProblem } from '../domain';

/** A Markdown file split into its parsed front matter and its body. */
export interface FrontMatterFile {
  data: unknown;
  body: string;
  /** Finds the line (1-based, in the whole file) of a field path such as ['days', 2, 'date']. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

const fence = /^---[ \t]*$/;

/** Parses `---\nyaml\n---\nbody`; returns problems instead of throwing. */
export function splitFrontMatter(file: string, text: string): FrontMatterFile | ContentProblem {
  const lines = text.split(/\r?\n/);
  if (text.trim() === '') return { file, line: 1, message: 'the file is empty' };
  if (!fence.test(lines[0] ?? '')) {
    return { file, line: 1, message: 'the file must start with front matter: a line `---`, YAML fields, then `---`' };
  }
  const end = lines.findIndex((line, index) => index > 0 && fence.test(line));
  if (end < 0) return { file, line: 1, message: 'the front matter opened on line 1 is never closed with `---`' };

  const yamlText = lines.slice(1, end).join('\n');
  const lineCounter = new LineCounter();
  const document: Document = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const firstError = document.errors[0];
  if (firstError) {
    const line = (lineCounter.linePos(firstError.pos[0]).line ?? 0) + 1;
    return { file, line, message: `the front matter is not valid YAML: ${firstError.message.split('\n')[0]}` };
  }
  let data: unknown;
  try {
    data = document.toJS();
  } catch (error) {
    // Turning YAML into values can still fail: an alias bomb ("billion laughs") is refused here.
    return { file, line: 2, message: `the front matter cannot be read: ${(error as Error).message}` };
  }
  const body = lines.slice(end + 1).join('\n').trim();
  return {
    data,
    body,
    lineOf(path) {
      for (let depth = path.length; depth > 0; depth--) {
        const node = document.getIn(path.slice(0, depth) as unknown[], true);
        if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line + 1;
      }
      return 1;
    },
  };
}

/** Whether a split result is a problem rather than a file. */
export function isProblem(value: FrontMatterFile | ContentProblem): value is ContentProblem {
  return 'message' in value;
}
