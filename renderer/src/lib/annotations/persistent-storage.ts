// Asks the browser to keep Debrief's storage when the disk runs low: without it, Chromium may evict
// IndexedDB (and every note in it) under storage pressure.

let asked: Promise<boolean> | undefined;

/** Requests persistent storage once per session; resolves to whether it is granted. Never throws. */
export function requestPersistentStorage(): Promise<boolean> {
  asked ??= (async () => {
    try {
      if (!navigator.storage?.persist) return false;
      return (await navigator.storage.persisted()) || (await navigator.storage.persist());
    } catch {
      return false;
    }
  })();
  return asked;
}
