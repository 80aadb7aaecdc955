// A team folder for the team-sync bench: N devices' logs of realistic changes, written as the app
// writes them (`<device>/device.json` and `<device>/<n>.jsonl`, 1,000 changes a segment). Each
// device makes action items and notes (bodies of about 200 characters) on the bundled recap's
// talks, then edits them and its teammates' (status, title, notes, owner, due, tags, bodies, a
// move to the Trash now and then). The devices work in rounds and read each other's logs between
// rounds, so every change says what its device had seen; in each round every device edits the
// same field of a few records, which makes conflicts, and a later round's edit settles some of
// them. Deterministic: the same sizes give the same folder, byte for byte.
import { readdirSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { changesPerTeamSegment } from '../electron/common/ipc-contract';
import {
  changeFormat,
  changeId,
  type ActionFields,
  type AnnotationFields,
  type Change,
  type RecordKind,
} from '../electron/common/team-sync/change';
import {
  decodeStamp,
  encodeStamp,
  receive,
  startClock,
  tick,
  type HybridClock,
} from '../electron/common/team-sync/hybrid-clock';
import { replay, type SegmentFile } from '../electron/common/team-sync/segments';
import { deviceFileText } from '../electron/main/team-folder/device-file';
import { commonWords, firstNames, functionWords, topics } from './vocabulary';

/** A generated team: each device's log, in the order it made its changes. */
export interface TeamLogs {
  devices: { device: string; name: string; changes: Change[] }[];
  /** Records the logs create, by kind (none is deleted for good). */
  actions: number;
  annotations: number;
}

/** What the folder's self-check found: what a merge of it gives. */
export interface TeamFolderSummary {
  devices: number;
  changes: number;
  actions: number;
  annotations: number;
  conflicts: number;
  /** Bytes of segment text. */
  bytes: number;
}

/** Changes each device makes between two reads of the others' logs. */
const roundLength = 250;
/** Records every device edits in the same field in each round: the conflicts. */
const hotPerRound = 3;
/** 20 May 2022, 09:00 UTC, the last day of the bundled conference. */
const startMs = Date.UTC(2022, 4, 20, 9);
/** Seconds between one device's changes. */
const stepMs = 4_000;

/** The item ids of the bundled recap (`kubecon-eu-2022/<file stem>`), from content/. */
export function bundledItemIds(contentDir: string): string[] {
  const conference = 'kubecon-eu-2022';
  return readdirSync(join(contentDir, conference, 'items'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `${conference}/${name.slice(0, -3)}`)
    .sort();
}

/** A small deterministic generator (a linear congruential one): the same seed, the same numbers. */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state / 2 ** 32;
  };
}

function pick<T>(items: readonly T[], next: () => number): T {
  return items[Math.floor(next() * items.length)]!;
}

/** Prose of about `length` characters: everyday words, the field's terms, function words. */
function prose(next: () => number, length: number): string {
  const words: string[] = [];
  let size = 0;
  while (size < length) {
    const roll = next();
    const word = pick(roll < 0.4 ? functionWords : roll < 0.75 ? commonWords : topics, next);
    words.push(word);
    size += word.length + 1;
  }
  const text = words.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

interface Known {
  kind: 'action' | 'annotation';
  recordId: string;
  /** What the device last knew of the action's status, to move it on. */
  status?: ActionFields['status'];
}

interface Device {
  device: string;
  name: string;
  clock: HybridClock;
  seq: number;
  /** Of each other device, how many of its changes this one has read. */
  seen: Record<string, number>;
  changes: Change[];
  next: () => number;
  /** Records it has made or read, by id. */
  known: Map<string, Known>;
  /** The same, in the order it learnt of them: edits go mostly to the latest. */
  knownList: Known[];
  created: Known[];
  wall: number;
}

const statuses: NonNullable<ActionFields['status']>[] = ['open', 'in progress', 'done'];

function emit(
  who: Device,
  kind: RecordKind,
  recordId: string,
  fields: ActionFields | AnnotationFields,
  at: number,
): Change {
  who.clock = tick(who.clock, at);
  who.seq += 1;
  const change = {
    format: changeFormat,
    id: changeId(who.device, who.seq),
    device: who.device,
    seq: who.seq,
    stamp: encodeStamp(who.clock),
    seen: { ...who.seen },
    recordId,
    kind,
    op: 'set',
    fields,
  } as Change;
  who.changes.push(change);
  return change;
}

/** A new action item or note of `who`'s, on one of `items`. */
function create(who: Device, items: readonly string[], at: number, count: number): void {
  const next = who.next;
  const iso = new Date(at).toISOString();
  const kind = count % 2 === 0 ? 'action' : 'annotation';
  const recordId = `${kind === 'action' ? 'act' : 'ann'}-${who.device}-${count}`;
  const itemId = pick(items, next);
  const tags = [pick(topics, next), ...(next() < 0.5 ? [pick(topics, next)] : [])];
  const fields: ActionFields | AnnotationFields =
    kind === 'action'
      ? {
          itemId,
          title: `Try ${pick(topics, next)} for ${pick(commonWords, next)} ${pick(commonWords, next)}`,
          notes: prose(next, 200),
          status: 'open',
          tags,
          createdAt: iso,
          ...(next() < 0.5 ? { priority: pick(['low', 'medium', 'high'] as const, next) } : {}),
        }
      : { itemId, kind: 'note', body: prose(next, 200), tags, createdAt: iso };
  emit(who, kind, recordId, fields, at);
  const known: Known = kind === 'action' ? { kind, recordId, status: 'open' } : { kind, recordId };
  who.known.set(recordId, known);
  who.knownList.push(known);
  who.created.push(known);
}

/** An edit of one field (or two that go together) of a record `who` knows. */
function editOf(who: Device, record: Known, at: number, team: readonly string[]): ActionFields | AnnotationFields {
  const next = who.next;
  const roll = next();
  if (record.kind === 'annotation') {
    if (roll < 0.6) return { body: prose(next, 200) };
    if (roll < 0.95) return { tags: [pick(topics, next), pick(topics, next)] };
    // Now and then to the Trash, and back.
    return { deletedAt: next() < 0.5 ? new Date(at).toISOString() : null };
  }
  if (roll < 0.3) {
    const status = statuses[(statuses.indexOf(record.status ?? 'open') + 1) % statuses.length]!;
    record.status = status;
    return status === 'done' ? { status, completedAt: new Date(at).toISOString() } : { status, completedAt: null };
  }
  if (roll < 0.5) return { notes: prose(next, 200) };
  if (roll < 0.65)
    return { title: `Try ${pick(topics, next)} for ${pick(commonWords, next)} ${pick(commonWords, next)}` };
  if (roll < 0.8) return { owner: pick(team, next) };
  if (roll < 0.9)
    return { due: `2022-0${6 + Math.floor(next() * 3)}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}` };
  return { tags: [pick(topics, next), pick(topics, next)] };
}

/**
 * The logs of `deviceCount` devices making `changesPerDevice` changes each. One change in five
 * makes a record (half action items, half notes); the rest edit records the device knows.
 */
export function generateTeamLogs(deviceCount: number, changesPerDevice: number, items: readonly string[]): TeamLogs {
  const devices: Device[] = Array.from({ length: deviceCount }, (_, index) => {
    const device = `bench-${String(index + 1).padStart(2, '0')}-${(firstNames[index] ?? 'someone').toLowerCase()}`;
    return {
      device,
      name: `${firstNames[index] ?? 'Someone'} (bench)`,
      clock: startClock(device),
      seq: 0,
      seen: {},
      changes: [],
      next: random(index * 7919 + changesPerDevice),
      known: new Map(),
      knownList: [],
      created: [],
      wall: startMs + index * 1_000,
    };
  });
  const team = devices.map((device) => device.name);
  const counts = { action: 0, annotation: 0 };
  for (let round = 0; devices.some((device) => device.seq < changesPerDevice); round++) {
    // Records every device knows since the last read: the ones all of them edit this round.
    const shared = devices[round % devices.length]!.created.filter((record) =>
      devices.every((device) => device.known.has(record.recordId)),
    );
    const hot =
      shared.length > 0
        ? Array.from({ length: hotPerRound }, (_, index) => shared[(round * 31 + index * 17) % shared.length]!)
        : [];
    for (const who of devices) {
      const roundEnd = Math.min(changesPerDevice, who.seq + roundLength);
      let index = 0;
      while (who.seq < roundEnd) {
        who.wall += stepMs;
        const record = hot[index];
        if (record) {
          // The same field as every other device this round, each with its own value: a conflict.
          const fields =
            record.kind === 'action'
              ? { title: `${who.name}'s take: ${prose(who.next, 40)}` }
              : { body: prose(who.next, 200) };
          emit(who, record.kind, record.recordId, fields, who.wall);
        } else if (who.seq % 5 === 0 || who.known.size === 0) {
          create(who, items, who.wall, who.created.length);
        } else {
          // Mostly one's own records of the last hour or so; one edit in ten to a teammate's.
          const list = who.next() < 0.9 || who.knownList.length === who.created.length ? who.created : who.knownList;
          const recent = Math.min(list.length, 200);
          const target = list[list.length - recent + Math.floor(who.next() * recent)]!;
          emit(who, target.kind, target.recordId, editOf(who, target, who.wall, team), who.wall);
        }
        index += 1;
      }
    }
    // Everyone reads everyone's logs: what a sync tool brings between rounds.
    for (const who of devices) {
      for (const other of devices) {
        if (other === who || other.seq === 0) continue;
        who.seen[other.device] = other.seq;
        const latest = other.changes[other.changes.length - 1]!;
        who.clock = receive(who.clock, decodeStamp(latest.stamp)!, who.wall);
        for (const record of other.created) {
          if (who.known.has(record.recordId)) continue;
          const copy = { ...record };
          who.known.set(record.recordId, copy);
          who.knownList.push(copy);
        }
      }
    }
  }
  for (const who of devices) for (const record of who.created) counts[record.kind] += 1;
  return {
    devices: devices.map(({ device, name, changes }) => ({ device, name, changes })),
    actions: counts.action,
    annotations: counts.annotation,
  };
}

/** The logs as the team folder's files: each device's segments, 1,000 changes each. */
export function segmentFiles(logs: TeamLogs): SegmentFile[] {
  const files: SegmentFile[] = [];
  for (const { device, changes } of logs.devices) {
    for (let start = 0; start < changes.length; start += changesPerTeamSegment) {
      const text = changes
        .slice(start, start + changesPerTeamSegment)
        .map((change) => `${JSON.stringify(change)}\n`)
        .join('');
      files.push({ name: `${device}/${start / changesPerTeamSegment + 1}.jsonl`, text });
    }
  }
  return files;
}

/**
 * Replays the files as the app does (every line through readChange) and checks that all of them
 * are changes and that they make the records the logs meant; returns what the merge holds.
 */
export function checkTeamFiles(logs: TeamLogs, files: readonly SegmentFile[]): TeamFolderSummary {
  const replayed = replay(files);
  const changes = logs.devices.reduce((sum, device) => sum + device.changes.length, 0);
  if (replayed.problems.length > 0) {
    const first = replayed.problems[0]!;
    throw new Error(
      `bench: the team folder fixture has ${replayed.problems.length} bad lines, first ${first.segment}:${first.line}: ${first.message}`,
    );
  }
  const { merged } = replayed;
  if (merged.actions.size !== logs.actions || merged.annotations.size !== logs.annotations) {
    throw new Error(
      `bench: the team folder fixture merges into ${merged.actions.size} actions and ${merged.annotations.size} notes, not ${logs.actions} and ${logs.annotations}`,
    );
  }
  if (merged.gone.length > 0 || merged.clashingIds.length > 0)
    throw new Error('bench: the team folder fixture deletes or clashes');
  const fieldConflicts = merged.conflicts.filter((conflict) => conflict.kind === 'field').length;
  if (logs.devices.length > 1 && changes > roundLength * logs.devices.length && fieldConflicts === 0) {
    throw new Error('bench: the team folder fixture has no conflicts');
  }
  return {
    devices: logs.devices.length,
    changes,
    actions: merged.actions.size,
    annotations: merged.annotations.size,
    conflicts: merged.conflicts.length,
    bytes: files.reduce((sum, file) => sum + Buffer.byteLength(file.text), 0),
  };
}

/** Writes the team folder into `folder` (which must exist): each device's file and segments. */
export async function writeTeamFolder(folder: string, logs: TeamLogs, files: readonly SegmentFile[]): Promise<void> {
  for (const { device, name } of logs.devices) {
    await mkdir(join(folder, device), { recursive: true });
    await writeFile(join(folder, device, 'device.json'), deviceFileText(device, name));
  }
  for (const file of files) await writeFile(join(folder, ...file.name.split('/')), file.text);
}

/** Generates, checks and writes a team folder of `deviceCount` × `changesPerDevice` changes. */
export async function makeTeamFolder(
  folder: string,
  deviceCount: number,
  changesPerDevice: number,
  items: readonly string[],
): Promise<{ logs: TeamLogs; files: SegmentFile[]; summary: TeamFolderSummary }> {
  const logs = generateTeamLogs(deviceCount, changesPerDevice, items);
  const files = segmentFiles(logs);
  const summary = checkTeamFiles(logs, files);
  await writeTeamFolder(folder, logs, files);
  return { logs, files, summary };
}
