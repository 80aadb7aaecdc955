// Exposes the IPC contract to the renderer as `window.debrief`: one function per message, and `on`
// for the events main sends. Never ipcRenderer itself, nor Electron's event object.
import { contextBridge, ipcRenderer } from 'electron';
import type { DebriefBridge, EventName } from '../common/ipc-contract';
import { channelPrefix, eventNames, messageNames } from '../common/ipc-messages';

/** Most events kept for a listener that has not subscribed yet (main keeps its own, bounded too). */
const maxWaiting = 50;

type Listener = (payload: unknown) => void;

const listeners = new Map<EventName, Set<Listener>>(eventNames.map((name) => [name, new Set()]));
// The renderer subscribes once its database is open, after the page has loaded, and main sends as
// soon as the page has loaded: what arrives in between waits here for the first listener.
const waiting = new Map<EventName, unknown[]>(eventNames.map((name) => [name, []]));

function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && (eventNames as readonly string[]).includes(name);
}

function hand(listener: Listener, payload: unknown): void {
  try {
    listener(payload);
  } catch (error) {
    console.error('Debrief: an event listener failed', error);
  }
}

for (const name of eventNames) {
  ipcRenderer.on(`${channelPrefix}${name}`, (_event, payload: unknown) => {
    const current = listeners.get(name)!;
    if (current.size > 0) {
      for (const listener of [...current]) hand(listener, payload);
      return;
    }
    const queue = waiting.get(name)!;
    queue.push(payload);
    if (queue.length > maxWaiting) queue.shift();
  });
}

function on(name: unknown, listener: unknown): () => void {
  if (!isEventName(name)) throw new Error(`debrief.on: there is no event ${JSON.stringify(String(name)).slice(0, 80)}`);
  if (typeof listener !== 'function') throw new TypeError(`debrief.on(${name}): the listener must be a function`);
  const own = listener as Listener;
  listeners.get(name)!.add(own);
  const queued = waiting.get(name)!.splice(0);
  // After `on` returns, so the subscriber holds its unsubscribe function when the first event comes.
  if (queued.length > 0) setTimeout(() => queued.forEach((payload) => hand(own, payload)), 0);
  return () => void listeners.get(name)!.delete(own);
}

const api = {
  ...Object.fromEntries(
    messageNames.map((name) => [name, (...args: unknown[]) => ipcRenderer.invoke(`${channelPrefix}${name}`, ...args)]),
  ),
  on,
} as unknown as DebriefBridge;

contextBridge.exposeInMainWorld('debrief', api);
