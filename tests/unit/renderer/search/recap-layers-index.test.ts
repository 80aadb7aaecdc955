// The user's own recaps in the search index: a talk of its own is found by its words, a recap's
// notes on a bundled talk find that talk, and removing the recap takes its words out again —
// through the same liveQuery that keeps the running index current.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { RecapReading, RecapTalk } from '../../../../electron/common/recap-import/recap-reading';
import { DebriefDatabase } from '../../../../renderer/src/lib/db/database';
import { seedContent } from '../../../../renderer/src/lib/db/seed-content';
import { removeRecap } from '../../../../renderer/src/lib/recaps/remove-recap';
import { saveRecapImport } from '../../../../renderer/src/lib/recaps/save-recap-import';
import { keepIndexCurrent, openSearchIndex } from '../../../../renderer/src/lib/search/index-store';
import { conference, items } from '../../../fixtures/search/recap-corpus';

let database: DebriefDatabase;
const backstage = items.find((item) => item.title.startsWith('Backstage'))!;

function talk(layerId: string, title: string, body: string, link?: string): RecapTalk {
  return {
    layerId,
    file: 'team-notes.md',
    line: 1,
    title,
    kind: 'talk',
    speakers: [],
    tags: [],
    aliases: [],
    body,
    alternatives: [],
    ...(link ? { link: { itemId: link, confidence: 0.95, evidence: 'title' as const, reason: 'same title' } } : {}),
  };
}

const reading: RecapReading = {
  key: 'team-notes',
  title: 'Team notes',
  files: ['team-notes.md'],
  conference: { existing: { conferenceId: conference.id, reason: 'same name' }, proposed: { name: 'KubeCon' } },
  talks: [
    talk('team-notes/team-notes/kubebuilder', 'Operators with Kubebuilder', 'We should try kubebuilder scaffolding.'),
    talk(
      'team-notes/team-notes/backstage',
      'Backstage',
      'Spotify keeps a zanzibarish catalogue of owners.',
      backstage.id,
    ),
  ],
  intro: '',
  skipped: [],
  notes: [],
};

const titles = (outcome: { hits: { titleText: string }[] }) => outcome.hits.map((hit) => hit.titleText);

afterEach(async () => {
  database?.close();
  if (database) await database.delete();
});

describe('recaps in the search index', () => {
  it('finds a recap’s own talk and a bundled talk by the recap’s words, and forgets them when the recap is removed', async () => {
    database = new DebriefDatabase(`recap-index-${Math.random()}`);
    await seedContent(database, { hash: 'v1', conferences: [conference], items, problems: [] });
    const { index } = await openSearchIndex(database);
    expect(titles(index.search('kubebuilder'))).toEqual([]);

    let emissions = 0;
    const stop = keepIndexCurrent(
      database,
      index,
      () => emissions++,
      (error) => {
        throw error;
      },
    );
    const settled = async (check: () => boolean) => {
      for (let tries = 0; tries < 100 && !check(); tries++) await new Promise((resolve) => setTimeout(resolve, 10));
    };
    try {
      await settled(() => emissions > 0);
      await saveRecapImport(database, {
        reading,
        title: 'Team notes',
        conference: { kind: 'existing', conferenceId: conference.id },
        links: {},
      });
      await settled(() => titles(index.search('kubebuilder')).length > 0);
      expect(titles(index.search('kubebuilder'))).toEqual(['Operators with Kubebuilder']);
      await settled(() => titles(index.search('zanzibarish')).length > 0);
      expect(titles(index.search('zanzibarish'))).toEqual([backstage.title]);
      // The bundled talk keeps its own words too.
      expect(titles(index.search('backstage')).slice(0, 1)).toEqual([backstage.title]);

      await removeRecap(database, (await database.recaps.toArray())[0]!.id);
      await settled(() => titles(index.search('zanzibarish')).length === 0);
      expect(titles(index.search('zanzibarish'))).toEqual([]);
      expect(titles(index.search('backstage')).slice(0, 1)).toEqual([backstage.title]);
    } finally {
      stop();
    }
  });

  it('rebuilds with the recaps’ words after a content change', async () => {
    database = new DebriefDatabase(`recap-index-${Math.random()}`);
    await seedContent(database, { hash: 'v1', conferences: [conference], items, problems: [] });
    await saveRecapImport(database, {
      reading,
      title: 'Team notes',
      conference: { kind: 'existing', conferenceId: conference.id },
      links: {},
    });
    const { index, source } = await openSearchIndex(database);
    expect(source).toBe('built');
    expect(titles(index.search('kubebuilder'))).toEqual(['Operators with Kubebuilder']);
    expect(titles(index.search('zanzibarish'))).toEqual([backstage.title]);
  });
});
