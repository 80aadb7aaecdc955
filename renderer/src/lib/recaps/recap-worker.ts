// The recap reader's worker: splits the files into talks and links them to the library's items.
// Pure work on what it is sent; it opens no database and keeps nothing.
import { maxRecapFileBytes, readRecapFiles } from '../../../../electron/common/recap-import/read-recap-files';
import type { ContentProblem } from '../../../../electron/common/domain';

import type { RecapFileInput } from '../../../../electron/common/recap-import/recap-reading';
import type { RecapFileToRead, RecapReadRequest, RecapReadResponse } from './recap-reading';

const scope = self as unknown as {
  postMessage(message: RecapReadResponse): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<RecapReadRequest>) => void): void;
};

/** Reads the files the page chose but did not read; one that cannot be read is skipped with why. */
async function bytesOf(files: RecapFileToRead[]): Promise<{ inputs: RecapFileInput[]; unread: ContentProblem[] }> {
  const inputs: RecapFileInput[] = [];
  const unread: ContentProblem[] = [];
  for (const file of files) {
    if (file.file && file.file.size > maxRecapFileBytes) {
      const size = (file.file.size / 1048576).toFixed(1);
      unread.push({ file: file.path, message: `${size} MB; files over 64 MB cannot be imported: skipped` });
      continue;
    }
    try {
      const bytes = file.bytes ?? new Uint8Array(await file.file!.arrayBuffer());
      inputs.push({ path: file.path, bytes });
    } catch (error) {
      unread.push({ file: file.path, message: `could not be read (${(error as Error).message}): skipped` });
    }
  }
  return { inputs, unread };
}

scope.addEventListener('message', (event) => {
  const { files, folder, conferences, items } = event.data;
  bytesOf(files)
    .then(({ inputs, unread }) => {
      const reading = readRecapFiles(inputs, { conferences, items }, folder ? { folder } : {});
      return { ...reading, skipped: [...unread, ...reading.skipped] };
    })
    .then((reading) => scope.postMessage({ type: 'read', reading }))
    .catch((error: unknown) =>
      scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
});
