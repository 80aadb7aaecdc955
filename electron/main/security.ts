// The Electron security rules that hold for every window: no navigation away, no new windows,
// no permissions, no network outside the app's own origin.
import { session, shell, type WebContents } from 'electron';
import { appHost, appScheme } from '../common/app-origin';
import { isWebLink } from './handlers';

/** Whether a URL belongs to the app's own origin. */
export function isAppUrl(url: string): boolean {
  try {
    // Not `.origin`: Node's URL only knows the web's schemes and reports origin "null" for app:,
    // which would refuse the app's own frame and requests. `host` includes any port, so that differs too.
    const parsed = new URL(url);
    return parsed.protocol === `${appScheme}:` && parsed.host === appHost && !parsed.username && !parsed.password;
  } catch {
    return false;
  }
}

/** Denies permissions and blocks every request that is not for the app's own files. */
export function lockDownSession(): void {
  const ses = session.defaultSession;
  // The one exception: writing text to the clipboard from the app's own page ("Copy as GitHub issue").
  const allowed = (permission: string, origin: string): boolean =>
    permission === 'clipboard-sanitized-write' && isAppUrl(origin);
  ses.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(allowed(permission, details.requestingUrl)),
  );
  ses.setPermissionCheckHandler((_contents, permission, origin) => allowed(permission, origin));
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAppUrl(details.url) || details.url.startsWith('devtools://');
    callback({ cancel: !allowed });
  });
}

/** Denies navigation and new windows; a clicked http(s) link opens in the user's browser instead. */
export function lockDownContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // Only http(s) links reach the browser; isWebLink refuses every other scheme.
    if (isWebLink(url)) void shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK
    return { action: 'deny' };
  });
}
