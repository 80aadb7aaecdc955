// Runs the built renderer in plain Chromium with `window.debrief` wired to the real main-process
// handlers in this Node process. The end-to-end tests and `npm run start:chromium` both use it,
// so what the tests exercise is what a person sees. Only Electron's own glue is absent.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, Page, Route } from 'playwright-core';
import { contentSecurityPolicy, mimeTypeOf, rendererFileOf } from '../electron/common/app-origin';
import {
  dispatchMessage,
  eventNames,
  messageNames,
  type DebriefApi,
  type DebriefEvents,
  type EventName,
} from '../electron/common/ipc-contract';

/**
 * The renderer's origin in the Chromium shell. Chromium cannot serve a custom scheme, so the
 * shell answers this https origin itself; the `.invalid` domain guarantees that nothing ever
 * reaches a real host, even if a request escaped the router.
 */
export const shellOrigin = 'https://debrief.invalid';

/** Where the app opens. */
export const shellStartUrl = `${shellOrigin}/index.html`;

/** Options for attaching the shell to a browser context. */
export interface ShellOptions {
  rendererDir: string;
  handlers: DebriefApi;
  /** Called with every request the page tried to make outside the app's own origin (all are blocked). */
  onBlockedRequest?: (url: string) => void;
}

/** Serves the renderer on the shell origin, blocks all other traffic and installs `window.debrief`. */
export async function attachShell(context: BrowserContext, options: ShellOptions): Promise<void> {
  await context.route('**/*', (route) => answer(route, options));
  await context.exposeBinding('__debriefInvoke', async (_source, name: unknown, args: unknown) => {
    return toWire(await dispatchMessage(options.handlers, name, args));
  });
  await context.addInitScript({ content: bridgeScript(messageNames, eventNames) });
}

/**
 * Sends the page an event as main would (a menu item chosen, a file opened from the desktop). The
 * shell has no native menu or file manager of its own: the end-to-end tests play their part.
 */
export async function sendShellEvent<Name extends EventName>(
  page: Page,
  name: Name,
  payload: DebriefEvents[Name],
): Promise<void> {
  await page.evaluate(shellEventScript(name, payload));
}

/** The page-side source that sends an event; as an init script, it sends it before the app has even started. */
export function shellEventScript<Name extends EventName>(name: Name, payload: DebriefEvents[Name]): string {
  // Source text, not a function, for the same reason as bridgeScript.
  return `globalThis.__debriefEmit(${JSON.stringify(name)}, ${JSON.stringify(toWire(payload))});`;
}

async function answer(route: Route, options: ShellOptions): Promise<void> {
  const url = new URL(route.request().url());
  if (url.origin !== shellOrigin) {
    options.onBlockedRequest?.(url.href);
    await route.abort('blockedbyclient');
    return;
  }
  const file = rendererFileOf(url.pathname);
  const path = file ? join(options.rendererDir, file) : undefined;
  if (!path || !existsSync(path)) {
    await route.fulfill({ status: 404, body: 'Not found' });
    return;
  }
  await route.fulfill({
    status: 200,
    body: await readFile(path),
    headers: {
      'Content-Type': mimeTypeOf(path),
      'Content-Security-Policy': contentSecurityPolicy,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

// Runs inside the page before any of its scripts: the same shape preload gives in Electron, events
// included: an event that comes before anyone listens waits for the first listener, as in preload.
// Kept as source text, not a function, so no bundler (tsx adds `__name` helpers) can change what the page runs.
function bridgeScript(names: readonly string[], events: readonly string[]): string {
  return `(() => {
  const invoke = globalThis.__debriefInvoke;
  const revive = (value) => {
    if (Array.isArray(value)) return value.map(revive);
    if (value && typeof value === 'object') {
      if (typeof value.__bytes === 'string') {
        // Native decoding where Chromium has it: a folder of notes is megabytes, and a byte loop
        // over them would hold the page for hundreds of milliseconds (Electron's IPC has no such step).
        if (typeof Uint8Array.fromBase64 === 'function') return Uint8Array.fromBase64(value.__bytes);
        const binary = atob(value.__bytes);
        const bytes = new Uint8Array(binary.length);
        for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
        return bytes;
      }
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, revive(item)]));
    }
    return value;
  };
  const api = Object.fromEntries(
    ${JSON.stringify(names)}.map((name) => [name, async (...args) => revive(await invoke(name, args))]),
  );
  const eventNames = ${JSON.stringify(events)};
  const listeners = new Map(eventNames.map((name) => [name, new Set()]));
  const waiting = new Map(eventNames.map((name) => [name, []]));
  const hand = (listener, payload) => {
    try {
      listener(payload);
    } catch (error) {
      console.error('Debrief: an event listener failed', error);
    }
  };
  api.on = (name, listener) => {
    if (!listeners.has(name)) throw new Error('debrief.on: there is no event ' + JSON.stringify(String(name)).slice(0, 80));
    if (typeof listener !== 'function') throw new TypeError('debrief.on(' + name + '): the listener must be a function');
    listeners.get(name).add(listener);
    const queued = waiting.get(name).splice(0);
    if (queued.length > 0) setTimeout(() => queued.forEach((payload) => hand(listener, payload)), 0);
    return () => void listeners.get(name).delete(listener);
  };
  Object.defineProperty(globalThis, '__debriefEmit', {
    value: (name, wire) => {
      if (!listeners.has(name)) throw new Error('no event ' + name);
      const payload = revive(wire);
      const current = listeners.get(name);
      if (current.size > 0) return [...current].forEach((listener) => hand(listener, payload));
      const queue = waiting.get(name);
      queue.push(payload);
      if (queue.length > 50) queue.shift();
    },
  });
  Object.defineProperty(globalThis, 'debrief', { value: Object.freeze(api), enumerable: true });
})();`;
}

// Playwright's binding channel carries JSON; bytes main hands the page travel as base64.
function toWire(value: unknown): unknown {
  if (value instanceof Uint8Array) return { __bytes: Buffer.from(value).toString('base64') };
  if (Array.isArray(value)) return value.map(toWire);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toWire(item)]));
  }
  return value;
}

/** The Chromium flags every shell launch uses: quiet, no background traffic, no first-run UI. */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Finds a Chromium to run: $DEBRIEF_CHROMIUM, then the usual system locations. */
export function findChromium(): string | undefined {
  const candidates = [
    process.env.DEBRIEF_CHROMIUM,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  ];
  return candidates.find((path): path is string => Boolean(path) && existsSync(path as string));
}
