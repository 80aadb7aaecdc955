// Reads the content folder from disk and turns it into the bundle the renderer seeds from.
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { ContentBundle, ContentProblem } from '../common/domain';
import { maxTextFileBytes } from '../common/content/decode-text';
import { parseContent, type ContentFile } from '../common/content/parse-content';

/** Reads every Markdown file under `contentDir`, parses and validates it, and hashes what was read. */
export async function loadContentBundle(contentDir: string): Promise<ContentBundle> {
  const problems: ContentProblem[] = [];
  const files: ContentFile[] = [];
  const hash = createHash('sha256');
  let paths: string[];
  try {
    paths = (await listMarkdownFiles(contentDir)).sort();
  } catch (error) {
    return {
      hash: 'missing',
      conferences: [],
      items: [],
      problems: [{ file: contentDir, message: `the content folder could not be read: ${(error as Error).message}` }],
    };
  }
  for (const path of paths) {
    const name = relative(contentDir, path).split(sep).join('/');
    const size = (await stat(path)).size;
    if (size > maxTextFileBytes) {
      // Do not even read it: a 50 MB "recap item" is a mistake, not content.
      problems.push({ file: name, message: `the file is ${(size / 1048576).toFixed(1)} MB; the limit is 2.0 MB` });
      hash.update(`${name}\0${size}\0`);
      continue;
    }
    const bytes = new Uint8Array(await readFile(path));
    hash.update(`${name}\0${bytes.byteLength}\0`).update(bytes);
    files.push({ path: name, bytes });
  }
  const parsed = parseContent(files);
  return {
    hash: hash.digest('hex').slice(0, 16),
    conferences: parsed.conferences,
    items: parsed.items,
    problems: [...problems, ...parsed.problems],
  };
}

async function listMarkdownFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return listMarkdownFiles(path);
      return entry.isFile() && entry.name.endsWith('.md') ? [path] : [];
    }),
  );
  return nested.flat();
}
