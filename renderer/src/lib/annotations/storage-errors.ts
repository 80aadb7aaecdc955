// Turns a failed database write into words for the user: what was not saved, why, and what to do.
// The caller keeps whatever the user typed; this only explains.

/** The name of an error, looking through Dexie's wrapper (an AbortError often carries the real cause). */
function causeName(error: unknown): string {
  if (!error || typeof error !== 'object') return '';
  const record = error as { name?: unknown; inner?: unknown };
  const inner = record.inner as { name?: unknown } | undefined;
  if (record.name === 'AbortError' && inner && typeof inner.name === 'string') return inner.name;
  return typeof record.name === 'string' ? record.name : '';
}

/** Why a write failed, in the user's words. */
export function storageFailureReason(error: unknown): string {
  switch (causeName(error)) {
    case 'QuotaExceededError':
      return 'the disk has no room left for Debrief’s data (storage quota exceeded)';
    case 'AbortError':
      return 'the database stopped the write before it finished';
    case 'DatabaseClosedError':
    case 'InvalidStateError':
      return 'the database is closed — restart Debrief';
    case 'UnknownError':
      return 'the disk reported an error while writing';
    default: {
      const message = error instanceof Error ? error.message : String(error);
      return message ? `an unexpected error: ${message}` : 'an unexpected error';
    }
  }
}

/** "<what> was not saved: <why>." — `what` names the thing, e.g. "Your note on “Backstage”". */
export function describeStorageFailure(what: string, error: unknown): string {
  return `${what} was not saved: ${storageFailureReason(error)}.`;
}
