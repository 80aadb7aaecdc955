// How to notice new files in the team folder. File-system events are instant and cost nothing,
// but on a network share they only report what this machine changed, never what another machine
// wrote, so there the folder is polled instead.
import { statfs } from 'node:fs/promises';

/** How main notices new files. */
export type Watching = 'events' | 'polling';

/** Linux's `statfs` type numbers of the file systems whose files other machines change. */
export const networkFileSystems: ReadonlyMap<number, string> = new Map([
  [0x6969, 'NFS'],
  [0x517b, 'SMB'],
  [0xff534d42, 'CIFS'],
  [0xfe534d42, 'SMB2'],
  [0x65735546, 'FUSE (sshfs, rclone and the like)'],
  [0x01021997, '9p'],
]);

/** What decides it: the platform, the folder's path and file-system type, and the user's override. */
export interface WatchingFacts {
  platform: NodeJS.Platform;
  folder: string;
  /** `statfs(folder).type`, or undefined when it could not be read. */
  fileSystemType: number | undefined;
  /** DEBRIEF_TEAM_FOLDER_POLL=1 polls wherever the folder is (a share that is not recognised). */
  pollOverride: string | undefined;
}

/** Polling for network shares (and when asked to), events everywhere else. */
export function watchingFor(facts: WatchingFacts): Watching {
  if (facts.pollOverride === '1') return 'polling';
  // A UNC path (\\server\share) is a network share whatever maps it.
  if (facts.platform === 'win32' && /^[\\/]{2}[^\\/]/.test(facts.folder)) return 'polling';
  // Only Linux's numbers are known here; elsewhere the numbers mean other things.
  if (facts.platform === 'linux' && facts.fileSystemType !== undefined) {
    // The number is unsigned; some platforms hand it over as a negative 32-bit one.
    return networkFileSystems.has(facts.fileSystemType >>> 0) ? 'polling' : 'events';
  }
  return 'events';
}

/** How to watch `folder` on this machine. */
export async function watchingOf(folder: string, env: NodeJS.ProcessEnv = process.env): Promise<Watching> {
  const fileSystemType = await statfs(folder).then(
    (info) => info.type,
    () => undefined,
  );
  return watchingFor({
    platform: process.platform,
    folder,
    fileSystemType,
    pollOverride: env.DEBRIEF_TEAM_FOLDER_POLL,
  });
}
