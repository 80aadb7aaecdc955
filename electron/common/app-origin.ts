// Where the renderer lives. IndexedDB belongs to the origin, so this must never change:
// an app that moves its origin loses every note its users wrote. A unit test pins it.

/** The custom scheme the desktop app serves its renderer from (registered standard and secure). */
export const appScheme = 'app';
/** The host of that scheme. */
export const appHost = 'debrief';
/** The renderer's origin inside Electron. */
export const appOrigin = `${appScheme}://${appHost}`;

/**
 * The Content-Security-Policy every renderer page is served with: only the app's own files,
 * no inline script, no eval, no remote origins. Styles are files too; Svelte sets dynamic
 * styles through the CSSOM, which CSP allows.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** The Content-Type to serve a renderer file with, by its extension. */
export function mimeTypeOf(path: string): string {
  const dot = path.lastIndexOf('.');
  return mimeTypes[dot >= 0 ? path.slice(dot).toLowerCase() : ''] ?? 'application/octet-stream';
}

/**
 * Maps a request path on the app's origin to a file path relative to the renderer folder, or
 * null when it tries to leave that folder (`..`, encoded slashes, backslashes, NUL).
 */
export function rendererFileOf(pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (/[\\\0]/.test(decoded)) return null;
  const segments = decoded.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.some((segment) => segment === '..')) return null;
  return segments.length === 0 ? 'index.html' : segments.join('/');
}
