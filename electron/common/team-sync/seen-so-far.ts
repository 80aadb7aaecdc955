// What a device puts in its next change's `seen`: the changes of every other device it has read.
import type { Change } from './change';

/**
 * For each device other than `ownDevice`: how many of its changes are among `changes`, counting
 * only an unbroken run from its first. A counter of N claims changes 1 to N, so a change still
 * missing from the folder (synced later than the ones after it) must stop the count, or a field it
 * set would be overwritten without anyone having seen its value.
 */
export function seenSoFar(
  changes: Iterable<Pick<Change, 'device' | 'seq'>>,
  ownDevice: string,
): Record<string, number> {
  const seqsByDevice = new Map<string, Set<number>>();
  for (const { device, seq } of changes) {
    if (device === ownDevice) continue;
    let seqs = seqsByDevice.get(device);
    if (!seqs) seqsByDevice.set(device, (seqs = new Set()));
    seqs.add(seq);
  }
  const seen: Record<string, number> = {};
  for (const device of [...seqsByDevice.keys()].sort()) {
    const seqs = seqsByDevice.get(device)!;
    let count = 0;
    while (seqs.has(count + 1)) count += 1;
    if (count > 0) seen[device] = count;
  }
  return seen;
}
