// The query language: each operator, each filter, and malformed input that must become a hint.
import { describe, expect, it } from 'vitest';
import { filterKeys, readFilterValue } from '../../../../renderer/src/lib/search/filters';
import { isBlank, parseQuery, withoutSpan } from '../../../../renderer/src/lib/search/query-language';

const texts = (units: { text: string }[]) => units.map((unit) => unit.text);

describe('parseQuery', () => {
  it('requires every word, each in its own group', () => {
    const query = parseQuery('autoscaling  kubernetes');
    expect(query.required.map(texts)).toEqual([['autoscaling'], ['kubernetes']]);
    expect(query.hints).toEqual([]);
  });

  it('reads "exact phrases" as one unit', () => {
    const query = parseQuery('restore "big red button" now');
    expect(query.required.map((group) => group.map((u) => [u.type, u.text]))).toEqual([
      [['word', 'restore']],
      [['phrase', 'big red button']],
      [['word', 'now']],
    ]);
  });

  it('reads -word and -"phrase" as exclusions', () => {
    const query = parseQuery('kubernetes -autoscaling -"red button"');
    expect(texts(query.required.flat())).toEqual(['kubernetes']);
    expect(query.excluded.map((u) => [u.type, u.text])).toEqual([
      ['word', 'autoscaling'],
      ['phrase', 'red button'],
    ]);
  });

  it('keeps a dash inside or alone as part of the words', () => {
    const query = parseQuery('multi-cloud - x');
    expect(texts(query.required.flat())).toEqual(['multi-cloud', '-', 'x']);
    expect(query.excluded).toEqual([]);
  });

  it('joins the units on either side of OR into one group', () => {
    const query = parseQuery('karpenter OR keda OR "cluster autoscaler" nodes');
    expect(query.required.map(texts)).toEqual([['karpenter', 'keda', 'cluster autoscaler'], ['nodes']]);
  });

  it('treats lower-case "or" as a word', () => {
    expect(parseQuery('this or that').required.map(texts)).toEqual([['this'], ['or'], ['that']]);
  });

  it('hints at an OR without a word on each side, and ignores it', () => {
    for (const source of ['OR karpenter', 'karpenter OR', 'karpenter OR OR keda', 'a OR -b', 'OR']) {
      const query = parseQuery(source);
      expect(query.hints.map((h) => h.message).join()).toMatch(/OR needs a word or phrase on each side/);
      expect(query.required.flat().map((u) => u.text)).not.toContain('OR');
    }
  });

  it('reads an unclosed quote as a phrase to the end, with a hint', () => {
    const query = parseQuery('deploy "big red');
    expect(query.required.flat().map((u) => [u.type, u.text])).toEqual([
      ['word', 'deploy'],
      ['phrase', 'big red'],
    ]);
    expect(query.hints).toEqual([
      { message: 'The quote is not closed — searched as a phrase up to the end', span: [7, 15] },
    ]);
  });

  it('ignores empty quotes', () => {
    const query = parseQuery('"" karpenter');
    expect(query.required.map(texts)).toEqual([['karpenter']]);
    expect(query.hints).toEqual([]);
  });

  it('reads every filter key with a chip label and the span it was typed at', () => {
    const cases: [string, string][] = [
      ['day:1', 'Day 1'],
      ['kind:keynote', 'Kind: keynote'],
      ['track:performance', 'Track: performance'],
      ['speaker:serrino', 'Speaker: serrino'],
      ['tag:autoscaling', 'Tag: autoscaling'],
      ['is:starred', 'Starred'],
      ['has:notes', 'Has notes'],
      ['has:actions', 'Has action items'],
      ['status:open', 'Status: open'],
      ['due:<7d', 'Due: <7d'],
      ['conf:kubecon', 'Conference: kubecon'],
    ];
    for (const [source, label] of cases) {
      const query = parseQuery(`words ${source}`);
      expect(query.hints, source).toEqual([]);
      expect(
        query.filters.map((f) => [f.raw, f.label, f.span, f.negated]),
        source,
      ).toEqual([[source, label, [6, 6 + source.length], false]]);
      expect(texts(query.required.flat())).toEqual(['words']);
    }
    expect(new Set(cases.map(([source]) => source.split(':')[0]))).toEqual(new Set(filterKeys));
  });

  it('reads filter keys in any case, quoted values and negated filters', () => {
    const query = parseQuery('Speaker:"Natalie Serrino" -kind:booth status:"in progress"');
    expect(query.filters.map((f) => [f.key, f.negated, f.label])).toEqual([
      ['speaker', false, 'Speaker: Natalie Serrino'],
      ['kind', true, 'Not kind: booth'],
      ['status', false, 'Status: in progress'],
    ]);
    expect(query.filters[0]?.value).toEqual({ key: 'speaker', text: 'natalie serrino' });
  });

  it('reads conf: by id or name words, and conference: as its longer spelling', () => {
    const query = parseQuery('autoscaling conf:fosdem-2022 -Conference:"Harbour Cloud"');
    expect(query.hints).toEqual([]);
    expect(query.filters.map((f) => [f.key, f.negated, f.label, f.value])).toEqual([
      ['conf', false, 'Conference: fosdem-2022', { key: 'conf', text: 'fosdem 2022' }],
      ['conf', true, 'Not conference: Harbour Cloud', { key: 'conf', text: 'harbour cloud' }],
    ]);
    expect(parseQuery('conf:').hints[0]?.message).toMatch(/conf: needs a value, such as conf:kubecon/);
    expect(parseQuery('conf:+++').hints[0]?.message).toMatch(/conf: takes a conference/);
  });

  it('hints at an unknown filter and searches its words instead', () => {
    const query = parseQuery('foo:bar karpenter');
    expect(query.hints[0]?.message).toMatch(/^“foo:” is not a filter, so it was searched as words/);
    expect(query.hints[0]?.span).toEqual([0, 7]);
    expect(texts(query.required.flat())).toEqual(['foo bar', 'karpenter']);
    expect(query.filters).toEqual([]);
  });

  it('hints at a filter value it cannot read, and drops only that filter', () => {
    const cases: [string, RegExp][] = [
      ['day:one', /day: takes a day number/],
      ['day:', /day: needs a value, such as day:1/],
      ['kind:webinar', /kind: takes talk, keynote/],
      ['is:happy', /is: takes starred/],
      ['has:cake', /has: takes notes or actions/],
      ['status:later', /status: takes open, in-progress, done, dropped/],
      ['due:soon', /due: takes overdue/],
      ['speaker:""', /speaker: needs a value/],
    ];
    for (const [source, message] of cases) {
      const query = parseQuery(`karpenter ${source}`);
      expect(query.hints.map((h) => h.message).join(), source).toMatch(message);
      expect(query.filters, source).toEqual([]);
      expect(texts(query.required.flat())).toEqual(['karpenter']);
    }
  });

  it('does not mistake times or URLs without a letter key for filters', () => {
    expect(parseQuery('10:30').filters).toEqual([]);
    expect(texts(parseQuery('10:30').required.flat())).toEqual(['10:30']);
  });

  it('never throws, whatever is typed', () => {
    const nasty = ['"', '-', '--', '-"', 'OR OR', ':', 'day:"', '"a" "b', '-day:', 'a:b:c', '\u0000', '""""', '(a OR'];
    for (const source of nasty) expect(() => parseQuery(source), source).not.toThrow();
  });

  it('knows a blank query from one that only filters', () => {
    expect(isBlank(parseQuery('   '))).toBe(true);
    expect(isBlank(parseQuery('OR'))).toBe(true);
    expect(isBlank(parseQuery('is:starred'))).toBe(false);
    expect(isBlank(parseQuery('-kubernetes'))).toBe(false);
  });
});

describe('readFilterValue', () => {
  it('reads kinds by their plural and by aliases', () => {
    expect(readFilterValue('kind', 'Keynotes')).toEqual({ key: 'kind', kinds: ['keynote'] });
    expect(readFilterValue('kind', 'annotation')).toEqual({ key: 'kind', kinds: ['note', 'highlight'] });
    expect(readFilterValue('kind', 'lightning')).toEqual({ key: 'kind', kinds: ['lightning-talks'] });
  });

  it('reads due conditions', () => {
    expect(readFilterValue('due', 'overdue')).toEqual({ key: 'due', due: { op: 'overdue' } });
    expect(readFilterValue('due', '<14d')).toEqual({ key: 'due', due: { op: 'within', days: 14 } });
    expect(readFilterValue('due', '>=2024-01-03')).toEqual({ key: 'due', due: { op: '>=', date: '2024-01-03' } });
    expect(readFilterValue('due', '2024-13-45')).toHaveProperty('problem');
  });
});

describe('withoutSpan', () => {
  it('removes a filter from the query text, keeping single spaces', () => {
    const source = 'kubernetes day:1 -kind:booth';
    const [day, kind] = parseQuery(source).filters;
    expect(withoutSpan(source, day!.span)).toBe('kubernetes -kind:booth');
    expect(withoutSpan(source, kind!.span)).toBe('kubernetes day:1');
  });
});
