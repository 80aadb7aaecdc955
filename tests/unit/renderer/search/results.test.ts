// How a result says what it is and where it lives, and recent searches.
import { describe, expect, it } from 'vitest';
import { resultPlace } from '../../../../renderer/src/lib/search/results';
import { recentSearchesKept, withRecent } from '../../../../renderer/src/lib/search/search-session.svelte';
import { conference } from '../../../fixtures/search/recap-corpus';

const talk = {
  id: 'item:kubecon-eu-2022/autoscaling',
  kind: 'talk' as const,
  itemTitle: 'Autoscaling Kubernetes Deployments',
  conferenceId: 'kubecon-eu-2022',
  day: 1,
  removed: 0 as const,
};

describe('resultPlace', () => {
  it('names the kind, the conference and the day', () => {
    expect(resultPlace(talk, [conference])).toBe('Talk · KubeCon + CloudNativeCon Europe 2022 · Day 1');
    expect(resultPlace({ ...talk, kind: 'booth', day: undefined }, [conference])).toBe(
      'Booth · KubeCon + CloudNativeCon Europe 2022',
    );
  });

  it('places a user record on its talk, with an action item’s status', () => {
    expect(resultPlace({ ...talk, id: 'annotation:1', kind: 'note' }, [conference])).toBe(
      'Your note on Autoscaling Kubernetes Deployments · KubeCon + CloudNativeCon Europe 2022 · Day 1',
    );
    expect(resultPlace({ ...talk, id: 'action:1', kind: 'action', status: 'open' }, [conference])).toBe(
      'Action item (open) on Autoscaling Kubernetes Deployments · KubeCon + CloudNativeCon Europe 2022 · Day 1',
    );
  });

  it('says when an item was removed from the recap, and copes without its conference', () => {
    expect(resultPlace({ ...talk, removed: 1 }, [])).toBe('Talk · Day 1 · removed from the recap');
  });
});

describe('withRecent', () => {
  it('puts the query first, once, trimmed, keeping a few', () => {
    expect(withRecent(['b', 'a'], ' a ')).toEqual(['a', 'b']);
    expect(withRecent(['a'], '   ')).toEqual(['a']);
    const many = Array.from({ length: recentSearchesKept }, (_, i) => `q${i}`);
    expect(withRecent(many, 'new')).toEqual(['new', ...many.slice(0, recentSearchesKept - 1)]);
  });
});
