import { describe, expect, it } from 'vitest';
import { appOrigin, contentSecurityPolicy, mimeTypeOf, rendererFileOf } from '../../../../electron/common/app-origin';

describe('the app origin', () => {
  it('is pinned: IndexedDB data belongs to it, so changing it would lose every user note', () => {
    expect(appOrigin).toBe('app://debrief');
  });

  it('is served with a CSP that allows no inline script, no eval and no remote origin', () => {
    const directives = Object.fromEntries(
      contentSecurityPolicy.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values];
      }),
    );
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(contentSecurityPolicy).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });
});

describe('rendererFileOf', () => {
  it('maps request paths to files inside the renderer folder', () => {
    expect(rendererFileOf('/')).toBe('index.html');
    expect(rendererFileOf('/assets/index-1.js')).toBe('assets/index-1.js');
    expect(rendererFileOf('/./assets//x.css')).toBe('assets/x.css');
  });

  it('refuses every way out of the folder', () => {
    for (const path of [
      '/../secret',
      '/assets/../../etc/passwd',
      '/%2e%2e/x',
      '/a%2f..%2f..%2fb',
      '/a\\..\\b',
      '/x%00.js',
      '/%E0%A4%A',
    ]) {
      expect(rendererFileOf(path), path).toBeNull();
    }
  });

  it('serves each file type with its content type', () => {
    expect(mimeTypeOf('index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeOf('a/b.JS')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeOf('unknown.bin')).toBe('application/octet-stream');
  });
});
