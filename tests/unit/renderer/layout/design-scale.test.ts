// Every size, space and corner in the renderer's CSS comes from theme.css's scales, so no view
// drifts into a size of its own. A raw `0.85rem` or `13px` in a stylesheet or a component's
// <style> fails here with its file and line.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const rendererSource = resolve(import.meta.dirname, '..', '..', '..', '..', 'renderer', 'src');
const theme = join(rendererSource, 'theme.css');

/** Each stylesheet's CSS with its first line's number: whole .css files, and each component's <style>. */
function styleSheets(): { file: string; firstLine: number; css: string }[] {
  const sheets: { file: string; firstLine: number; css: string }[] = [];
  for (const entry of readdirSync(rendererSource, { recursive: true, encoding: 'utf8' })) {
    const path = join(rendererSource, entry);
    if (entry.endsWith('.css')) sheets.push({ file: path, firstLine: 1, css: readFileSync(path, 'utf8') });
    if (!entry.endsWith('.svelte')) continue;
    const text = readFileSync(path, 'utf8');
    const start = text.indexOf('<style>');
    if (start < 0) continue;
    const end = text.indexOf('</style>', start);
    sheets.push({
      file: path,
      firstLine: text.slice(0, start).split('\n').length,
      css: text.slice(start, end),
    });
  }
  return sheets;
}

const scaledProperty =
  /^(font-size|padding(-[a-z]+)?|margin(-[a-z]+)?|gap|row-gap|column-gap|border(-[a-z]+)*-radius)$/;
/** A length written out instead of taken from a token: `12px`, `0.85rem`, `.5rem`. `em` stays allowed (relative to its text). */
const rawLength = /(?<![\w.-])\d*\.?\d+(px|rem)\b/;

/** The declarations that set a scaled property to a raw length, as "file:line  declaration". */
function offScale(): string[] {
  const found: string[] = [];
  for (const { file, firstLine, css } of styleSheets()) {
    css.split('\n').forEach((line, index) => {
      const declaration = /^\s*([a-z-]+)\s*:\s*([^;]+);?\s*$/.exec(line);
      if (!declaration) return;
      const [, property = '', value = ''] = declaration;
      if (!scaledProperty.test(property) || !rawLength.test(value)) return;
      // The root size every rem is measured from is the one length the scale itself rests on.
      if (file === theme && property === 'font-size' && value.trim() === '15px') return;
      found.push(`${relative(rendererSource, file)}:${firstLine + index}  ${line.trim()}`);
    });
  }
  return found;
}

describe('the design scale', () => {
  it('finds the stylesheets it checks, the components’ own included', () => {
    const files = styleSheets().map((sheet) => relative(rendererSource, sheet.file));
    expect(files).toContain('theme.css');
    expect(files).toContain('styles.css');
    expect(files).toContain(join('ui', 'Sidebar.svelte'));
    expect(files.length).toBeGreaterThan(30);
  });

  it('is used for every font size, space and corner radius', () => {
    expect(offScale()).toEqual([]);
  });

  it('would catch a raw length', () => {
    expect(rawLength.test('0.85rem')).toBe(true);
    expect(rawLength.test('0 12px')).toBe(true);
    expect(rawLength.test('var(--space-4) var(--space-6)')).toBe(false);
    expect(rawLength.test('0.85em')).toBe(false);
    expect(scaledProperty.test('margin-top')).toBe(true);
    expect(scaledProperty.test('border-top-left-radius')).toBe(true);
    expect(scaledProperty.test('width')).toBe(false);
  });

  it('defines every token the stylesheets use', () => {
    const defined = new Set(
      [...readFileSync(theme, 'utf8').matchAll(/(--(?:text|space|radius)-[\w-]+)\s*:/g)].map((m) => m[1]),
    );
    const used = new Set(
      styleSheets().flatMap(({ css }) =>
        [...css.matchAll(/var\((--(?:text|space|radius)-[\w-]+)\)/g)].map((m) => m[1]),
      ),
    );
    expect([...used].filter((token) => !defined.has(token))).toEqual([]);
  });
});
