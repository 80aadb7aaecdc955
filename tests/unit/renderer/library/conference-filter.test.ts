// conf: by words of a conference's name: the page writes it as the ids it matches before sending.
import { describe, expect, it } from 'vitest';
import { conferencesMatching, withConferenceIds } from '../../../../renderer/src/lib/library/conference-filter';
import { parseQuery } from '../../../../renderer/src/lib/search/query-language';

const conferences = [
  { id: 'kubecon-eu-2022', name: 'KubeCon + CloudNativeCon Europe 2022' },
  { id: 'harbour-cloud-days-2023', name: 'Harbour Cloud Days 2023' },
];

describe('withConferenceIds', () => {
  it('writes conf: as the ids of the conferences it matches, by name or id', () => {
    expect(withConferenceIds(parseQuery('autoscaling conf:europe'), conferences)).toBe(
      'autoscaling conf:kubecon-eu-2022',
    );
    expect(withConferenceIds(parseQuery('conf:cloud tracing'), conferences)).toBe(
      'conf:kubecon-eu-2022 conf:harbour-cloud-days-2023 tracing',
    );
    expect(withConferenceIds(parseQuery('-conference:"harbour cloud" kind:talk'), conferences)).toBe(
      '-conf:harbour-cloud-days-2023 kind:talk',
    );
  });

  it('sends as typed a query without conf:, or a conf: that matches no conference', () => {
    expect(withConferenceIds(parseQuery('karpenter day:1'), conferences)).toBe('karpenter day:1');
    expect(withConferenceIds(parseQuery('conf:fosdem x'), conferences)).toBe('conf:fosdem x');
  });

  it('says which conferences a filter matches', () => {
    const [filter] = parseQuery('conf:2022').filters;
    expect(conferencesMatching(filter!, conferences).map((c) => c.id)).toEqual(['kubecon-eu-2022']);
  });
});
