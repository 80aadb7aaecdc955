// Ranking and the query language on a fixed recap: the talk a user means comes first.
import { beforeEach, describe, expect, it } from 'vitest';
import type { StoredItem } from '../../../../renderer/src/lib/db/database';
import { indexOptionsVersion } from '../../../../renderer/src/lib/search/index-options';
import { SearchIndex } from '../../../../renderer/src/lib/search/search-index';
import { action, doneAction, highlight, items, note } from '../../../fixtures/search/recap-corpus';

const today = '2024-01-03';
let index: SearchIndex;

beforeEach(() => {
  index = SearchIndex.ofItems(items);
  index.syncUserRecords([note, highlight], [action, doneAction]);
});

function titles(query: string, scope?: 'titles'): string[] {
  return index.search(query, { today, scope }).hits.map((hit) => hit.titleText);
}

function top(query: string): string | undefined {
  return titles(query)[0];
}

describe('ranking on a fixed recap', () => {
  it.each([
    ['autoscaling', 'Autoscaling Kubernetes Deployments: A (Mostly) Practical Guide'],
    ['autosc', 'Autoscaling Kubernetes Deployments: A (Mostly) Practical Guide'],
    ['karpentr', 'Karpenter'],
    ['backstge', 'Backstage: Restoring Order To Your Chaos'],
    // Two letters swapped are one typo, which a word of five or six letters is forgiven.
    ['kepnt', 'Keptn'],
    ['hadorn', 'CERN: Kubernetes and the Large Hadron Collider'],
    ['serrino', 'Autoscaling Kubernetes Deployments: A (Mostly) Practical Guide'],
    ['fernandez', 'Kubernetes is Your Platform: Design Patterns For Extensible Controllers'],
    ['kubernetes controllers', 'Kubernetes is Your Platform: Design Patterns For Extensible Controllers'],
    ['deleted production', 'Effective Disaster Recovery: The Day We Deleted Production'],
    ['gitops', 'Argo CD'],
    ['hadron', 'CERN: Kubernetes and the Large Hadron Collider'],
    ['multi-cloud', 'Kubernetes Everywhere: Lessons Learned From Going Multi-Cloud'],
  ])('%s → %s', (query, expected) => {
    expect(top(query)).toBe(expected);
  });

  it('puts a match in the title above the same word in a body', () => {
    const ranked = titles('autoscaling');
    expect(ranked.indexOf('Autoscaling Kubernetes Deployments: A (Mostly) Practical Guide')).toBe(0);
    expect(ranked).toContain('Kubernetes in Space');
    expect(ranked.indexOf('Karpenter')).toBeGreaterThan(0);
  });

  it('requires every word', () => {
    expect(titles('kubernetes space')).toEqual(['Kubernetes in Space']);
    expect(titles('karpenter backstage')).toEqual([]);
  });

  it('does not forgive typos in short words', () => {
    expect(titles('hpx')).toEqual([]);
  });

  it('finds nothing for a query of stop words only, and nothing for a blank query', () => {
    expect(index.search('the', { today }).total).toBe(0);
    expect(index.search('   ', { today }).total).toBe(0);
  });
});

describe('operators', () => {
  it('"exact phrase" finds the words in that order only', () => {
    const found = titles('"big red button"');
    // The talk first; the user's highlight and action quoting it right after.
    expect(found[0]).toBe('Effective Disaster Recovery: The Day We Deleted Production');
    expect(new Set(found.slice(1))).toEqual(new Set(['Propose a deploy freeze switch', '“a big red button”']));
    expect(titles('"button red big"')).toEqual([]);
  });

  it('a phrase of stop words is still checked against the text', () => {
    expect(titles('"the day we"')).toEqual(['Effective Disaster Recovery: The Day We Deleted Production']);
  });

  it('-word excludes every document with that word', () => {
    const withKubernetes = titles('kubernetes');
    const without = titles('kubernetes -autoscaling');
    expect(withKubernetes).toContain('Autoscaling Kubernetes Deployments: A (Mostly) Practical Guide');
    expect(without).not.toContain('Autoscaling Kubernetes Deployments: A (Mostly) Practical Guide');
    expect(without).not.toContain('Kubernetes in Space');
    expect(without.length).toBeGreaterThan(0);
  });

  it('-"phrase" excludes documents with that phrase', () => {
    expect(titles('deploy -"big red button"')).not.toContain('Propose a deploy freeze switch');
    expect(titles('deploy')).toContain('Propose a deploy freeze switch');
  });

  it('an exclusion alone lists everything else', () => {
    const all = index.search('-kubernetes', { today, limit: 100 });
    expect(all.total).toBeGreaterThan(3);
    expect(all.hits.map((h) => h.titleText)).not.toContain('Kubernetes in Space');
  });

  it('OR finds either side', () => {
    expect(new Set(titles('karpenter OR backstage'))).toEqual(
      new Set(['Karpenter', 'Backstage: Restoring Order To Your Chaos']),
    );
  });

  it('OR with a phrase: either the word or the phrase', () => {
    const found = titles('keptn OR "developer portal"');
    expect(found).toContain('Keptn');
    expect(found).toContain('Backstage: Restoring Order To Your Chaos');
  });
});

describe('filters', () => {
  it('day: keeps that day, including notes and actions on its items', () => {
    expect(titles('kubernetes day:2')).toEqual(['CERN: Kubernetes and the Large Hadron Collider']);
    expect(titles('day:1 deploy')).toEqual(
      expect.arrayContaining([
        'Propose a deploy freeze switch',
        'Effective Disaster Recovery: The Day We Deleted Production',
      ]),
    );
  });

  it('a filter alone lists its documents in recap order', () => {
    expect(titles('day:1 kind:talk')).toEqual([
      'Kubernetes is Your Platform: Design Patterns For Extensible Controllers',
      'Effective Disaster Recovery: The Day We Deleted Production',
      'Autoscaling Kubernetes Deployments: A (Mostly) Practical Guide',
    ]);
  });

  it('kind: of the same key widen, different keys narrow', () => {
    expect(new Set(titles('kubernetes kind:keynote'))).toEqual(
      new Set(['Kubernetes in Space', 'CERN: Kubernetes and the Large Hadron Collider']),
    );
    expect(titles('kind:keynote kind:panel').length).toBe(3);
    expect(titles('kind:note')).toEqual(['Ask the platform team about a zeppelin-sized service catalog.']);
    expect(titles('-kind:booth autoscaling')).not.toContain('Karpenter');
  });

  it('track:, speaker: and tag:', () => {
    // Records carry the facts of their talk: the action on the Performance talk is on that track.
    expect(titles('track:performance')).toEqual([
      'Autoscaling Kubernetes Deployments: A (Mostly) Practical Guide',
      'Load test the checkout service',
    ]);
    expect(titles('speaker:"rick spencer"')).toEqual(['Effective Disaster Recovery: The Day We Deleted Production']);
    expect(titles('speaker:fernandez')).toEqual([
      'Kubernetes is Your Platform: Design Patterns For Extensible Controllers',
    ]);
    expect(new Set(titles('tag:autoscal'))).toEqual(
      new Set(['Autoscaling Kubernetes Deployments: A (Mostly) Practical Guide', 'Karpenter']),
    );
    expect(titles('tag:follow')).toEqual(['Ask the platform team about a zeppelin-sized service catalog.']);
  });

  it('speaker: and track: match from the start of a word, as typed so far', () => {
    expect(titles('speaker:serr')).toEqual(['Autoscaling Kubernetes Deployments: A (Mostly) Practical Guide']);
    expect(titles('speaker:rino')).toEqual([]);
    expect(titles('speaker:"natalie ser"')).toEqual(['Autoscaling Kubernetes Deployments: A (Mostly) Practical Guide']);
    expect(titles('track:perf kind:talk')).toEqual(['Autoscaling Kubernetes Deployments: A (Mostly) Practical Guide']);
    expect(titles('speaker:influx speaker:spotify')).toEqual([
      'Effective Disaster Recovery: The Day We Deleted Production',
      'Backstage: Restoring Order To Your Chaos',
    ]);
  });

  it('is:starred follows the stars set', () => {
    expect(titles('is:starred')).toEqual([]);
    index.setStarred(['kubecon-eu-2022/keptn']);
    expect(titles('is:starred')).toEqual(['Keptn']);
  });

  it('has:notes and has:actions keep items with such records, and the records', () => {
    expect(titles('has:notes kind:talk')).toEqual([
      'Effective Disaster Recovery: The Day We Deleted Production',
      'Backstage: Restoring Order To Your Chaos',
    ]);
    expect(titles('has:actions kind:talk')).toEqual([
      'Effective Disaster Recovery: The Day We Deleted Production',
      'Autoscaling Kubernetes Deployments: A (Mostly) Practical Guide',
    ]);
  });

  it('status: and due: keep action items', () => {
    expect(titles('status:open')).toEqual(['Propose a deploy freeze switch']);
    expect(titles('status:done')).toEqual(['Load test the checkout service']);
    expect(titles('due:overdue')).toEqual([]);
    expect(titles('due:<7d')).toEqual(['Propose a deploy freeze switch']);
    expect(titles('due:<2024-01-02')).toEqual(['Load test the checkout service']);
    expect(index.search('due:overdue', { today: '2024-01-06' }).hits.map((h) => h.titleText)).toEqual([
      'Propose a deploy freeze switch',
    ]);
  });

  it('returns chips and hints with the results', () => {
    const outcome = index.search('kubernetes day:2 bogus:1', { today });
    expect(outcome.filters).toEqual([{ label: 'Day 2', raw: 'day:2', span: [11, 16] }]);
    expect(outcome.hints[0]?.message).toMatch(/“bogus:” is not a filter/);
  });
});

describe('results', () => {
  it('carry highlighted title and snippet segments and what to highlight in the talk', () => {
    const [hit] = index.search('autosc', { today }).hits;
    expect(hit?.title.filter((s) => s.match).map((s) => s.text)).toEqual(['Autoscaling']);
    expect(hit?.snippet.some((s) => s.match && /autoscal/i.test(s.text))).toBe(true);
    expect(hit?.matcher.terms).toContain('autoscaling');
    expect(hit?.itemId).toBe('kubecon-eu-2022/autoscaling');
  });

  it('snippet falls back to the speakers when only they matched', () => {
    const [hit] = index.search('serrino', { today }).hits;
    expect(hit?.snippet.filter((s) => s.match).map((s) => s.text)).toEqual(['Serrino']);
  });

  it('are the same after a warm-up', () => {
    const before = index.search('kubernetes', { today });
    index.warmUp();
    expect(index.search('kubernetes', { today })).toEqual({ ...before, tookMs: expect.any(Number) });
  });

  it('count all matches but return at most the limit', () => {
    const outcome = index.search('kubernetes', { today, limit: 2 });
    expect(outcome.hits).toHaveLength(2);
    expect(outcome.total).toBeGreaterThan(2);
  });

  it('quick switcher scope searches item titles only', () => {
    expect(titles('platfrm', 'titles')).toEqual([
      'Kubernetes is Your Platform: Design Patterns For Extensible Controllers',
    ]);
    expect(titles('zeppelin', 'titles')).toEqual([]);
    expect(titles('', 'titles')[0]).toBe('The New Stack Tapas Tuesday');
  });

  it('hide removed items without user records, keep those with records', () => {
    const removed: StoredItem[] = items.map((item) => ({
      ...item,
      removed: item.slug === 'keptn' || item.slug === 'backstage' ? 1 : 0,
    }));
    const withRemoved = SearchIndex.ofItems(removed);
    withRemoved.syncUserRecords([note], []);
    const found = withRemoved.search('keptn OR backstage', { today }).hits.map((h) => [h.titleText, h.removed]);
    expect(found).toContainEqual(['Backstage: Restoring Order To Your Chaos', 1]);
    expect(found.map(([title]) => title)).not.toContain('Keptn');
  });
});

describe('user records', () => {
  it('a note is findable by its own words and placed on its talk', () => {
    const [hit] = index.search('zeppelin', { today }).hits;
    expect(hit).toMatchObject({
      kind: 'note',
      itemId: 'kubecon-eu-2022/backstage',
      itemTitle: 'Backstage: Restoring Order To Your Chaos',
      day: 2,
    });
  });

  it('sync adds, updates and removes only what changed', () => {
    expect(index.syncUserRecords([note, highlight], [action, doneAction])).toEqual({
      added: 0,
      updated: 0,
      removed: 0,
    });
    const edited = { ...note, body: 'Ask about a blimp instead', updatedAt: '2024-01-03T00:00:00.000Z' };
    const deleted = { ...highlight, deletedAt: '2024-01-03T00:00:00.000Z' };
    expect(index.syncUserRecords([edited, deleted], [action])).toEqual({ added: 0, updated: 1, removed: 2 });
    expect(titles('zeppelin')).toEqual([]);
    expect(titles('blimp')).toEqual(['Ask about a blimp instead']);
    expect(titles('has:notes')).toEqual(['Backstage: Restoring Order To Your Chaos', 'Ask about a blimp instead']);
    expect(titles('checkout')).toEqual([]);
  });
});

describe('serialization', () => {
  it('round-trips the index and its user records', () => {
    index.setStarred(['kubecon-eu-2022/keptn']);
    const loaded = SearchIndex.load(index.serialize());
    expect(loaded.documentCount).toBe(index.documentCount);
    loaded.setStarred(['kubecon-eu-2022/keptn']);
    expect(loaded.syncUserRecords([note, highlight], [action, doneAction])).toEqual({
      added: 0,
      updated: 0,
      removed: 0,
    });
    expect(loaded.search('backstge', { today }).hits.map((h) => h.titleText)).toEqual(titles('backstge'));
    expect(loaded.search('is:starred', { today }).hits.map((h) => h.titleText)).toEqual(['Keptn']);
  });

  it('survives a structured clone, as IndexedDB stores it', () => {
    const loaded = SearchIndex.load(structuredClone(index.serialize()));
    expect(loaded.search('karpentr', { today }).hits.map((h) => h.titleText)).toEqual(['Karpenter']);
    expect(loaded.search('"big red button"', { today }).total).toBe(3);
  });

  it('takes edits after loading as a freshly built index does', () => {
    const loaded = SearchIndex.load(index.serialize());
    const edited = { ...note, body: 'A blimp now', updatedAt: '2024-01-04T00:00:00.000Z' };
    expect(loaded.syncUserRecords([edited, highlight], [action])).toEqual({ added: 0, updated: 1, removed: 1 });
    index.syncUserRecords([edited, highlight], [action]);
    for (const query of ['blimp', 'zeppelin', 'checkout', 'kubernetes', 'red button']) {
      expect(loaded.search(query, { today }), query).toEqual({
        ...index.search(query, { today }),
        tookMs: expect.any(Number),
      });
    }
  });

  it('refuses an index saved with other options or packing, or damaged, saying so', () => {
    const data = index.serialize();
    expect(() => SearchIndex.load({ ...data, optionsVersion: indexOptionsVersion + 1 })).toThrow(
      /options version \d+, this Debrief uses \d+: rebuild it/,
    );
    expect(() =>
      SearchIndex.load({ ...data, packed: { ...data.packed, head: { ...data.packed.head, codecVersion: 99 } } }),
    ).toThrow(/packed with version 99, this Debrief reads \d+: rebuild it/);
    const [postings] = data.packed.postings;
    const cut = { ...data, packed: { ...data.packed, postings: [postings!.slice(0, -3)] } };
    expect(() => SearchIndex.load(cut)).toThrow(/damaged \(its postings do not add up\)/);
    const pruned = {
      ...data,
      packed: { ...data.packed, tree: { ...data.packed.tree, shape: data.packed.tree.shape.slice(0, -1) } },
    };
    expect(() => SearchIndex.load(pruned)).toThrow(/damaged/);
    const lost = { ...data, packed: { ...data.packed, documents: [] } };
    expect(() => SearchIndex.load(lost)).toThrow(/damaged \(documents are missing\)/);
    expect(() => SearchIndex.load('{}')).toThrow(/rebuild it/);
    expect(() => SearchIndex.load(undefined)).toThrow(/rebuild it/);
  });
});
