// The bundled KubeCon EU 2022 recap holds every item the original post names, with the facts from
// the public schedule. The facts are copied here as literals: tests never read ../shared.
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ContentBundle, RecapItem } from '../../../electron/common/domain';
import { loadContentBundle } from '../../../electron/main/content-loader';

const contentDir = fileURLToPath(new URL('../../../content', import.meta.url));
let bundle: ContentBundle;
beforeAll(async () => {
  bundle = await loadContentBundle(contentDir);
});

const itemTitled = (title: string): RecapItem => {
  const matches = bundle.items.filter((item) => item.title === title);
  expect(matches, `items titled "${title}"`).toHaveLength(1);
  return matches[0] as RecapItem;
};

const talks = [
  {
    day: 1,
    date: '2022-05-18',
    title: 'Kubernetes is Your Platform: Design Patterns For Extensible Controllers',
    speakers: [
      { name: 'Rafael Fernández López', org: 'SUSE' },
      { name: 'Fabrizio Pandini', org: 'VMware' },
    ],
    track: 'Customizing + Extending Kubernetes',
    video: 'https://www.youtube.com/watch?v=I1-s7AxD1Ls',
  },
  {
    day: 1,
    date: '2022-05-18',
    title: 'Effective Disaster Recovery: The Day We Deleted Production',
    speakers: [
      { name: 'Rick Spencer', org: 'InfluxData' },
      { name: 'Wojciech Kocjan', org: 'InfluxData' },
    ],
    track: undefined,
    video: 'https://www.youtube.com/watch?v=xDGjmav8UBg',
  },
  {
    day: 1,
    date: '2022-05-18',
    title: 'Autoscaling Kubernetes Deployments: A (Mostly) Practical Guide',
    speakers: [{ name: 'Natalie Serrino', org: 'New Relic' }],
    track: 'Performance',
    video: 'https://www.youtube.com/watch?v=n8t_hbchQcc',
  },
  {
    day: 2,
    date: '2022-05-19',
    title: 'Backstage: Restoring Order To Your Chaos',
    speakers: [{ name: 'Dave Zolotusky', org: 'Spotify' }],
    track: 'Maintainer Track',
    video: 'https://www.youtube.com/watch?v=AlQYP88N3Og',
  },
  {
    day: 3,
    date: '2022-05-20',
    title: 'Kubernetes Everywhere: Lessons Learned From Going Multi-Cloud',
    speakers: [{ name: 'Niko Smeds', org: 'Grafana Labs' }],
    track: '101 Track',
    video: 'https://www.youtube.com/watch?v=ZY5h8Atc14A',
  },
];

describe('the bundled KubeCon EU 2022 recap', () => {
  it('loads without a single problem', () => {
    expect(bundle.problems).toEqual([]);
  });

  it('is the Valencia conference, with the author’s Day 0 to Day 3', () => {
    expect(bundle.conferences).toHaveLength(1);
    const conference = bundle.conferences[0];
    expect(conference).toMatchObject({
      id: 'kubecon-eu-2022',
      name: 'KubeCon + CloudNativeCon Europe 2022',
      location: 'Valencia, Spain',
      startDate: '2022-05-16',
      endDate: '2022-05-20',
    });
    expect(conference?.days.map((day) => [day.number, day.date])).toEqual([
      [0, '2022-05-17'],
      [1, '2022-05-18'],
      [2, '2022-05-19'],
      [3, '2022-05-20'],
    ]);
    expect(conference?.body).toMatch(/overall impressions/i);
  });

  it.each(talks)('has "$title" on day $day with its speakers, track and video', (talk) => {
    const item = itemTitled(talk.title);
    expect(item).toMatchObject({ kind: 'talk', day: talk.day, date: talk.date, speakers: talk.speakers });
    expect(item.track).toBe(talk.track);
    expect(item.links.video).toBe(talk.video);
    expect(item.takeaways.length).toBeGreaterThan(0);
    expect(item.body.length).toBeGreaterThan(0);
  });

  it('has The New Stack Tapas Tuesday panel and the lightning talks on Day 0, with no video', () => {
    const panel = itemTitled('The New Stack Tapas Tuesday');
    expect(panel).toMatchObject({
      kind: 'panel',
      day: 0,
      date: '2022-05-17',
      speakers: [
        { name: 'Alex Williams', org: 'The New Stack' },
        { name: 'Heather Joslyn', org: 'The New Stack' },
      ],
    });
    expect(panel.track).toMatch(/^sponsored event$/i);
    expect(panel.links.video).toBeUndefined();
    expect(`${panel.body} ${panel.takeaways.join(' ')}`).toMatch(/upgrade/i);

    const lightning = bundle.items.filter((item) => item.kind === 'lightning-talks');
    expect(lightning).toHaveLength(1);
    expect(lightning[0]).toMatchObject({ day: 0, date: '2022-05-17' });
    expect(lightning[0]?.track).toMatch(/^lightning talks$/i);
    expect(lightning[0]?.links.video).toBeUndefined();
  });

  it('has the keynotes the post mentions, each on its day', () => {
    const keynoteText = (day: number) =>
      bundle.items
        .filter((item) => item.kind === 'keynote' && item.day === day)
        .map((item) => [item.title, item.body, ...item.takeaways, ...item.tags].join(' '))
        .join(' ');
    expect(keynoteText(1)).toMatch(/Mercedes-Benz/);
    expect(keynoteText(1)).toMatch(/Huawei/);
    expect(keynoteText(1)).toMatch(/space/i);
    expect(keynoteText(2)).toMatch(/CERN/);
    expect(keynoteText(2)).toMatch(/Large Hadron Collider/i);
    expect(keynoteText(3)).toMatch(/CNCF/);
  });

  it('has every booth the post visited, each with the author’s verdict', () => {
    const booths = bundle.items.filter((item) => item.kind === 'booth');
    expect(booths.map((booth) => booth.title).sort()).toEqual(
      ['Argo CD', 'CockroachDB', 'Flux', 'Karpenter', 'Keptn', 'MicroK8s', 'Slim.ai', 'Spectro Cloud'].sort(),
    );
    for (const booth of booths) {
      expect(booth.day, booth.title).toBeUndefined();
      expect(booth.verdict, booth.title).toBeTruthy();
    }
  });
});
