// The session and window lock-down, against a fake of the Electron APIs it configures: each
// handler it installs is called the way Electron would call it.
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (...args: unknown[]) => void;
type RequestCallback = (response: { cancel: boolean }) => void;

const fake = vi.hoisted(() => ({
  permissionRequest: undefined as
    | undefined
    | ((contents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void),
  permissionCheck: undefined as undefined | ((...args: unknown[]) => boolean),
  beforeRequest: undefined as undefined | ((details: { url: string }, callback: RequestCallback) => void),
  openExternal: vi.fn(async (_url: string) => undefined),
}));

vi.mock('electron', () => ({
  session: {
    defaultSession: {
      setPermissionRequestHandler: (handler: typeof fake.permissionRequest) => (fake.permissionRequest = handler),
      setPermissionCheckHandler: (handler: typeof fake.permissionCheck) => (fake.permissionCheck = handler),
      webRequest: {
        onBeforeRequest: (handler: typeof fake.beforeRequest) => (fake.beforeRequest = handler),
      },
    },
  },
  shell: { openExternal: fake.openExternal },
}));

const { isAppUrl, lockDownContents, lockDownSession } = await import('../../../../electron/main/security');

/** A WebContents that records the listeners and window-open handler installed on it. */
class FakeContents {
  readonly listeners = new Map<string, Listener[]>();
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }

  /** Emits an event the way Electron does and says whether a listener called preventDefault(). */
  emitPreventable(event: string, ...args: unknown[]): boolean {
    let prevented = false;
    const electronEvent = { preventDefault: () => (prevented = true) };
    for (const listener of this.listeners.get(event) ?? []) listener(electronEvent, ...args);
    return prevented;
  }
}

function lockedDownContents(): FakeContents {
  const contents = new FakeContents();
  lockDownContents(contents as unknown as Electron.WebContents);
  return contents;
}

function requestCancelled(url: string): boolean {
  let cancelled: boolean | undefined;
  fake.beforeRequest!({ url }, ({ cancel }) => (cancelled = cancel));
  if (cancelled === undefined) throw new Error(`the request handler never answered for ${url}`);
  return cancelled;
}

beforeEach(() => {
  fake.openExternal.mockClear();
});

describe('isAppUrl', () => {
  it('knows the app origin, which Node reports as "null" for a custom scheme', () => {
    expect(isAppUrl('app://debrief/index.html')).toBe(true);
    expect(isAppUrl('app://debrief/assets/index-1.js?x=1#top')).toBe(true);
  });

  it('refuses every other origin, look-alikes included', () => {
    for (const url of [
      'https://debrief/index.html',
      'app://debrief.evil.example/index.html',
      'app://evil/index.html',
      'app://debrief:8080/index.html',
      'app://user@debrief/index.html',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'about:blank',
      'not a url',
      '',
    ]) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });
});

describe('lockDownSession', () => {
  beforeEach(() => {
    fake.permissionRequest = undefined;
    fake.permissionCheck = undefined;
    fake.beforeRequest = undefined;
    lockDownSession();
  });

  it('allows only clipboard writes, and only to the app itself', () => {
    const callback = vi.fn();
    fake.permissionRequest!({}, 'clipboard-sanitized-write', callback, { requestingUrl: 'app://debrief/index.html' });
    expect(callback).toHaveBeenCalledExactlyOnceWith(true);
    expect(fake.permissionCheck!({}, 'clipboard-sanitized-write', 'app://debrief/', {})).toBe(true);
    const outside = vi.fn();
    fake.permissionRequest!({}, 'clipboard-sanitized-write', outside, { requestingUrl: 'https://evil.example/' });
    expect(outside).toHaveBeenCalledExactlyOnceWith(false);
    expect(fake.permissionCheck!({}, 'clipboard-sanitized-write', 'https://evil.example', {})).toBe(false);
  });

  it('denies every other permission request and check, even from the app itself', () => {
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'fullscreen',
    ]) {
      const callback = vi.fn();
      fake.permissionRequest!({}, permission, callback, { requestingUrl: 'app://debrief/index.html' });
      expect(callback, permission).toHaveBeenCalledExactlyOnceWith(false);
      expect(fake.permissionCheck!({}, permission, 'app://debrief', { requestingUrl: 'app://debrief/' })).toBe(false);
    }
  });

  it("lets the app's own files through", () => {
    expect(requestCancelled('app://debrief/index.html')).toBe(false);
    expect(requestCancelled('app://debrief/assets/index-abc123.js')).toBe(false);
  });

  it('cancels every request that leaves the app: web, local files, other hosts of the scheme', () => {
    for (const url of [
      'https://example.com/tracker.gif',
      'http://localhost:3000/',
      'http://127.0.0.1/',
      'ws://example.com/socket',
      'file:///etc/passwd',
      'app://evil/index.html',
      'app://debrief.example.com/',
      'ftp://example.com/x',
    ]) {
      expect(requestCancelled(url), url).toBe(true);
    }
  });
});

describe('lockDownContents', () => {
  it('prevents navigation to any other origin and keeps navigation inside the app', () => {
    const contents = lockedDownContents();
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'app://evil/', 'javascript:alert(1)']) {
      expect(contents.emitPreventable('will-navigate', url), url).toBe(true);
    }
    expect(contents.emitPreventable('will-navigate', 'app://debrief/index.html')).toBe(false);
  });

  it('prevents every webview from attaching', () => {
    const contents = lockedDownContents();
    expect(contents.emitPreventable('will-attach-webview', {}, { src: 'app://debrief/index.html' })).toBe(true);
    expect(contents.emitPreventable('will-attach-webview', {}, { src: 'https://example.com/' })).toBe(true);
  });

  it('denies every new window and hands only http(s) links to the browser', () => {
    const contents = lockedDownContents();
    const open = (url: string) => contents.windowOpenHandler!({ url });

    expect(open('https://kubernetes.io/docs/')).toEqual({ action: 'deny' });
    expect(open('http://example.com/')).toEqual({ action: 'deny' });
    expect(fake.openExternal.mock.calls).toEqual([['https://kubernetes.io/docs/'], ['http://example.com/']]);

    fake.openExternal.mockClear();
    for (const url of [
      'app://debrief/index.html',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,hi',
      'smb://server/share',
      'ms-msdt:/id PCWDiagnostic',
      'mailto:someone@example.com',
      'not a url',
    ]) {
      expect(open(url), url).toEqual({ action: 'deny' });
    }
    expect(fake.openExternal).not.toHaveBeenCalled();
  });
});
