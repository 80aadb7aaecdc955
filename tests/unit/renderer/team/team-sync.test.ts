// The page's side of the team folder (TeamSync) against a faked main and a recording step runner:
// a big answer read page by page and handed to the worker as it comes, one merge after the last
// page, the next read asking from the first page's version, and the log's segments written out.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DebriefApi, ReadTeamFolderRequest, TeamFolderRead } from '../../../../electron/common/ipc-contract';
import type { ReplicaUpdate } from '../../../../electron/common/team-sync/replica';
import type { DebriefDatabase } from '../../../../renderer/src/lib/db/database';
import { teamLogStateKey, type TeamLogState } from '../../../../renderer/src/lib/team/team-records';
import type { TeamStepResult } from '../../../../renderer/src/lib/team/team-steps';
import { TeamSync } from '../../../../renderer/src/lib/team/team-sync.svelte';
import type { TeamStepRunner } from '../../../../renderer/src/lib/team/team-worker-client';
import { openSeededDatabase } from '../../../fixtures/actions/recap';
import { spyHandlers } from '../../electron/spy-handlers';

const device = 'bobsdevice01';
const status = {
  joined: true as const,
  device,
  folder: '/team',
  name: 'Bob',
  reachable: true,
  watching: 'events' as const,
};

function page(files: string[], more: boolean, changes: Partial<TeamFolderRead> = {}): TeamFolderRead {
  return {
    version: 7,
    reset: false,
    files: files.map((name) => ({ name, text: `${name}\n` })),
    removed: [],
    more,
    teammates: [{ device: 'alicelaptop1', name: 'Alice' }],
    problems: [],
    status,
    ...changes,
  };
}

/** A step runner that records what it is handed and answers as the worker would. */
function recordingSteps(result: Partial<TeamStepResult> = {}) {
  const handed: { kind: string; update?: ReplicaUpdate }[] = [];
  const answer = (): TeamStepResult => ({ made: 0, unwritten: [], seq: 0, ...result });
  const steps: TeamStepRunner = {
    take: async (_device, update) => void handed.push({ kind: 'take', update }),
    merge: async (_device, update) => {
      handed.push({ kind: 'merge', update });
      return {
        ...answer(),
        merge: { conflicts: [], waiting: 0, changeCount: 3, problems: [], phases: { mergeMs: 1, applyMs: 1 } },
      };
    },
    send: async () => (handed.push({ kind: 'send' }), answer()),
  };
  return { steps, handed };
}

let database: DebriefDatabase;
let sync: TeamSync | undefined;
beforeEach(async () => {
  database = await openSeededDatabase('team-sync');
});
afterEach(async () => {
  await sync?.leave();
  database.close();
  await database.delete();
});

/** Main's handlers, joined, answering reads from `answers` in turn and then holding the next one open. */
function joinedApi(answers: TeamFolderRead[]) {
  const api = spyHandlers();
  const reads: ReadTeamFolderRequest[] = [];
  vi.mocked(api.getTeamFolder).mockResolvedValue(status);
  vi.mocked(api.readTeamFolder).mockImplementation(async (request) => {
    reads.push(request);
    return answers.shift() ?? new Promise<never>(() => {});
  });
  return { api: api as DebriefApi, reads };
}

describe('the team folder on the page', () => {
  it('reads a big answer page by page, hands each to the worker, then merges once', async () => {
    const { api, reads } = joinedApi([
      page(['alicelaptop1/1.jsonl', 'alicelaptop1/2.jsonl'], true, { reset: true, removed: [] }),
      page(['alicelaptop1/3.jsonl'], true, { version: 8 }),
      page(['carolsdesk01/1.jsonl'], false, { version: 9 }),
    ]);
    const { steps, handed } = recordingSteps();
    sync = new TeamSync(steps);
    await sync.start(database, api);
    await vi.waitFor(() => expect(sync!.changeCount).toBe(3));
    await vi.waitFor(() => expect(reads).toHaveLength(4));

    expect(reads.map((read) => [read.since, read.after, read.waitMs])).toEqual([
      [0, undefined, 0],
      [0, 'alicelaptop1/2.jsonl', 0],
      [0, 'alicelaptop1/3.jsonl', 0],
      // Anything that changed while the pages were read comes with the next read: from the first page's version.
      [7, undefined, 20_000],
    ]);
    expect(handed.map((step) => [step.kind, step.update?.reset, step.update?.files?.map((file) => file.name)])).toEqual(
      [
        ['take', true, ['alicelaptop1/1.jsonl', 'alicelaptop1/2.jsonl']],
        ['take', false, ['alicelaptop1/3.jsonl']],
        ['merge', false, ['carolsdesk01/1.jsonl']],
      ],
    );
    expect(sync.others).toEqual([{ device: 'alicelaptop1', name: 'Alice' }]);
  });

  it('writes the segments a step hands back, then notes the log as written to that folder', async () => {
    const { api } = joinedApi([page([], false, { reset: true })]);
    const text = '{"seq":1}\n';
    const { steps } = recordingSteps({ unwritten: [{ segment: 1, text }], seq: 1 });
    await database.meta.put({
      key: teamLogStateKey,
      value: { device, clock: { wall: 0, counter: 0, device }, seq: 1, seen: {}, writtenThrough: 0 },
    });
    sync = new TeamSync(steps);
    await sync.start(database, api);
    await vi.waitFor(() => expect(api.writeTeamSegment).toHaveBeenCalledWith({ segment: 1, text }));
    await vi.waitFor(async () =>
      expect((await database.meta.get(teamLogStateKey))?.value).toMatchObject({
        folder: '/team',
        writtenThrough: 1,
      } satisfies Partial<TeamLogState>),
    );
  });

  it('first reads the folder once what the start waits for (search ready) has settled', async () => {
    const { api, reads } = joinedApi([page([], false, { reset: true })]);
    const { steps } = recordingSteps();
    let searchReady = () => {};
    sync = new TeamSync(steps);
    await Promise.race([
      sync.start(database, api, new Promise<void>((resolve) => (searchReady = resolve))),
      new Promise((resolve) => setTimeout(resolve, 100)),
    ]);
    expect(sync.joined).toBe(true);
    expect(reads).toEqual([]);
    searchReady();
    await vi.waitFor(() => expect(reads).toHaveLength(2));
  });
});
