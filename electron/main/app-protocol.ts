// Serves the renderer from app://debrief/ with the Content-Security-Policy as a header.
import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { appHost, appScheme, contentSecurityPolicy, mimeTypeOf, rendererFileOf } from '../common/app-origin';

/** The privileges the app scheme is registered with; `standard` + `secure` give it a stable origin for IndexedDB. */
export const appSchemePrivileges = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  corsEnabled: false,
  stream: false,
  // V8 keeps the compiled bytecode of the app's scripts between starts, so the second start parses
  // less (it needs `standard`). Electron caches only schemes that ask for it.
  codeCache: true,
} as const;

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: appScheme, privileges: appSchemePrivileges }]);
}

/** Answers app://debrief/<path> from the renderer folder; anything else is 404. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(appScheme, async (request) => {
    const url = new URL(request.url);
    const file = url.host === appHost ? rendererFileOf(url.pathname) : null;
    if (!file) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(join(rendererDir, file));
      return new Response(body, {
        headers: {
          'Content-Type': mimeTypeOf(file),
          'Content-Security-Policy': contentSecurityPolicy,
          'X-Content-Type-Options': 'nosniff',
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
