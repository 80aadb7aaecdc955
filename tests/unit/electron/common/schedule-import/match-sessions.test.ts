// Linking recap talks to schedule sessions by title: each tolerance with the confidence it gives,
// each refusal, one session per item and one item per session, and the speed on a large schedule.
import { describe, expect, it } from 'vitest';
import type { ItemKind, RecapItem, Speaker } from '../../../../../electron/common/domain';
import { matchSessions } from '../../../../../electron/common/schedule-import/match-sessions';
import type { ScheduleSession } from '../../../../../electron/common/schedule-import/schedule';
import { compareWords, comparedTitle } from '../../../../../electron/common/schedule-import/session-titles';

function talk(
  slug: string,
  title: string,
  { kind = 'talk', date, speakers = [] }: { kind?: ItemKind; date?: string; speakers?: string[] } = {},
): RecapItem {
  return {
    id: `kubecon-eu-2022/${slug}`,
    conferenceId: 'kubecon-eu-2022',
    slug,
    kind,
    title,
    ...(date ? { date } : {}),
    speakers: speakers.map((name): Speaker => ({ name })),
    tags: [],
    links: {},
    takeaways: [],
    body: '',
    source: `kubecon-eu-2022/items/${slug}.md`,
  };
}

function session(
  key: string,
  title: string,
  { subtitle, date = '2022-05-18', speakers = [] }: { subtitle?: string; date?: string; speakers?: string[] } = {},
): ScheduleSession {
  return {
    key,
    title,
    ...(subtitle ? { subtitle } : {}),
    startsAt: `${date}T09:00:00.000Z`,
    endsAt: `${date}T09:30:00.000Z`,
    date,
    speakers: speakers.map((name) => ({ name })),
    links: [],
  };
}

/** The one match of one recap item against some sessions, as [session key, confidence, reason]. */
function matchOf(item: RecapItem, sessions: ScheduleSession[]): [string, number, string] | undefined {
  const matches = matchSessions([item], sessions);
  expect(matches.length).toBeLessThanOrEqual(1);
  const [match] = matches;
  return match && [match.sessionKey, match.confidence, match.reason];
}

const platform = 'Kubernetes is Your Platform: Design Patterns For Extensible Controllers';
const recovery = 'Effective Disaster Recovery: The Day We Deleted Production';
const autoscaling = 'Autoscaling Kubernetes Deployments: A (Mostly) Practical Guide';

describe('matching titles', () => {
  it('finds the same title whatever its case, punctuation, accents, quotes, dashes and spaces: 1.0', () => {
    expect(
      matchOf(talk('platform', platform), [
        session('s1', 'Kubernetes is Your Platform – design patterns for   extensible controllers!'),
      ]),
    ).toEqual(['s1', 1, 'same title']);
    expect(
      matchOf(talk('cafe', 'Café Observability: “Lessons” from Zürich'), [
        session('s2', 'CAFE OBSERVABILITY - "Lessons" From Zurich'),
      ]),
    ).toEqual(['s2', 1, 'same title']);
  });

  it('treats a schedule’s separate subtitle field as part of the title: 1.0', () => {
    expect(
      matchOf(talk('backstage', 'Backstage: Restoring Order To Your Chaos'), [
        session('s3', 'Backstage', { subtitle: 'Restoring order to your chaos' }),
      ]),
    ).toEqual(['s3', 1, 'same title']);
  });

  it('tolerates a subtitle missing on either side: 0.9', () => {
    expect(matchOf(talk('recovery', 'Effective Disaster Recovery'), [session('s4', recovery)])).toEqual([
      's4',
      0.9,
      'title without its subtitle',
    ]);
    expect(matchOf(talk('recovery', recovery), [session('s4', 'Effective Disaster Recovery')])).toEqual([
      's4',
      0.9,
      'title without its subtitle',
    ]);
    expect(
      matchOf(talk('everywhere', 'Kubernetes Everywhere'), [
        session('s5', 'Kubernetes Everywhere', { subtitle: 'Lessons Learned From Going Multi-Cloud' }),
      ]),
    ).toEqual(['s5', 0.9, 'title without its subtitle']);
    // The recap names the title field, the schedule adds a subtitle field of its own.
    expect(
      matchOf(talk('backstage', 'Backstage: Restoring Order'), [
        session('s6', 'Backstage: Restoring Order', { subtitle: 'One Portal for Every Team' }),
      ]),
    ).toEqual(['s6', 0.9, 'title without its subtitle']);
  });

  it('tolerates a typo: 0.8; a word added or missing: 0.75; two words added to a long title: 0.7', () => {
    expect(
      matchOf(talk('autoscaling', autoscaling), [
        session('s6', 'Autoscaling Kubernetes Deploymnets: A Mostly Practical Guide'),
      ]),
    ).toEqual(['s6', 0.8, 'title differs by a typo']);
    expect(matchOf(talk('joy', 'The Joy of Boring Databases'), [session('s7', 'Joy of Boring Databases')])).toEqual([
      's7',
      0.75,
      'title differs by one word',
    ]);
    expect(
      matchOf(talk('platform', platform), [
        session('s8', 'Kubernetes is Your Platform: Design Patterns For Writing Extensible Kubernetes Controllers'),
      ]),
    ).toEqual(['s8', 0.7, 'title differs by two words']);
  });

  it('tolerates a subtitle and a typo together, and another subtitle under a long main title: 0.7', () => {
    expect(matchOf(talk('recovery', 'Efective Disaster Recovery'), [session('s9', recovery)])).toEqual([
      's9',
      0.7,
      'title without its subtitle, differs by a typo',
    ]);
    expect(
      matchOf(talk('everywhere', 'Kubernetes Everywhere Today: Lessons Learned'), [
        session('s10', 'Kubernetes Everywhere Today: Going Multi-Cloud'),
      ]),
    ).toEqual(['s10', 0.7, 'same title, different subtitle']);
  });
});

describe('refusing a match', () => {
  it('does not link a different talk that shares a few words', () => {
    expect(
      matchOf(talk('everywhere', 'Kubernetes Everywhere: Lessons Learned From Going Multi-Cloud'), [
        session('a', 'Lessons Learned From Running Kubernetes at the Edge'),
        session('b', 'Kubernetes Operators Everywhere'),
        session('c', 'Going Multi-Cloud Without Losing Your Mind'),
      ]),
    ).toBeUndefined();
    expect(
      matchOf(talk('intro', 'Intro to Kubernetes Operators'), [session('d', 'Deep Dive into Kubernetes Operators')]),
    ).toBeUndefined();
    expect(matchOf(talk('intro', 'Intro to Flux'), [session('e', 'Deep Dive into Flux')])).toBeUndefined();
    // One word replaced by another is another talk, even in a long title.
    expect(
      matchOf(talk('serverless', 'Kubernetes Everywhere: Lessons Learned From Going Serverless'), [
        session('f', 'Kubernetes Everywhere: Lessons Learned From Going Hybrid'),
      ]),
    ).toBeUndefined();
  });

  it('never links another part or year, a short title with a typo, or a one-word main title alone', () => {
    const part = 'Scaling Postgres at Acme: What We Learned, Part 1';
    expect(matchOf(talk('part', part), [session('p2', part.replace('1', '2'))])).toBeUndefined();
    expect(matchOf(talk('keptn', 'Keptn Demo'), [session('k', 'Kepler Demo')])).toBeUndefined();
    expect(
      matchOf(talk('backstage', 'Backstage'), [session('b', 'Backstage: Restoring Order To Your Chaos')]),
    ).toBeUndefined();
    expect(
      matchOf(talk('lightning', 'Lightning Talk: Debugging With Telepresence'), [
        session('l', 'Lightning Talk: Debugging With Linkerd'),
      ]),
    ).toBeUndefined();
  });

  it('links only talks, keynotes, panels and lightning-talk blocks: never booths or sessions', () => {
    const sessions = [
      session('argo', 'Argo CD'),
      session('flux', 'Flux'),
      session('panel', 'The New Stack Tapas Tuesday'),
    ];
    const items = [
      talk('argo-cd', 'Argo CD', { kind: 'booth' }),
      talk('session-flux', 'Flux', { kind: 'session' }),
      talk('tapas', 'The New Stack Tapas Tuesday', { kind: 'panel' }),
    ];
    expect(matchSessions(items, sessions).map((match) => match.sessionKey)).toEqual(['panel']);
  });

  it('leaves a title that fits several sessions equally unlinked, unless a speaker singles one out', () => {
    const sessions = [
      session('flux', 'Project Update: Flux', { speakers: ['Ana Lopes'] }),
      session('argo', 'Project Update: Argo', { speakers: ['Ben Okafor'] }),
    ];
    expect(matchOf(talk('update', 'Project Update'), sessions)).toBeUndefined();
    expect(matchOf(talk('update', 'Project Update', { speakers: ['Ben Okafor'] }), sessions)).toEqual([
      'argo',
      0.65,
      'title without its subtitle, one of several sessions with that title, same speaker',
    ]);
  });

  it('proposes nothing below minConfidence', () => {
    const items = [talk('autoscaling', autoscaling)];
    const typo = [session('s', 'Autoscaling Kubernetes Deploymnets: A Mostly Practical Guide')];
    expect(matchSessions(items, typo, { minConfidence: 0.85 })).toEqual([]);
    expect(matchSessions(items, typo, { minConfidence: 0.8 })).toHaveLength(1);
  });
});

describe('speakers and days', () => {
  it('raises the confidence for a shared speaker, by name in any case, accents or order', () => {
    const speakers = ['Rafael Fernández López', 'Fabrizio Pandini'];
    const item = talk('platform', 'Kubernetes is Your Platform', { speakers });
    expect(matchOf(item, [session('s', platform, { speakers: ['FERNANDEZ LOPEZ, Rafael'] })])).toEqual([
      's',
      1,
      'title without its subtitle, same speakers',
    ]);
    expect(
      matchOf(talk('autoscaling', autoscaling, { speakers: ['Natalie Serrino'] }), [
        session('s', 'Autoscaling Kubernetes Deploymnets: A Mostly Practical Guide', { speakers: ['natalie serrino'] }),
      ]),
    ).toEqual(['s', 0.9, 'title differs by a typo, same speaker']);
  });

  it('lowers it when both name speakers and none is shared', () => {
    expect(
      matchOf(talk('recovery', 'Effective Disaster Recovery', { speakers: ['Rick Spencer'] }), [
        session('s', recovery, { speakers: ['Someone Else'] }),
      ]),
    ).toEqual(['s', 0.8, 'title without its subtitle, different speakers']);
  });

  it('lowers it for a session on another day than the recap’s', () => {
    const onDay1 = { date: '2022-05-18' };
    expect(matchOf(talk('recovery', recovery, onDay1), [session('s', recovery, { date: '2022-05-19' })])).toEqual([
      's',
      0.85,
      'same title, different day',
    ]);
    expect(
      matchOf(talk('recovery', 'Effective Disaster Recovery', onDay1), [
        session('s', recovery, { date: '2022-05-20' }),
      ]),
    ).toEqual(['s', 0.75, 'title without its subtitle, different day']);
    expect(matchOf(talk('recovery', recovery, onDay1), [session('s', recovery, onDay1)])).toEqual([
      's',
      1,
      'same title',
    ]);
  });
});

describe('one session per item, one item per session', () => {
  it('gives each item its best session and each session its best item', () => {
    const items = [talk('short', 'Effective Disaster Recovery'), talk('full', recovery), talk('platform', platform)];
    const sessions = [
      session('main-only', 'Effective Disaster Recovery'),
      session('exact', recovery),
      session('platform-typo', 'Kubernetes is Your Platfrom: Design Patterns For Extensible Controllers'),
      session('platform-exact', platform),
    ];
    expect(matchSessions(items, sessions)).toEqual([
      { itemId: 'kubecon-eu-2022/short', sessionKey: 'main-only', confidence: 1, reason: 'same title' },
      { itemId: 'kubecon-eu-2022/full', sessionKey: 'exact', confidence: 1, reason: 'same title' },
      { itemId: 'kubecon-eu-2022/platform', sessionKey: 'platform-exact', confidence: 1, reason: 'same title' },
    ]);
  });

  it('lets the surer match win a session two items want, whichever item comes first', () => {
    const items = [talk('short', 'Effective Disaster Recovery'), talk('full', recovery)];
    expect(matchSessions(items, [session('only', recovery)])).toEqual([
      { itemId: 'kubecon-eu-2022/full', sessionKey: 'only', confidence: 1, reason: 'same title' },
    ]);
  });

  it('pairs repeated titles by day: each lightning-talk block with its own day’s session', () => {
    const items = [
      talk('day2-lightning', 'Lightning Talks', { kind: 'lightning-talks', date: '2022-05-19' }),
      talk('day0-lightning', 'Lightning Talks', { kind: 'lightning-talks', date: '2022-05-16' }),
    ];
    const sessions = [
      session('lt-0', 'Lightning Talks', { date: '2022-05-16' }),
      session('lt-1', 'Lightning Talks', { date: '2022-05-18' }),
      session('lt-2', 'Lightning Talks', { date: '2022-05-19' }),
    ];
    expect(matchSessions(items, sessions).map((match) => [match.itemId, match.sessionKey, match.confidence])).toEqual([
      ['kubecon-eu-2022/day2-lightning', 'lt-2', 1],
      ['kubecon-eu-2022/day0-lightning', 'lt-0', 1],
    ]);
  });
});

describe('comparing words', () => {
  it('splits a main title from its subtitle at a colon, a bar, a spaced dash or a question', () => {
    expect(comparedTitle('Going Multi-Cloud: Lessons').main).toEqual(['going', 'multi', 'cloud']);
    expect(comparedTitle('Going Multi-Cloud - Lessons').sub).toEqual(['lessons']);
    expect(comparedTitle('Why Rust? A Story').main).toEqual(['why', 'rust']);
    expect(comparedTitle('Kubernetes Everywhere').sub).toEqual([]);
    expect(comparedTitle('Talk: Sub', 'Sub')).toEqual({ full: ['talk', 'sub'], main: ['talk'], sub: ['sub'] });
  });

  it('counts typos and added words, and refuses a replaced word', () => {
    expect(compareWords(['a', 'b', 'c'], ['a', 'b', 'c'])).toEqual({ typos: 0, addedWords: 0 });
    expect(compareWords(['kubernetes', 'everywhere', 'lessons'], ['kubernetes', 'everywere', 'lessons'])).toEqual({
      typos: 1,
      addedWords: 0,
    });
    expect(compareWords(['the', 'joy', 'of', 'boring', 'databases'], ['joy', 'of', 'boring', 'databases'])).toEqual({
      typos: 0,
      addedWords: 1,
    });
    expect(compareWords(['intro', 'to', 'flux'], ['guide', 'to', 'flux'])).toBeUndefined();
    const long = ['lessons', 'learned', 'from', 'going', 'serverless', 'at', 'scale'];
    expect(compareWords(long, long.with(4, 'hybrid'))).toBeUndefined();
    expect(compareWords(long, [...long, 'today', 'again'])).toEqual({ typos: 0, addedWords: 2 });
  });
});

// A schedule of 1,000 invented sessions whose titles share many words, as a big conference's do.
const topics = ['Kubernetes', 'Prometheus', 'Envoy', 'Flux', 'Argo', 'Cilium', 'Linkerd', 'etcd', 'Helm', 'Falco'];
const angles = ['Scaling', 'Securing', 'Debugging', 'Observing', 'Upgrading', 'Testing', 'Migrating', 'Operating'];
const settings = ['at the Edge', 'in Production', 'on Bare Metal', 'Across Clouds', 'for Small Teams'];
const bigSchedule = Array.from({ length: 1000 }, (_, n) =>
  session(
    `big-${n}`,
    `${angles[n % 8]} ${topics[Math.floor(n / 8) % 10]} ${settings[Math.floor(n / 80) % 5]}, Year ${Math.floor(n / 400) + 1}: Lessons Learned`,
    { subtitle: n % 3 === 0 ? 'A Case Study' : undefined, speakers: [`Speaker ${n}`] },
  ),
);

describe('speed', () => {
  it('matches 50 recap items against 1,000 sessions well under 200 ms', () => {
    const items = Array.from({ length: 50 }, (_, n) => {
      const target = bigSchedule[n * 20]!;
      // Every other item names its talk without the subtitle, every fifth with a typo.
      const title = n % 5 === 0 ? target.title.replace(/^(\w)/, '$1$1') : target.title;
      return talk(`item-${n}`, n % 2 === 0 ? title : title.split(':')[0]!);
    });
    matchSessions(items, bigSchedule);
    const started = performance.now();
    const matches = matchSessions(items, bigSchedule);
    const elapsed = performance.now() - started;
    expect(matches).toHaveLength(50);
    expect(matches.filter((match, n) => match.sessionKey === `big-${n * 20}`)).toHaveLength(50);
    expect(elapsed).toBeLessThan(200);
  });
});
