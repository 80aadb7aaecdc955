// Events main sends the renderer unasked (run this menu command, open this file). A menu click or a
// file can arrive before the window exists or while its page loads, when a send would be lost, so
// events wait here until the app's own page has finished loading, then go out in order.
import type { BrowserWindow, WebContents } from 'electron';
import { channelPrefix, type DebriefEvents, type EventName } from '../common/ipc-contract';
import { isAppUrl } from './security';

/** Most events kept while no page listens; older ones give way (a stuck window must not grow main's memory). */
export const maxWaitingEvents = 50;

/** Where events go: a loaded page of the app's own origin. */
export interface EventReceiver {
  send(channel: string, payload: unknown): void;
}

/** The events for the one Debrief window, held until its page can take them. */
export class RendererEvents {
  private readonly waiting: { name: EventName; payload: unknown }[] = [];
  private receiver: EventReceiver | undefined;

  /** Sends an event now if the page is ready, else keeps it for when it is. */
  send<Name extends EventName>(name: Name, payload: DebriefEvents[Name]): void {
    if (this.receiver) {
      this.receiver.send(`${channelPrefix}${name}`, payload);
      return;
    }
    this.waiting.push({ name, payload });
    if (this.waiting.length > maxWaitingEvents) this.waiting.shift();
  }

  /** The page has loaded: sends what waited, then everything as it comes. */
  connect(receiver: EventReceiver): void {
    this.receiver = receiver;
    for (const { name, payload } of this.waiting.splice(0)) receiver.send(`${channelPrefix}${name}`, payload);
  }

  /** The page is gone or reloading: keep events until it is back. */
  disconnect(receiver: EventReceiver): void {
    if (this.receiver === receiver) this.receiver = undefined;
  }

  /** How many events wait for a page. */
  get waitingCount(): number {
    return this.waiting.length;
  }
}

/** The parts of a BrowserWindow this needs (tests pass a fake). */
export type EventWindow = Pick<BrowserWindow, 'isDestroyed' | 'isMinimized' | 'restore' | 'show' | 'focus'> & {
  webContents: Pick<WebContents, 'on' | 'getURL' | 'send' | 'isDestroyed' | 'isCrashed'>;
};

/** Connects a window's page to the events each time it finishes loading the app, and brings it forward then. */
export function connectWindow(window: EventWindow, events: RendererEvents): void {
  const contents = window.webContents;
  // Bound once so disconnect finds the same receiver connect was given.
  const receiver: EventReceiver = {
    send: (channel, payload) => {
      if (!contents.isDestroyed()) contents.send(channel, payload);
    },
  };
  const connect = (): void => {
    // Only the app's own, living page hears events: never a page the window was somehow sent to.
    if (window.isDestroyed() || contents.isCrashed() || !isAppUrl(contents.getURL())) return;
    const hadWaiting = events.waitingCount > 0;
    events.connect(receiver);
    if (hadWaiting) bringForward(window);
  };
  contents.on('did-finish-load', connect);
  // A navigation that was cancelled leaves the page as it was: it can hear events again.
  contents.on('did-stop-loading', connect);
  // Only a new document ends the page: the app moves between its views by the URL's hash, which
  // starts a same-document navigation (and, in Chromium, may start and stop "loading" too).
  contents.on('did-start-navigation', (details) => {
    if (details.isMainFrame && !details.isSameDocument) events.disconnect(receiver);
  });
  contents.on('render-process-gone', () => events.disconnect(receiver));
  contents.on('destroyed', () => events.disconnect(receiver));
}

/** Shows a window in front, restoring it when minimized. */
export function bringForward(
  window: Pick<BrowserWindow, 'isDestroyed' | 'isMinimized' | 'restore' | 'show' | 'focus'>,
): void {
  if (window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
