// Exposes the IPC contract to the renderer as `window.debrief`: one function per message,
// never ipcRenderer itself.
import { contextBridge, ipcRenderer } from 'electron';
import type { DebriefApi } from '../common/ipc-contract';
import { channelPrefix, messageNames } from '../common/ipc-messages';

const api = Object.fromEntries(
  messageNames.map((name) => [name, (...args: unknown[]) => ipcRenderer.invoke(`${channelPrefix}${name}`, ...args)]),
) as unknown as DebriefApi;

contextBridge.exposeInMainWorld('debrief', api);
