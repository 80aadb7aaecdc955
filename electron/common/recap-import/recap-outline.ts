// Splits a recap into optional YAML front matter, an intro and sections by heading, keeping every
// line's number so problems and mentions can say where they are. Markdown headings follow
// CommonMark (ATX `#` and setext `===`/`---`, none inside fenced code); a plain-text file with no
// Markdown headings is read by its heading-like lines instead (see plain-text-headings.ts).
import { LineCounter, parseDocument } from 'yaml';
import type { ContentProblem } from '../domain';
import type { RecapFormat } from './imported-recap';
import { findPlainTextHeadings, type HeadingMark } from './plain-text-headings';

/** One line of the file with its 1-based number. */
export interface NumberedLine {
  text: string;
  line: number;
}

/** A heading and the lines under it, up to the next heading. */
export interface OutlineSection {
  heading: string;
  level: number;
  line: number;
  lines: NumberedLine[];
}

/** A recap's shape before any matching: title, intro, sections, and what could not be read. */
export interface RecapOutline {
  /** The front matter's `title`, or a lone leading heading that heads the whole file. */
  title?: string;
  intro: NumberedLine[];
  sections: OutlineSection[];
  problems: ContentProblem[];
}

const frontMatterFence = /^---[ \t]*$/;
const frontMatterEnd = /^(?:---|\.\.\.)[ \t]*$/;

/** Reads the outline of a recap's text (line endings already `\n` or `\r\n`). */
export function outlineRecap(file: string, text: string, format: RecapFormat): RecapOutline {
  const lines = text.split(/\r?\n/);
  const problems: ContentProblem[] = [];
  const { bodyStart, title } = readFrontMatter(file, lines, problems);
  const body = lines.slice(bodyStart);

  let marks = findMarkdownHeadings(body);
  if (marks.length === 0 && format === 'text') marks = findPlainTextHeadings(body);

  const numbered = (from: number, to: number): NumberedLine[] =>
    body.slice(from, to).map((line, index) => ({ text: line, line: bodyStart + from + index + 1 }));

  const firstMark = marks[0];
  const intro = numbered(0, firstMark ? firstMark.first : body.length);
  let leadingTitle: string | undefined;
  if (firstMark && isTitleHeading(firstMark, marks, intro)) {
    leadingTitle = firstMark.text;
    marks = marks.slice(1);
  }
  const sections = marks.map((mark, index) => ({
    heading: mark.text,
    level: mark.level,
    line: bodyStart + mark.first + 1,
    lines: numbered(mark.last + 1, marks[index + 1]?.first ?? body.length),
  }));
  // With a title heading removed, what followed it (up to the next heading) is the intro.
  const introLines = leadingTitle && firstMark ? numbered(firstMark.last + 1, marks[0]?.first ?? body.length) : intro;
  return { title: title ?? leadingTitle, intro: introLines, sections, problems };
}

/** A lone top heading before any text, with every other heading below it, names the file rather than a part. */
function isTitleHeading(first: HeadingMark, marks: readonly HeadingMark[], intro: readonly NumberedLine[]): boolean {
  if (intro.some((line) => line.text.trim() !== '')) return false;
  const rest = marks.slice(1);
  return rest.length > 0 && rest.every((mark) => mark.level > first.level);
}

function readFrontMatter(
  file: string,
  lines: readonly string[],
  problems: ContentProblem[],
): { bodyStart: number; title?: string } {
  if (!frontMatterFence.test(lines[0] ?? '')) return { bodyStart: 0 };
  const end = lines.findIndex((line, index) => index > 0 && frontMatterEnd.test(line));
  if (end < 0) {
    problems.push({
      file,
      line: 1,
      message: 'the front matter opened on line 1 is never closed with `---`; the file was read without it',
    });
    return { bodyStart: 1 };
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(lines.slice(1, end).join('\n'), { lineCounter, prettyErrors: false });
  const error = document.errors[0];
  if (error) {
    const line = lineCounter.linePos(error.pos[0]).line + 1;
    problems.push({
      file,
      line,
      message: `the front matter is not valid YAML (${error.message.split('\n')[0]}); the recap was read without it`,
    });
    return { bodyStart: end + 1 };
  }
  let data: unknown;
  try {
    data = document.toJS();
  } catch (error) {
    // Turning YAML into values can still fail: an alias bomb ("billion laughs") is refused here.
    problems.push({
      file,
      line: 2,
      message: `the front matter cannot be read (${(error as Error).message}); the recap was read without it`,
    });
    return { bodyStart: end + 1 };
  }
  if (data === null || data === undefined) return { bodyStart: end + 1 };
  if (typeof data !== 'object' || Array.isArray(data)) {
    problems.push({ file, line: 2, message: 'the front matter is not a list of `field: value` lines; it was skipped' });
    return { bodyStart: end + 1 };
  }
  const title = (data as Record<string, unknown>)['title'];
  if (title === undefined) return { bodyStart: end + 1 };
  if (typeof title === 'string' && title.trim() !== '') return { bodyStart: end + 1, title: title.trim() };
  const titleNode = document.get('title', true) as { range?: [number, number, number] } | undefined;
  problems.push({
    file,
    line: titleNode?.range ? lineCounter.linePos(titleNode.range[0]).line + 1 : 2,
    field: 'title',
    message: 'title must be text; the title was taken from the file instead',
  });
  return { bodyStart: end + 1 };
}

const atxHeading = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/;
const setextUnderline = /^ {0,3}(=+|-+)[ \t]*$/;
const fenceOpen = /^ {0,3}(`{3,}|~{3,})/;
const listOrQuote = /^ {0,3}(?:[-*+]|\d{1,9}[.)]|>)(?:[ \t]|$)/;
const thematicBreak = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

/** CommonMark's headings: ATX lines, and a paragraph underlined with `===` or `---`. */
function findMarkdownHeadings(lines: readonly string[]): HeadingMark[] {
  const marks: HeadingMark[] = [];
  let fence: { char: string; length: number } | undefined;
  // The paragraph a setext underline would turn into a heading: only a plain one (not a list or quote).
  let paragraph: { first: number; plain: boolean } | undefined;

  lines.forEach((line, index) => {
    if (fence) {
      const close = fenceOpen.exec(line);
      const marker = close?.[1];
      if (marker && marker[0] === fence.char && marker.length >= fence.length && line.trim() === marker) {
        fence = undefined;
      }
      return;
    }
    const open = fenceOpen.exec(line)?.[1];
    if (open && !(open[0] === '`' && line.slice(line.indexOf(open) + open.length).includes('`'))) {
      fence = { char: open[0] ?? '`', length: open.length };
      paragraph = undefined;
      return;
    }
    if (line.trim() === '') {
      paragraph = undefined;
      return;
    }
    const atx = atxHeading.exec(line);
    if (atx) {
      const text = (atx[2] ?? '').replace(/(?:^|[ \t]+)#+$/, '').trim();
      if (text !== '') marks.push({ first: index, last: index, text, level: atx[1]?.length ?? 1 });
      paragraph = undefined;
      return;
    }
    const underline = setextUnderline.exec(line);
    if (underline && paragraph?.plain) {
      const text = lines
        .slice(paragraph.first, index)
        .map((part) => part.trim())
        .join(' ');
      marks.push({ first: paragraph.first, last: index, text, level: underline[1]?.startsWith('=') ? 1 : 2 });
      paragraph = undefined;
      return;
    }
    if (thematicBreak.test(line)) {
      paragraph = undefined;
      return;
    }
    if (listOrQuote.test(line)) {
      paragraph = { first: index, plain: false };
    } else if (!paragraph && !/^(?: {4}|\t)/.test(line)) {
      paragraph = { first: index, plain: true };
    }
  });
  return marks;
}
