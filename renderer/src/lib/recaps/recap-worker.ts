// The recap reader's worker: splits the files into talks and links them to the library's items.
// Pure work on what it is sent; it opens no database and keeps nothing.
import { readRecapFiles } from '../../../../electron/common/recap-import/read-recap-files';
import type { RecapReadRequest, RecapReadResponse } from './recap-reading';

const scope = self as unknown as {
  postMessage(message: RecapReadResponse): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<RecapReadRequest>) => void): void;
};

scope.addEventListener('message', (event) => {
  const { files, folder, conferences, items } = event.data;
  Promise.resolve()
    .then(() => readRecapFiles(files, { conferences, items }, folder ? { folder } : {}))
    .then((reading) => scope.postMessage({ type: 'read', reading }))
    .catch((error: unknown) =>
      scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
});
