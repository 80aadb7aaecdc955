// The app:// protocol: registered standard and secure, serving the renderer folder with the
// Content-Security-Policy header, and nothing outside that folder. The handler registered with
// Electron's (faked) protocol module is called with real Request objects.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '../../../../electron/common/app-origin';

type Handler = (request: Request) => Promise<Response>;

const fake = vi.hoisted(() => ({
  handlers: new Map<string, Handler>(),
  privileged: [] as { scheme: string; privileges: Record<string, boolean> }[],
}));

vi.mock('electron', () => ({
  protocol: {
    handle: (scheme: string, handler: Handler) => fake.handlers.set(scheme, handler),
    registerSchemesAsPrivileged: (schemes: typeof fake.privileged) => fake.privileged.push(...schemes),
  },
}));

const { registerAppScheme, serveRenderer } = await import('../../../../electron/main/app-protocol');

let root: string;
let serve: Handler;

beforeAll(async () => {
  // root/renderer is served; root/secret.txt and root/renderer-backup/ sit beside it and must stay out of reach.
  root = await mkdtemp(join(tmpdir(), 'debrief-protocol-'));
  const renderer = join(root, 'renderer');
  await mkdir(join(renderer, 'assets'), { recursive: true });
  await writeFile(join(renderer, 'index.html'), '<!doctype html><title>Debrief</title>');
  await writeFile(join(renderer, 'assets', 'index-1.js'), 'console.log(1)');
  await writeFile(join(root, 'secret.txt'), 'SECRET');
  await mkdir(join(root, 'renderer-backup'));
  await writeFile(join(root, 'renderer-backup', 'index.html'), 'SECRET');
  serveRenderer(renderer);
  serve = fake.handlers.get('app')!;
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function fetchApp(url: string): Promise<{ status: number; body: string; headers: Headers }> {
  const response = await serve(new Request(url));
  return { status: response.status, body: await response.text(), headers: response.headers };
}

describe('the app scheme', () => {
  it('is registered standard and secure (a stable origin for IndexedDB) without bypassing CSP', () => {
    registerAppScheme();
    expect(fake.privileged).toHaveLength(1);
    const [{ scheme, privileges }] = fake.privileged as [(typeof fake.privileged)[number]];
    expect(scheme).toBe('app');
    expect(privileges).toMatchObject({ standard: true, secure: true });
    for (const weakening of ['bypassCSP', 'allowServiceWorkers', 'corsEnabled']) {
      expect(privileges[weakening], weakening).toBeFalsy();
    }
  });

  it('asks V8 to cache the compiled scripts it serves, so a second start parses less', () => {
    registerAppScheme();
    const [{ privileges }] = fake.privileged as [(typeof fake.privileged)[number]];
    // Electron caches code only for a standard scheme that sets codeCache.
    expect(privileges).toMatchObject({ standard: true, codeCache: true });
  });
});

describe('serveRenderer', () => {
  it('is the only handler it registers, on the app scheme', () => {
    expect([...fake.handlers.keys()]).toEqual(['app']);
  });

  it('serves the renderer with the Content-Security-Policy header, a content type and nosniff', async () => {
    for (const url of ['app://debrief/', 'app://debrief/index.html']) {
      const page = await fetchApp(url);
      expect(page.status, url).toBe(200);
      expect(page.body).toContain('<title>Debrief</title>');
      expect(page.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    }
    const script = await fetchApp('app://debrief/assets/index-1.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
  });

  it('answers 404 to every way out of the renderer folder', async () => {
    for (const url of [
      'app://debrief/../secret.txt',
      'app://debrief/%2e%2e/secret.txt',
      'app://debrief/assets/..%2f..%2fsecret.txt',
      'app://debrief/..%2fsecret.txt',
      'app://debrief/..%5csecret.txt',
      'app://debrief/assets%5c..%5c..%5csecret.txt',
      'app://debrief/%252e%252e/secret.txt',
      'app://debrief/..%2frenderer-backup/index.html',
      'app://debrief/secret.txt%00.html',
      'app://debrief/%E0%A4%A',
      `app://debrief/${encodeURIComponent(join(root, 'secret.txt'))}`,
    ]) {
      const response = await fetchApp(url);
      expect(response.status, url).toBe(404);
      expect(response.body, url).not.toContain('SECRET');
    }
  });

  it('answers 404 to other hosts, folders and missing files', async () => {
    for (const url of [
      'app://evil/index.html',
      'app://debrief.evil/index.html',
      'app://debrief/assets',
      'app://debrief/missing.js',
    ]) {
      expect((await fetchApp(url)).status, url).toBe(404);
    }
  });
});
