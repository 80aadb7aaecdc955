// How typed terms become MiniSearch queries: partial words, typo tolerance only for unknown
// words, prefixes narrowed when too common, and a last single letter left out while typing.
import type { Query } from 'minisearch';
import { describe, expect, it } from 'vitest';
import type { SearchDocument } from '../../../../renderer/src/lib/search/documents';
import { noFacts } from '../../../../renderer/src/lib/search/filters';
import { parseQuery } from '../../../../renderer/src/lib/search/query-language';
import { planQuery, type PlanContext } from '../../../../renderer/src/lib/search/query-plan';
import { swapWeight } from '../../../../renderer/src/lib/search/transpositions';

function context(known: string[] = [], postings: Record<string, number> = {}): PlanContext {
  return {
    facts: noFacts,
    today: '2024-01-01',
    knows: (term) => known.includes(term),
    // Every field costs what the table says for the prefix (0 when absent).
    prefixPostings: (prefix, fields) => fields.map(() => postings[prefix] ?? 0),
    prefixBudget: 100,
  };
}

const plan = (text: string, ctx = context()) => planQuery(parseQuery(text), ctx);
const queryOf = (text: string, ctx = context()) => (plan(text, ctx).query as { queries: Query[] }).queries[0];
/** The lookup of a term as typed, without the spellings with two letters swapped (see below). */
const asTypedOf = (text: string, ctx = context()) => (queryOf(text, ctx) as { queries: Query[] }).queries[0];

describe('planQuery', () => {
  it('looks up a word of four letters or more as a prefix everywhere, with typos forgiven by length', () => {
    expect(asTypedOf('autosc')).toEqual({ queries: ['autosc'], prefix: true, fuzzy: 1 });
    expect(asTypedOf('karpentr')).toEqual({ queries: ['karpentr'], prefix: true, fuzzy: 2 });
  });

  it('forgives no typo in a word the index has as typed', () => {
    expect(queryOf('deploy', context(['deploy']))).toEqual({ queries: ['deploy'], prefix: true, fuzzy: 0 });
  });

  it('expands two or three letters only in titles, speakers and tags', () => {
    expect(queryOf('ku')).toEqual({
      combineWith: 'OR',
      queries: [
        { queries: ['ku'], fields: ['title', 'speakers', 'tags'], prefix: true, fuzzy: 0 },
        { queries: ['ku'], fields: ['text'], prefix: false, fuzzy: 0 },
      ],
    });
  });

  it('narrows a prefix too common for the budget, field by field, titles always kept', () => {
    // Each field would add 40 postings; the budget of 100 takes the title and one more field.
    expect(asTypedOf('auto', context([], { auto: 40 }))).toEqual({
      combineWith: 'OR',
      queries: [
        { queries: ['auto'], fields: ['title', 'speakers'], prefix: true, fuzzy: 1 },
        { queries: ['auto'], fields: ['tags', 'text'], prefix: false, fuzzy: 1 },
      ],
    });
    expect(asTypedOf('auto', context([], { auto: 500 }))).toMatchObject({
      queries: [
        { fields: ['title'], prefix: true },
        { fields: ['speakers', 'tags', 'text'], prefix: false },
      ],
    });
  });

  it('also looks up each spelling with two neighbouring letters swapped, with the typos left, as a one-typo match', () => {
    const swapped = (spelling: string) => ({
      queries: [spelling],
      prefix: true,
      fuzzy: 0,
      boostTerm: expect.any(Function) as unknown,
    });
    const clsuter = queryOf('clsuter') as { combineWith: string; queries: { boostTerm?: () => number }[] };
    expect(clsuter).toEqual({
      combineWith: 'OR',
      queries: [
        { queries: ['clsuter'], prefix: true, fuzzy: 1 },
        ...['lcsuter', 'csluter', 'cluster', 'clstuer', 'clsuetr', 'clsutre'].map(swapped),
      ],
    });
    expect(clsuter.queries[3]?.boostTerm?.()).toBeCloseTo(swapWeight('clsuter'));
    // Eight letters are forgiven two typos: the swap is one, one is left.
    const karpentr = (queryOf('karpentr') as { queries: Query[] }).queries;
    expect(karpentr).toHaveLength(8);
    expect(karpentr[0]).toEqual({ queries: ['karpentr'], prefix: true, fuzzy: 2 });
    expect(karpentr[1]).toMatchObject({ queries: ['akrpentr'], prefix: true, fuzzy: 1 });
    // The swapped spelling's prefix is narrowed by its own postings, as a typed term's is.
    expect(queryOf('uato', context([], { auto: 500 }))).toMatchObject({
      queries: [
        { queries: ['uato'] },
        {
          queries: [
            { queries: ['auto'], fields: ['title'], prefix: true, fuzzy: 0 },
            { queries: ['auto'], fields: ['speakers', 'tags', 'text'], prefix: false, fuzzy: 0 },
          ],
        },
        { queries: ['utao'] },
        { queries: ['uaot'] },
      ],
    });
  });

  it('swaps no letters where no typo is forgiven: three letters or fewer, a word the index has, a phrase', () => {
    expect(queryOf('ksa')).toEqual({
      combineWith: 'OR',
      queries: [
        { queries: ['ksa'], fields: ['title', 'speakers', 'tags'], prefix: true, fuzzy: 0 },
        { queries: ['ksa'], fields: ['text'], prefix: false, fuzzy: 0 },
      ],
    });
    expect(queryOf('agro', context(['agro']))).toEqual({ queries: ['agro'], prefix: true, fuzzy: 0 });
    expect(queryOf('"clsuter"')).toEqual({ queries: ['clsuter'], prefix: false, fuzzy: false });
  });

  it('looks up phrase words exactly', () => {
    expect(queryOf('"big red"')).toEqual({
      combineWith: 'AND',
      queries: [
        { queries: ['big'], prefix: false, fuzzy: false },
        { queries: ['red'], prefix: false, fuzzy: false },
      ],
    });
  });

  it('leaves out a single letter being typed at the end, but searches a lone letter', () => {
    const typing = plan('kubernetes o');
    expect((typing.query as { queries: Query[] }).queries).toHaveLength(1);
    expect(plan('day:1 t')).toMatchObject({ ranked: false, nothing: false });
    expect(queryOf('k')).toEqual({ queries: ['k'], prefix: false, fuzzy: false });
  });

  it('excludes words exactly, beside a ranked query or from the whole recap', () => {
    const ranked = plan('kubernetes -istio');
    expect(ranked.query).toMatchObject({ combineWith: 'AND_NOT' });
    expect(ranked.excluded).toBeNull();
    const alone = plan('-istio');
    expect(alone).toMatchObject({ ranked: false, excluded: { combineWith: 'OR' } });
  });

  it('finds nothing for stop words alone', () => {
    expect(plan('the of')).toMatchObject({ nothing: true });
    expect(plan('the day:1')).toMatchObject({ nothing: false, ranked: false });
  });

  it('looks up the candidates of speaker: and tag: filters in their fields, when they narrow', () => {
    expect(plan('speaker:garcia tag:auto tag:keda').candidates).toEqual({
      combineWith: 'AND',
      queries: [
        {
          combineWith: 'OR',
          queries: [
            {
              combineWith: 'AND',
              queries: [{ queries: ['garcia'], fields: ['speakers'], prefix: true, fuzzy: false }],
            },
          ],
        },
        {
          combineWith: 'OR',
          queries: [
            { combineWith: 'AND', queries: [{ queries: ['auto'], fields: ['tags'], prefix: true, fuzzy: false }] },
            { combineWith: 'AND', queries: [{ queries: ['keda'], fields: ['tags'], prefix: true, fuzzy: false }] },
          ],
        },
      ],
    });
    // Stop words, a negated filter, a filter checked everywhere, or words to rank: no candidates.
    expect(plan('speaker:the').candidates).toBeNull();
    expect(plan('-speaker:garcia').candidates).toBeNull();
    expect(plan('track:performance').candidates).toBeNull();
    expect(plan('kubernetes speaker:garcia').candidates).toBeNull();
  });

  it('keeps with conf: the documents of a conference matched by its id, or by its name when the names are known', () => {
    const doc = (conferenceId: string): SearchDocument => ({
      id: `item:${conferenceId}/a`,
      kind: 'talk',
      itemId: `${conferenceId}/a`,
      itemTitle: 'A',
      conferenceId,
      title: 'A',
      speakers: '',
      tags: '',
      tagList: [],
      text: '',
      removed: 0,
    });
    const kubecon = doc('kubecon-eu-2022');
    const fosdem = doc('fosdem-2022');
    const accepts = (text: string, ctx = context()) => {
      const planned = plan(text, ctx);
      return [kubecon, fosdem].filter((d) => planned.accept(d, [])).map((d) => d.conferenceId);
    };
    expect(accepts('conf:kubecon')).toEqual(['kubecon-eu-2022']);
    expect(accepts('conf:fosdem-2022')).toEqual(['fosdem-2022']);
    expect(accepts('conf:2022')).toEqual(['kubecon-eu-2022', 'fosdem-2022']);
    expect(accepts('-conf:kube')).toEqual(['fosdem-2022']);
    expect(accepts('conf:valencia')).toEqual([]);
    // conf: filters widen each other, as every filter of one key does.
    expect(accepts('conf:kubecon conf:fosdem')).toEqual(['kubecon-eu-2022', 'fosdem-2022']);
    // Words of a name, when the index knows the names.
    const named = context();
    named.facts = {
      ...noFacts,
      conferenceNames: new Map([['kubecon-eu-2022', 'kubecon cloudnativecon europe 2022']]),
    };
    expect(accepts('conf:europe', named)).toEqual(['kubecon-eu-2022']);
    expect(accepts('conf:cloud', named)).toEqual(['kubecon-eu-2022']);
    expect(plan('conf:kubecon').candidates).toBeNull();
  });
});
