// A hybrid logical clock: wall-clock milliseconds, a counter for events within one millisecond (or
// while the wall clock lags behind a stamp already seen), and the device id to break ties. Stamps
// only order changes nobody could have ordered otherwise: whether one change came after another is
// decided by what its device had seen (see merge.ts), so a laptop with a wrong clock cannot make
// its edits win over edits made after them.
import { isDeviceId } from './device-id';

/** When something happened on a device, as a hybrid logical clock reads it. */
export interface Stamp {
  /** Wall-clock milliseconds since 1970, or the largest wall time this clock had already seen. */
  wall: number;
  /** Orders events that share `wall`. */
  counter: number;
  device: string;
}

/** A device's clock: the last stamp it gave out or saw. */
export type HybridClock = Stamp;

/**
 * How far ahead of this device's wall clock another device's stamp may pull it. A laptop set a
 * week ahead would otherwise drag every clock in the team a week ahead, and keep them there.
 */
export const maxAheadMs = 24 * 60 * 60 * 1000;

/** The counter's encoding is 4 hex digits; past that the clock moves on by a millisecond instead. */
const maxCounter = 0xffff;
/** 12 hex digits of milliseconds reach the year 10889. */
const wallDigits = 12;

/** A clock for `device` that has seen nothing yet. */
export function startClock(device: string): HybridClock {
  return { wall: 0, counter: 0, device };
}

/** The stamp for a change made on this device now; it is also the clock's new reading. */
export function tick(clock: HybridClock, nowMs: number): Stamp {
  const now = Math.floor(nowMs);
  if (now > clock.wall) return { wall: now, counter: 0, device: clock.device };
  return next(clock.wall, clock.counter + 1, clock.device);
}

/**
 * The clock after seeing another device's stamp, so that stamps given out afterwards sort after
 * it. A stamp more than `aheadLimitMs` ahead of this device's wall clock still sorts where it
 * sorts, but pulls this clock only as far as that limit.
 */
export function receive(clock: HybridClock, remote: Stamp, nowMs: number, aheadLimitMs = maxAheadMs): HybridClock {
  const now = Math.floor(nowMs);
  const limit = now + aheadLimitMs;
  // A stamp past the limit counts as if it were at the limit, with nothing else seen in that millisecond.
  const seen = remote.wall > limit ? { wall: limit, counter: 0 } : remote;
  const wall = Math.max(clock.wall, seen.wall, now);
  if (wall === clock.wall && wall === seen.wall) {
    return next(wall, Math.max(clock.counter, seen.counter) + 1, clock.device);
  }
  if (wall === clock.wall) return next(wall, clock.counter + 1, clock.device);
  if (wall === seen.wall) return next(wall, seen.counter + 1, clock.device);
  return { wall, counter: 0, device: clock.device };
}

function next(wall: number, counter: number, device: string): Stamp {
  return counter > maxCounter ? { wall: wall + 1, counter: 0, device } : { wall, counter, device };
}

/** The total order of stamps: wall time, then counter, then device id. */
export function compareStamps(a: Stamp, b: Stamp): number {
  if (a.wall !== b.wall) return a.wall < b.wall ? -1 : 1;
  if (a.counter !== b.counter) return a.counter < b.counter ? -1 : 1;
  if (a.device !== b.device) return a.device < b.device ? -1 : 1;
  return 0;
}

/**
 * A stamp as text, e.g. `018f3a2b4c5d-0000-alice-laptop`. Wall time and counter have a fixed
 * width, so comparing two such strings gives the same order as compareStamps.
 */
export function encodeStamp(stamp: Stamp): string {
  const wall = stamp.wall.toString(16).padStart(wallDigits, '0');
  const counter = stamp.counter.toString(16).padStart(4, '0');
  return `${wall}-${counter}-${stamp.device}`;
}

const encodedStamp = /^([0-9a-f]{12})-([0-9a-f]{4})-(.+)$/;

/** The stamp an encodeStamp string stands for, or undefined when it is not one. */
export function decodeStamp(text: string): Stamp | undefined {
  const [, wall, counter, device] = encodedStamp.exec(text) ?? [];
  if (wall === undefined || counter === undefined || device === undefined || !isDeviceId(device)) return undefined;
  return { wall: Number.parseInt(wall, 16), counter: Number.parseInt(counter, 16), device };
}
