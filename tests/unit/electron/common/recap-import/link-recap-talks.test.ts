import { describe, expect, it } from 'vitest';
import type { Conference, RecapItem } from '../../../../../electron/common/domain';
import { normaliseUrl } from '../../../../../electron/common/recap-import/known-item-index';
import { readRecapFiles } from '../../../../../electron/common/recap-import/read-recap-files';
import { knownItem } from './known-items';

const bytes = (text: string) => new TextEncoder().encode(text);

function session(slug: string, title: string, extra: Partial<RecapItem> = {}, url?: string): RecapItem {
  const item = knownItem('kubecon-eu-2022', slug, 'session', title);
  return {
    ...item,
    date: '2022-05-18',
    ...extra,
    session: {
      scheduleId: 'sched',
      key: slug,
      startsAt: '2022-05-18T09:00:00Z',
      endsAt: '2022-05-18T09:30:00Z',
      links: [],
      ...(url ? { url } : {}),
    },
  };
}

const kubecon: Conference = {
  id: 'kubecon-eu-2022',
  name: 'KubeCon + CloudNativeCon Europe 2022',
  location: 'Valencia, Spain',
  startDate: '2022-05-16',
  endDate: '2022-05-20',
  timezone: 'Europe/Madrid',
  days: [
    { number: 1, date: '2022-05-18', label: 'Day 1' },
    { number: 2, date: '2022-05-19', label: 'Day 2' },
  ],
  body: '',
  source: 'content/kubecon-eu-2022/conference.md',
};

const items: RecapItem[] = [
  session('kafka', 'Scaling Kafka', { speakers: [{ name: 'Jane Doe' }] }),
  session('flux', 'Intro to Flux: GitOps for Everyone', {}, 'https://KCCNCEU2022.sched.com/event/ytkw/intro-to-flux/'),
  session('otel', 'OpenTelemetry in Practice', { speakers: [{ name: 'Ana Ruiz' }] }),
  session('ebpf', 'eBPF Deep Dive', { speakers: [{ name: 'Bo Li' }, { name: 'Cara Nunes' }] }),
  knownItem('kubecon-eu-2022', 'pocket-db', 'booth', 'Pocket DB'),
];

function read(text: string, name = 'kubecon.md') {
  return readRecapFiles([{ path: name, bytes: bytes(text) }], { conferences: [kubecon], items });
}

describe('linking talks to what the library knows', () => {
  it('links by URL first, with confidence 1, however the URL is written', () => {
    const reading = read(
      '## The Flux one\n<http://kccnceu2022.sched.com/event/ytkw/intro-to-flux?iframe=no#top>\n\nGood.\n',
    );
    expect(reading.talks[0]?.link).toEqual({
      itemId: 'kubecon-eu-2022/flux',
      confidence: 1,
      evidence: 'url',
      reason: "links to the session's page",
    });
    expect(normaliseUrl('https://WWW.Example.org/a/?b=1#c')).toBe('example.org/a');
  });

  it("links by a bundled talk's schedule link and a session's other links too", () => {
    const bundled = {
      ...knownItem('kubecon-eu-2022', 'gitops', 'talk', 'GitOps Everywhere'),
      links: { schedule: 'https://s.example/gitops' },
    };
    const withLinks = session('wasm', 'Wasm Today');
    withLinks.session?.links.push({ title: 'Event page', url: 'https://events.example/wasm' });
    const reading = readRecapFiles(
      [
        {
          path: 'x.md',
          bytes: bytes(
            '## One\nhttps://s.example/gitops/\n\nA.\n## Two\n[schedule](https://events.example/wasm)\n\nB.\n',
          ),
        },
      ],
      { conferences: [], items: [bundled, withLinks] },
    );
    expect(reading.talks.map((talk) => [talk.link?.itemId, talk.link?.evidence])).toEqual([
      ['kubecon-eu-2022/gitops', 'url'],
      ['kubecon-eu-2022/wasm', 'url'],
    ]);
  });

  it('links by title, raised by the same speaker, and by an alias', () => {
    const reading = read(
      '## Day 1\n### Intro to Flux\nGood.\n### OpenTelemetry in Practice\nSpeaker: Ana Ruiz\n\nGood.\n',
    );
    expect(reading.talks[0]?.link).toMatchObject({
      itemId: 'kubecon-eu-2022/flux',
      evidence: 'title',
      confidence: 0.9,
      reason: 'title without its subtitle',
    });
    expect(reading.talks[1]?.link).toMatchObject({
      itemId: 'kubecon-eu-2022/otel',
      confidence: 1,
      reason: 'same title, same speaker',
    });
    const aliased = read(
      '---\ntitle: My favourite\naliases: [OpenTelemetry in Practice]\nspeakers: [X Y]\n---\nNice.\n',
    );
    expect(aliased.talks[0]?.link?.itemId).toBe('kubecon-eu-2022/otel');
  });

  it('refuses a wrong match: a replaced word is another talk, even with the same speaker', () => {
    const reading = read('## Day 1\n### Scaling Prometheus\nSpeaker: Jane Doe\n\nMetrics.\n');
    expect(reading.talks[0]?.link).toBeUndefined();
    expect(reading.talks[0]?.alternatives.every((link) => link.confidence < 0.6)).toBe(true);
  });

  it('links by speakers alone at 0.6 on the same day, and only offers them otherwise', () => {
    const sameDay = read('## Day 1 — 2022-05-18\n### The kernel talk\nSpeakers: Bo Li and Cara Nunes\n\nDeep.\n');
    expect(sameDay.talks[0]?.link).toEqual({
      itemId: 'kubecon-eu-2022/ebpf',
      confidence: 0.6,
      evidence: 'speakers',
      reason: 'same speakers, same day',
    });
    const undated = read('### The kernel talk\nSpeakers: Bo Li, Cara Nunes\n\nDeep.\n');
    expect(undated.talks[0]?.link).toBeUndefined();
    expect(undated.talks[0]?.alternatives[0]).toMatchObject({ itemId: 'kubecon-eu-2022/ebpf', evidence: 'speakers' });
  });

  it('links booths to booths by name, and each item to one talk at most', () => {
    const reading = read(
      '## Booths\n### Pocket DB booth\nNeat.\n## Intro to Flux\nA.\n## Intro to Flux: GitOps for Everyone\nB.\n',
    );
    expect(reading.talks.map((talk) => talk.link?.itemId)).toEqual([
      'kubecon-eu-2022/pocket-db',
      undefined,
      'kubecon-eu-2022/flux',
    ]);
    expect(reading.talks[1]?.alternatives[0]?.itemId).toBe('kubecon-eu-2022/flux');
  });
});

describe('guessing the conference', () => {
  it('takes the conference most talks link to, and completes days from its dates', () => {
    const reading = read('## Day 2\n### Intro to Flux\nA.\n### OpenTelemetry in Practice\nB.\n', 'notes.md');
    expect(reading.conference.existing).toEqual({
      conferenceId: 'kubecon-eu-2022',
      reason: "2 of its talks link to KubeCon + CloudNativeCon Europe 2022's sessions",
    });
    expect(reading.talks[0]).toMatchObject({ day: 2, date: '2022-05-19' });
  });

  it('knows the conference by distinctive name words and year, or by dates, else proposes one', () => {
    expect(
      read('# KubeCon EU 2022 recap\n\n## Day 1\n### Nothing known\nA.\n### Other\nB.\n').conference.existing,
    ).toMatchObject({ conferenceId: 'kubecon-eu-2022' });
    expect(
      read('# KubeCon EU 2023 recap\n\n## Day 1\n### Nothing known\nA.\n### Other\nB.\n').conference.existing,
    ).toBeUndefined();
    expect(read('---\ndate: 2022-05-17\n---\n## Hallway track\nA.\n', 'trip.md').conference.existing?.reason).toMatch(
      /dates fall within/,
    );
    const fresh = read('---\nconference: DevOpsDays Porto\n---\n## 2024-10-03\n### A\nx\n## 2024-10-04\n### B\ny\n');
    expect(fresh.conference).toEqual({
      proposed: { name: 'DevOpsDays Porto', startDate: '2024-10-03', endDate: '2024-10-04' },
    });
  });
});

describe('speed', () => {
  it('reads 100 files of 50 KB against 2,000 known items well under 1.5 s', () => {
    const words =
      'cloud native security tracing gitops kernel service mesh storage edge ai platform developer policy supply chain networking runtime wasm serverless data streaming testing chaos cost tenant operators helm scheduling batch gpu identity secrets compliance scale'.split(
        ' ',
      );
    const pick = (n: number, k: number) =>
      Array.from({ length: k }, (_, i) => words[(n * 7 + i * 13 + (n >> 3)) % words.length]).join(' ');
    const many: RecapItem[] = Array.from({ length: 2000 }, (_, n) =>
      session(`s${n}`, `${pick(n, 4)} ${n}: lessons from ${pick(n + 1, 2)}`, {
        speakers: [{ name: `Name${n % 500} Surname${n % 300}` }],
      }),
    );
    const paragraph = 'We talked about clusters, operators and scale for a long while. '.repeat(12);
    const files = Array.from({ length: 100 }, (_, f) => {
      let text = `# File ${f}\n\n`;
      for (let t = 0; text.length < 50_000; t++) {
        const n = (f * 20 + t) % 2000;
        text += `## Day ${1 + (t % 3)}\n### ${pick(n, 4)} ${n}\nSpeaker: Name${n % 500} Surname${n % 300}\n\n`;
        text += `${paragraph}\n\n${paragraph}\n\n`;
      }
      return { path: `day/file-${f}.md`, bytes: bytes(text) };
    });
    const started = performance.now();
    const reading = readRecapFiles(files, { conferences: [kubecon], items: many }, { folder: 'big' });
    const elapsed = performance.now() - started;
    expect(reading.talks.length).toBeGreaterThan(1000);
    expect(reading.talks.filter((talk) => talk.link).length).toBeGreaterThan(500);
    // Generous for a busy CI machine: alone, it takes about half a second of CPU in Node.
    expect(elapsed).toBeLessThan(6000);
    console.log(`read ${files.length} files, ${reading.talks.length} talks in ${Math.round(elapsed)} ms`);
  });
});

describe('blocks and booths by the day and name', () => {
  const blocks: RecapItem[] = [
    {
      ...knownItem('kubecon-eu-2022', 'day1-keynotes', 'keynote', 'Day 1 Keynotes: Mercedes-Benz', 1),
      date: '2022-05-18',
    },
    { ...knownItem('kubecon-eu-2022', 'lt', 'lightning-talks', 'Lightning Talks', 1), date: '2022-05-18' },
    { ...knownItem('kubecon-eu-2022', 'lt0', 'lightning-talks', 'Lightning Talks', 0), date: '2022-05-17' },
    knownItem('kubecon-eu-2022', 'flux-booth', 'booth', 'Flux'),
  ];
  const text =
    '# KubeCon EU 2022\n## Day 1\n### Keynotes\nBig.\n### Lightning talks\nFast.\n### Sponsor booth: Flux\nOk.\n## Day 0\n### Lightning talks\nEarly.\n';
  const reading = readRecapFiles([{ path: 'k.md', bytes: bytes(text) }], { conferences: [kubecon], items: blocks });

  it("links a day's keynotes and lightning talks by the day, once the conference dates it", () => {
    expect(reading.talks.map((talk) => [talk.title, talk.date, talk.link?.itemId, talk.link?.confidence])).toEqual([
      ['Keynotes', '2022-05-18', 'kubecon-eu-2022/day1-keynotes', 0.7],
      ['Lightning talks', '2022-05-18', 'kubecon-eu-2022/lt', 1],
      ['Sponsor booth: Flux', '2022-05-18', 'kubecon-eu-2022/flux-booth', 0.9],
      // The test conference has no Day 0 to date it; the title alone links it to the block left.
      ['Lightning talks', undefined, 'kubecon-eu-2022/lt0', 1],
    ]);
  });
});

describe('a file exported from Debrief, brought back', () => {
  const scaling = session(
    'scaling-prometheus',
    'Scaling Prometheus',
    {},
    'https://kccnceu2022.sched.com/event/scaling',
  );
  const other = session('other-talk', 'A Different Talk', {}, 'https://kccnceu2022.sched.com/event/other');
  const known = { conferences: [kubecon], items: [scaling, other] };
  const exported = (id: string, extra = '') =>
    bytes(
      `---\ntitle: Scaling Prometheus\nspeakers: []\nconference: ${kubecon.name}\n${extra}debrief-id: ${id}\n---\n\n# Scaling Prometheus\n\n## Highlights\n\n> a passage\n\n## Notes\n\nMine.\n`,
    );

  it('links to the item its debrief-id names, for sure, before its title or link', () => {
    const reading = readRecapFiles(
      [{ path: 'Scaling Prometheus.md', bytes: exported(other.id, `url: ${scaling.session?.url}\n`) }],
      known,
    );
    expect(reading.talks).toHaveLength(1);
    expect(reading.talks[0]?.link).toEqual({
      itemId: other.id,
      confidence: 1,
      evidence: 'id',
      reason: 'exported from Debrief',
    });
    // Its "Highlights" and "Notes" are parts of the one talk, not talks of their own.
    expect(reading.talks[0]?.body).toContain('## Notes\n\nMine.');
  });

  it('falls back to the other rules when the library no longer has that item', () => {
    const reading = readRecapFiles([{ path: 'Scaling Prometheus.md', bytes: exported('kubecon-eu-2022/gone') }], known);
    expect(reading.talks[0]?.link).toMatchObject({ itemId: scaling.id, evidence: 'title' });
  });
});
