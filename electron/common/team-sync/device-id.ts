// A device's id names its folder in the shared team folder and keys its counters in every
// change's `seen`, so it must be safe as a file name and as an object key.
import { z } from 'zod';

/** Names that would reach Object.prototype instead of a plain key if used as one. */
export const prototypeKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

const deviceIdPattern = /^[A-Za-z0-9_-]{1,64}$/;

/** Whether `text` can be a device id: letters, digits, `_` and `-`, at most 64, and no prototype key. */
export function isDeviceId(text: string): boolean {
  return deviceIdPattern.test(text) && !prototypeKeys.has(text);
}

/** A device id as read from a file. */
export const deviceIdSchema = z.string().refine(isDeviceId, 'must be a device id: 1 to 64 letters, digits, "_" or "-"');
