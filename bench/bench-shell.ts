// The bench's Chromium shell: serves the built renderer with the app's own Content-Security-Policy
// from a local HTTP server (files reach the page as fast as from the app's own protocol; routing
// them through the DevTools protocol, as the test shell does, adds its own delays to every start),
// and installs a `window.debrief` whose `loadContent` makes a generated corpus in the page (a
// 100,000-talk bundle takes longer to send over the DevTools protocol than to make) and keeps it
// for the next window. Also serves the engines page, and records long main-thread tasks.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { contentSecurityPolicy, mimeTypeOf, rendererFileOf } from '../electron/common/app-origin';
import { messageNames } from '../electron/common/ipc-messages';

/** The built pieces the shell serves besides the renderer. */
export interface BenchBuild {
  rendererDir: string;
  /** The engines page's module (bench/browser/engines.ts, bundled). */
  enginesScript: string;
  /** The corpus generator as a classic script (bench/browser/corpus-script.ts, bundled). */
  corpusScript: string;
}

/** A running file server for the bench's pages. */
export interface BenchServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves the renderer (with the app's CSP) and the engines page on localhost. */
export async function startBenchServer(build: BenchBuild): Promise<BenchServer> {
  const server: Server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      if (url.pathname === '/__bench/engines.html') {
        response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        response.end(
          '<!doctype html><meta charset="utf-8"><title>engines</title><script type="module" src="engines.js"></script>',
        );
        return;
      }
      if (url.pathname === '/__bench/engines.js') {
        response.writeHead(200, { 'Content-Type': mimeTypeOf('engines.js') });
        response.end(await readFile(build.enginesScript));
        return;
      }
      const file = rendererFileOf(url.pathname);
      const path = file ? join(build.rendererDir, file) : undefined;
      if (!path || !existsSync(path)) {
        response.writeHead(404).end('Not found');
        return;
      }
      response.writeHead(200, { 'Content-Type': mimeTypeOf(path), 'Content-Security-Policy': contentSecurityPolicy });
      response.end(await readFile(path));
    })().catch((error: unknown) => {
      response.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://localhost:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Blocks everything but the bench server, and installs the page-start script for a corpus size. */
export async function attachBenchShell(
  context: BrowserContext,
  build: BenchBuild,
  server: BenchServer,
  size: number,
): Promise<void> {
  await context.route(
    (url) => url.origin !== server.origin,
    (route) => route.abort('blockedbyclient'),
  );
  await context.addInitScript({ content: `${await readFile(build.corpusScript, 'utf8')}\n${pageScript(size)}` });
}

// Page-start script, as source text (a bundler may rewrite a function's text). Records long tasks,
// and on the app's pages installs the `window.debrief` stand-in.
function pageScript(size: number): string {
  return `(() => {
  const tasks = [];
  Object.defineProperty(window, '__benchLongTasks', { value: tasks });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  if (location.pathname.startsWith('/__bench/')) return;
  const api = {
    getAppInfo: async () => ({ name: 'Debrief', version: 'bench', shell: 'chromium' }),
    async loadContent() {
      performance.mark('bench:content-start');
      // The first window makes the corpus and keeps it as JSON in the Cache API; later windows
      // parse it from there, as a renderer would deserialize the bundle main sends over IPC.
      const key = '/__bench/corpus-' + ${JSON.stringify(size)} + '.json';
      const cache = await caches.open('debrief-bench');
      const kept = await cache.match(key);
      let bundle;
      if (kept) {
        bundle = await kept.json();
      } else {
        bundle = globalThis.__benchGenerateCorpus(${JSON.stringify(size)});
        await cache.put(key, new Response(JSON.stringify(bundle)));
      }
      performance.mark('bench:content-end');
      return bundle;
    },
  };
  for (const name of ${JSON.stringify(messageNames)}) {
    if (!(name in api)) api[name] = async () => { throw new Error(name + ' is not available in the bench'); };
  }
  Object.defineProperty(window, 'debrief', { value: Object.freeze(api), enumerable: true });
})();`;
}
