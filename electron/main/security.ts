// The Electron security rules that hold for every window: no navigation away, no new windows,
// no permissions, no network outside the app's own origin.
import { session, shell, type WebContents } from 'electron';
import { appOrigin } from '../common/app-origin';
import { isWebLink } from './handlers';

/** Whether a URL belongs to the app's own origin. */
export function isAppUrl(url: string): boolean {
  try {
    return new URL(url).origin === appOrigin;
  } catch {
    return false;
  }
}

/** Denies permissions and blocks every request that is not for the app's own files. */
export function lockDownSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
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
    if (isWebLink(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}
