import { describe, expect, it } from 'vitest';
import { outlineRecap } from '../../../../../electron/common/recap-import/recap-outline';

const headings = (text: string, format: 'markdown' | 'text' = 'markdown') =>
  outlineRecap('recap', text, format).sections.map((s) => [s.heading, s.level, s.line]);

describe('Markdown headings', () => {
  it('reads ATX headings with optional closing hashes, and not #hashtags or empty ones', () => {
    expect(headings('intro\n# One\n## Two ##\n   ### Three\n#tag\n#\n###### Six #\n####### seven\n')).toEqual([
      ['One', 1, 2],
      ['Two', 2, 3],
      ['Three', 3, 4],
      ['Six', 6, 7],
    ]);
  });

  it('reads setext headings: === is level 1, --- level 2, and a whole paragraph is the heading', () => {
    expect(headings('Intro line\n\nTop\n===\ntext\n\nNext part\n---\n\nTwo lines\nof heading\n---\n')).toEqual([
      ['Top', 1, 3],
      ['Next part', 2, 7],
      ['Two lines of heading', 2, 10],
    ]);
  });

  it('does not take a rule, a list item or a quote above --- for a heading', () => {
    expect(headings('# A\n\n---\n\n- item\n---\n> quote\n---\n***\n---\n')).toEqual([['A', 1, 1]]);
  });

  it('ignores headings inside fenced and indented code', () => {
    const text =
      '# Real\n```\n# fake\nfake\n---\n```\n~~~~\n# fake\n~~~\n# still fake\n~~~~\n\n    # indented\n# Also real\n';
    expect(headings(text)).toEqual([
      ['Real', 1, 1],
      ['Also real', 1, 14],
    ]);
  });

  it('keeps each section’s lines with their numbers in the file, after front matter', () => {
    const outline = outlineRecap('recap.md', '---\ntitle: T\n---\nhello\n# A\none\n\ntwo\n# B\n', 'markdown');
    expect(outline.title).toBe('T');
    expect(outline.intro).toEqual([{ text: 'hello', line: 4 }]);
    expect(outline.sections[0]).toEqual({
      heading: 'A',
      level: 1,
      line: 5,
      lines: [
        { text: 'one', line: 6 },
        { text: '', line: 7 },
        { text: 'two', line: 8 },
      ],
    });
  });

  it('takes a lone top heading before any text as the title when every other heading is below it', () => {
    const titled = outlineRecap('r.md', '# My KubeCon\nintro\n## Day 1\nx\n## Day 2\n', 'markdown');
    expect(titled.title).toBe('My KubeCon');
    expect(titled.intro.map((l) => l.text)).toEqual(['intro']);
    expect(titled.sections.map((s) => s.heading)).toEqual(['Day 1', 'Day 2']);
    // Two top headings: both are parts of the recap, not a title.
    expect(outlineRecap('r.md', '# Day 1\nx\n# Day 2\n', 'markdown').title).toBeUndefined();
    // Text before the first heading: that heading is a part.
    expect(outlineRecap('r.md', 'hi\n# Day 1\n## Talks\n', 'markdown').title).toBeUndefined();
  });
});

describe('plain-text headings', () => {
  it('reads short lines after a finished sentence or a blank line as headings', () => {
    const text = 'My Recap\nIntro text here.\nDay 1\nWe arrived.\n\nDay 2 (Thursday)\n\nMore text.\n';
    expect(headings(text, 'text')).toEqual([
      ['Day 1', 2, 3],
      ['Day 2 (Thursday)', 2, 6],
    ]);
    expect(outlineRecap('r.txt', text, 'text').title).toBe('My Recap');
  });

  it('does not mistake the short lines of wrapped prose for headings', () => {
    const text = [
      'Day 1',
      'The best talk was', // no full stop before the next line
      'Kubernetes Everywhere',
      'which was great.',
      'Then we went', // the next line starts in lowercase: the sentence goes on
      'to lunch.',
      'A sentence that ends:', // ends with punctuation
      'Is this a question?',
      'Also a long line of eleven words that cannot be a heading at all',
      'Now the text.',
      '- Bullet item', // a list item
      'Thanks', // nothing follows it
    ].join('\n');
    expect(headings(text, 'text')).toEqual([['Day 1', 1, 1]]);
  });

  it('is not used when the plain text has Markdown headings, nor for Markdown files', () => {
    expect(headings('Notes\n=====\nIntro.\nDay 1\nText.\n', 'text')).toEqual([['Notes', 1, 1]]);
    expect(headings('Intro.\nDay 1\nText.\n', 'markdown')).toEqual([]);
    expect(headings('Intro.\nDay 1\nText.\n', 'text')).toEqual([['Day 1', 2, 2]]);
  });
});

describe('front matter problems', () => {
  it('reports front matter that is not a map, and reads on', () => {
    const outline = outlineRecap('r.md', '---\n- a\n- b\n---\n# Day 1\n', 'markdown');
    expect(outline.problems).toEqual([
      { file: 'r.md', line: 2, message: 'the front matter is not a list of `field: value` lines; it was skipped' },
    ]);
    expect(outline.sections.map((s) => s.heading)).toEqual(['Day 1']);
  });

  it('accepts empty front matter and a YAML document end marker', () => {
    expect(outlineRecap('r.md', '---\n---\n# A\n', 'markdown')).toMatchObject({ problems: [], title: undefined });
    expect(outlineRecap('r.md', '---\ntitle: Hi\n...\n# A\n', 'markdown')).toMatchObject({ problems: [], title: 'Hi' });
  });
});
