// Registers every message of the contract with ipcMain. Calls from anything but the app's own
// top frame are refused; arguments are validated by the contract before a handler sees them.
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { channelPrefix, dispatchMessage, messageNames, type DebriefApi } from '../common/ipc-contract';
import { isAppUrl } from './security';

function assertTrustedSender(event: IpcMainInvokeEvent): void {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null || !isAppUrl(frame.url)) {
    throw new Error('refused: message from outside the Debrief window');
  }
}

/** Wires each handler to its `debrief:<name>` channel. */
export function registerIpcHandlers(handlers: DebriefApi): void {
  for (const name of messageNames) {
    ipcMain.handle(`${channelPrefix}${name}`, (event, ...args: unknown[]) => {
      assertTrustedSender(event);
      return dispatchMessage(handlers, name, args);
    });
  }
}
