// The selector model and re-anchoring: a highlight finds its passage again when the talk's text changes,
// and is reported orphaned (never silently moved somewhere wrong) when the passage is gone.
import { describe, expect, it } from 'vitest';
import {
  anchorPassage,
  contextLength,
  describePassage,
  tidySelection,
} from '../../../../renderer/src/lib/annotations/anchoring';

const talk = [
  'Effective Disaster Recovery: The Day We Deleted Production.',
  'InfluxData lost a production cluster to one bad deploy, and the team rebuilt it in hours.',
  'Their advice: give every team a big red button that stops all deploys at once, and practise restores every month.',
  'Runbooks rot; rehearsals do not.',
].join('\n');

const quote = 'a big red button that stops all deploys at once';

function passage(text: string, exact: string) {
  const start = text.indexOf(exact);
  expect(start).toBeGreaterThanOrEqual(0);
  return describePassage(text, start, start + exact.length);
}

function anchoredText(text: string, anchor: ReturnType<typeof anchorPassage>): string | undefined {
  return anchor.status === 'anchored' ? text.slice(anchor.start, anchor.end) : undefined;
}

describe('describePassage', () => {
  it('builds a W3C quote selector with context and a position selector', () => {
    const target = passage(talk, quote);
    expect(target.quote).toEqual({
      type: 'TextQuoteSelector',
      exact: quote,
      prefix: talk.slice(target.position.start - contextLength, target.position.start),
      suffix: talk.slice(target.position.end, target.position.end + contextLength),
    });
    expect(target.quote.prefix).toHaveLength(contextLength);
    expect(target.quote.prefix.endsWith('team ')).toBe(true);
    expect(target.quote.suffix.startsWith(', and practise')).toBe(true);
    expect(target.position).toEqual({
      type: 'TextPositionSelector',
      start: talk.indexOf(quote),
      end: talk.indexOf(quote) + quote.length,
    });
  });

  it('keeps shorter context at the edges of the text', () => {
    const target = describePassage('Runbooks rot.', 0, 8);
    expect(target.quote).toMatchObject({ exact: 'Runbooks', prefix: '', suffix: ' rot.' });
  });

  it('refuses an empty or out-of-range passage, saying which', () => {
    expect(() => describePassage('abc', 2, 2)).toThrow(/non-empty part of the text: got 2–2 of 3/);
    expect(() => describePassage('abc', 1, 9)).toThrow(RangeError);
  });
});

describe('tidySelection', () => {
  it('drops whitespace at the edges of a selection, and reversed ends are put in order', () => {
    expect(tidySelection('  big red  ', 0, 11)).toEqual({ start: 2, end: 9 });
    expect(tidySelection('big red', 7, 0)).toEqual({ start: 0, end: 7 });
  });

  it('is null for a selection of nothing but whitespace', () => {
    expect(tidySelection('a \n b', 1, 4)).toBeNull();
  });
});

describe('anchorPassage', () => {
  it('anchors at the stored position when the text is unchanged', () => {
    const target = passage(talk, quote);
    const anchor = anchorPassage(talk, target);
    expect(anchor).toEqual({ status: 'anchored', how: 'position', ...pick(target.position) });
  });

  it('finds the quote when text was inserted before it', () => {
    const target = passage(talk, quote);
    const changed = `Update: the video is now online.\n\n${talk}`;
    const anchor = anchorPassage(changed, target);
    expect(anchor).toMatchObject({ status: 'anchored', how: 'quote' });
    expect(anchoredText(changed, anchor)).toBe(quote);
  });

  it('picks, among repeated quotes, the one whose context matches, even when another is nearer', () => {
    const text = 'First: press the button. Later: never press the button. End.';
    const second = text.indexOf('press the button', 30);
    const target = describePassage(text, second, second + 'press the button'.length);
    // The first occurrence is now nearer the old position; only the context says which one was meant.
    const changed = text.replace('Later:', `${'Filler words. '.repeat(12)}Later:`);
    const anchor = anchorPassage(changed, target);
    expect(anchor).toMatchObject({ status: 'anchored', how: 'quote' });
    expect(anchor.status === 'anchored' && changed.slice(anchor.start - 6, anchor.end)).toBe('never press the button');
  });

  it('picks the occurrence nearest the old position when the context is the same', () => {
    const text = 'x button y '.repeat(3);
    const second = describePassage(text, 13, 19);
    expect(text.slice(13, 19)).toBe('button');
    const shifted = `zz${text}`;
    const anchor = anchorPassage(shifted, second);
    expect(anchor).toMatchObject({ status: 'anchored', how: 'quote', start: 15, end: 21 });
  });

  it('finds the quote after it was itself edited slightly', () => {
    const target = passage(talk, quote);
    const edited = talk.replace(quote, 'a big red button which stops all deploys at once');
    const anchor = anchorPassage(edited, target);
    expect(anchor).toMatchObject({ status: 'anchored', how: 'fuzzy' });
    const found = anchoredText(edited, anchor) ?? '';
    expect(found).toContain('big red button which stops all deploys');
    expect(Math.abs(found.length - quote.length)).toBeLessThanOrEqual(4);
  });

  it('finds an edited quote that also moved, preferring the copy whose context matches', () => {
    const target = passage(talk, quote);
    const decoy = 'A different talk mentioned a big red button that starts all deploys at once.';
    const edited = `${decoy}\n${talk.replace(quote, 'a big, red button that stops all deploys at once')}`;
    const anchor = anchorPassage(edited, target);
    expect(anchor).toMatchObject({ status: 'anchored', how: 'fuzzy' });
    expect(anchor.status === 'anchored' && anchor.start).toBeGreaterThan(decoy.length);
  });

  it('reports the highlight orphaned when its quote was deleted', () => {
    const target = passage(talk, quote);
    const withoutQuote = talk.replace(
      'Their advice: give every team a big red button that stops all deploys at once, and practise restores every month.',
      'Their advice: practise restores every month.',
    );
    expect(anchorPassage(withoutQuote, target)).toEqual({ status: 'orphaned' });
    expect(anchorPassage('', target)).toEqual({ status: 'orphaned' });
  });

  it('does not trust a short, edited quote whose context changed too', () => {
    const text = 'We tried Flux and liked it. Then more text follows here.';
    const target = passage(text, 'Flux');
    expect(anchorPassage('Completely other words: Flax is a plant.', target)).toEqual({ status: 'orphaned' });
  });
});

function pick(position: { start: number; end: number }) {
  return { start: position.start, end: position.end };
}
