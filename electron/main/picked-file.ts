// Reads the file a user picked in an open dialog. Only a regular file is read (a link to one is
// fine: the user chose it); a folder, device or pipe would hang or flood the main process. The
// checks and the read go through one handle, so the file cannot be swapped or grow in between.
import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { OpenedFile } from '../common/ipc-contract';

const reasons: Record<string, string> = {
  ENOENT: 'it does not exist (or is a link to a file that does not)',
  ENOTDIR: 'it does not exist',
  EACCES: 'Debrief is not allowed to read it',
  EPERM: 'Debrief is not allowed to read it',
  ELOOP: 'it is a link that leads in a circle',
  EISDIR: 'it is a folder, not a file',
};

function refusal(name: string, reason: string): Error {
  return new Error(`${name} could not be opened: ${reason}`);
}

function explain(name: string, error: unknown): Error {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason = code ? reasons[code] : undefined;
  return reason ? refusal(name, reason) : refusal(name, (error as Error).message);
}

function tooBig(name: string, bytes: number, maxBytes: number): Error {
  return new Error(
    `${name} is ${(bytes / 1048576).toFixed(1)} MB; files over ${Math.round(maxBytes / 1048576)} MB cannot be opened`,
  );
}

/** Reads a picked file whole, refusing anything that is not a regular file of at most `maxBytes`. */
export async function readPickedFile(path: string, maxBytes: number): Promise<OpenedFile> {
  const name = basename(path);
  // stat (not open) first: opening a named pipe for reading blocks until someone writes to it.
  const before = await stat(path).catch((error: unknown) => {
    throw explain(name, error);
  });
  if (!before.isFile()) throw refusal(name, before.isDirectory() ? reasons.EISDIR! : 'it is not a regular file');
  if (before.size > maxBytes) throw tooBig(name, before.size, maxBytes);

  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)).catch((error: unknown) => {
    throw explain(name, error);
  });
  try {
    const info = await handle.stat();
    if (!info.isFile() || info.ino !== before.ino) throw refusal(name, 'it changed while it was being opened');
    // One byte more than the file should hold tells a file that grew since stat from one that did not.
    const buffer = Buffer.alloc(Math.min(info.size, maxBytes) + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) throw tooBig(name, length, maxBytes);
    if (length > info.size) throw refusal(name, 'it changed while it was being read');
    return { name, bytes: new Uint8Array(buffer.subarray(0, length)) };
  } finally {
    await handle.close();
  }
}
