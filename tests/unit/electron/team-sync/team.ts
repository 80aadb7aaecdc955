// A team of simulated devices for the team-sync tests: each has its own clock (possibly set wrong),
// numbers its changes, and says in each what it had read of the others', as the app will.
import {
  changeFormat,
  changeId,
  type ActionFields,
  type Change,
  type DeleteChange,
  type FieldsByKind,
  type RecordKind,
  type SetChange,
} from '../../../../electron/common/team-sync/change';
import {
  decodeStamp,
  encodeStamp,
  receive,
  startClock,
  tick,
  type HybridClock,
} from '../../../../electron/common/team-sync/hybrid-clock';
import { seenSoFar } from '../../../../electron/common/team-sync/seen-so-far';

/** 18 May 2024, 10:00 UTC: "now" for every test. */
export const now = Date.UTC(2024, 4, 18, 10);
export const minute = 60_000;
export const day = 24 * 60 * minute;

/** The action item most tests create first. */
export const newAction: ActionFields = {
  itemId: 'kubecon/keynote',
  title: 'Try the freeze switch',
  notes: '',
  status: 'open',
  tags: [],
};

export interface Device {
  id: string;
  /** How wrong its wall clock is: a week ahead is 7 * day. */
  clockOffsetMs: number;
  clock: HybridClock;
  seq: number;
  /** Every change it has read or made. */
  read: Change[];
}

export function device(id: string, clockOffsetMs = 0): Device {
  return { id, clockOffsetMs, clock: startClock(id), seq: 0, read: [] };
}

function base(who: Device, at: number): Pick<Change, 'format' | 'id' | 'device' | 'seq' | 'stamp' | 'seen'> {
  who.clock = tick(who.clock, at + who.clockOffsetMs);
  who.seq += 1;
  return {
    format: changeFormat,
    id: changeId(who.id, who.seq),
    device: who.id,
    seq: who.seq,
    stamp: encodeStamp(who.clock),
    seen: seenSoFar(who.read, who.id),
  };
}

/** `who` sets some fields of a record at real time `at`. */
export function edit<K extends RecordKind>(
  who: Device,
  at: number,
  kind: K,
  recordId: string,
  fields: FieldsByKind[K],
): SetChange<K> {
  const change = { ...base(who, at), kind, recordId, op: 'set', fields } as SetChange<K>;
  who.read.push(change as SetChange);
  return change;
}

/** `who` deletes a record at real time `at`. */
export function remove(who: Device, at: number, kind: RecordKind, recordId: string): DeleteChange {
  const change: DeleteChange = { ...base(who, at), kind, recordId, op: 'delete' };
  who.read.push(change);
  return change;
}

/** `who` reads other devices' changes at real time `at`, as replaying the team folder does. */
export function sync(who: Device, at: number, ...changes: Change[]): void {
  for (const change of changes) {
    if (who.read.some((known) => known.id === change.id)) continue;
    who.read.push(change);
    who.clock = receive(who.clock, decodeStamp(change.stamp)!, at + who.clockOffsetMs);
  }
}

/** The changes as one JSONL segment's text. */
export function jsonl(changes: Change[]): string {
  return changes.map((change) => `${JSON.stringify(change)}\n`).join('');
}

/** Every order of `items`. */
export function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, index) =>
    permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest]),
  );
}

/** A shuffle that is the same on every run: a small linear congruential generator seeded by `seed`. */
export function shuffled<T>(items: T[], seed: number): T[] {
  const copy = [...items];
  let state = seed >>> 0;
  for (let index = copy.length - 1; index > 0; index -= 1) {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    const other = state % (index + 1);
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy;
}
