// Imports a recap the user wrote (Markdown or plain text) as sections linked to the items the app
// knows. Pure: it reads the bytes it is given and returns what it found; saving is the caller's.
import { sha256Hex } from '../backup-format';
import { decodeTextFile } from '../content/decode-text';
import type { RecapItem } from '../domain';
import type { ImportedRecap, ImportedSection, RecapFormat, RecapImport } from './imported-recap';
import { outlineRecap, type NumberedLine, type OutlineSection } from './recap-outline';
import { linkSections } from './section-links';

const markdownName = /\.(?:md|markdown|mdown|mkd|mkdn)$/i;

/** How a file is read, by its name: Markdown for `.md` and friends, plain text otherwise. */
export function recapFormatOf(file: string): RecapFormat {
  return markdownName.test(file) ? 'markdown' : 'text';
}

/**
 * Reads a recap file into sections linked to `knownItems`. Ids come from the text, so importing the
 * same file twice yields the same ids. Refuses binary, invalid UTF-8, oversized and empty files.
 */
export async function importRecap(
  file: string,
  bytes: Uint8Array,
  knownItems: readonly RecapItem[],
): Promise<RecapImport> {
  const decoded = decodeTextFile(file, bytes);
  if (typeof decoded !== 'string') return { problems: [decoded] };
  if (decoded.trim() === '') return { problems: [{ file, line: 1, message: 'the file is empty' }] };

  // One text, one id: the same recap saved with Windows line endings is the same recap.
  const text = decoded.replace(/\r\n?/g, '\n');
  const format = recapFormatOf(file);
  const outline = outlineRecap(file, text, format);
  const problems = [...outline.problems];
  const title = outline.title ?? baseName(file);
  let { intro, sections } = outline;
  if (sections.length === 0) {
    const firstLine = intro.find((line) => line.text.trim() !== '')?.line ?? 1;
    problems.push({
      file,
      line: firstLine,
      message:
        'no headings were found (`# Heading`, or a line underlined with `===` or `---`); the whole text became one section',
    });
    sections = [{ heading: title, level: 1, line: firstLine, lines: intro }];
    intro = [];
  }

  const id = `import-${(await sha256Hex(text)).slice(0, 16)}`;
  // The intro is linked like a section, so a talk named before the first heading is not lost.
  const introSection = { heading: '', level: 0, line: intro[0]?.line ?? 1, lines: intro };
  const links = linkSections([introSection, ...sections], knownItems);
  const [introLinks, ...sectionLinks] = links.sections;
  const sectionIds = uniqueIds(
    id,
    sections.map((section) => section.heading),
  );
  const imported: ImportedSection[] = sections.map((section: OutlineSection, index) => {
    const mentions = sectionLinks[index]?.mentions ?? [];
    return {
      id: sectionIds[index] ?? `${id}/section-${index + 1}`,
      heading: section.heading,
      level: section.level,
      body: markdownOf(section.lines),
      line: section.line,
      linkedItemIds: mentions.map((mention) => mention.itemId),
      mentions,
    };
  });
  const recap: ImportedRecap = {
    id,
    title,
    file,
    format,
    ...(links.conferenceId === undefined ? {} : { conferenceId: links.conferenceId }),
    intro: markdownOf(intro),
    introMentions: introLinks?.mentions ?? [],
    sections: imported,
    unmatched: [
      ...(introLinks?.unmatched ?? []).map((entry) => ({ ...entry, sectionId: id })),
      ...sectionLinks.flatMap((section, index) =>
        section.unmatched.map((entry) => ({ ...entry, sectionId: imported[index]?.id ?? id })),
      ),
    ],
  };
  return { recap, problems };
}

/** A heading's slug: lowercase letters and digits joined by dashes, accents folded. */
export function headingSlug(heading: string): string {
  const slug = heading
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'section';
}

function uniqueIds(recapId: string, headings: readonly string[]): string[] {
  const used = new Set<string>();
  return headings.map((heading) => {
    const slug = headingSlug(heading);
    let id = `${recapId}/${slug}`;
    for (let count = 2; used.has(id); count++) id = `${recapId}/${slug}-${count}`;
    used.add(id);
    return id;
  });
}

/** The lines as written (trailing spaces are Markdown line breaks), without blank lines around them. */
function markdownOf(lines: readonly NumberedLine[]): string {
  const texts = lines.map((line) => line.text);
  const first = texts.findIndex((text) => text.trim() !== '');
  if (first < 0) return '';
  const last = texts.findLastIndex((text) => text.trim() !== '');
  return texts.slice(first, last + 1).join('\n');
}

function baseName(file: string): string {
  const name = file.split(/[\\/]/).pop() ?? file;
  return name.replace(/\.[^.]+$/, '') || name;
}
