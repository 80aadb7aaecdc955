// The renderer's handle on the main process: `window.debrief`, typed by the IPC contract.
import type { DebriefApi } from '../../../electron/common/ipc-contract';

declare global {
  interface Window {
    debrief?: DebriefApi;
  }
}

/** The main-process API; throws a clear error when the page runs without the Debrief shell. */
export function mainProcess(): DebriefApi {
  if (!window.debrief) {
    throw new Error('Debrief is running outside its shell: window.debrief is missing. Start it with `npm start`.');
  }
  return window.debrief;
}
