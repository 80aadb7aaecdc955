// The Markdown sanitiser by itself, in real Chromium: renderMarkdown (bundled from the renderer's
// source) renders every entry of the XSS corpus into a page with no Content-Security-Policy, so
// nothing but the sanitiser stands between the corpus and the DOM. Nothing may run, nothing able to
// run or restyle may be left, and the text must still be there.
import { resolve } from 'node:path';
import { build } from 'vite';
import { hostileDocument, hostileMarkdown, survivingText } from '../fixtures/xss/corpus';
import { expect, test } from './fixtures';
import { auditRendered } from './security-checks';

test('renderMarkdown alone, in a page with no CSP, leaves no way to run script', async ({ page, blockedRequests }) => {
  const bundle = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: {
        entry: resolve(import.meta.dirname, '..', '..', 'renderer', 'src', 'lib', 'markdown.ts'),
        formats: ['iife'],
        name: '__debriefMarkdown',
      },
    },
  });
  const output = (Array.isArray(bundle) ? bundle[0] : bundle) as { output: { code?: string }[] };
  const code = output.output[0]?.code;
  expect(code).toBeTruthy();

  const dialogsShown: string[] = [];
  page.on('dialog', (dialog) => {
    dialogsShown.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto('about:blank');
  await page.evaluate(code!);
  const results = await page.evaluate(
    async ({ entries, whole }) => {
      const render = (window as unknown as { __debriefMarkdown: { renderMarkdown(text: string): string } })
        .__debriefMarkdown.renderMarkdown;
      const rendered: { id: string; text: string }[] = [];
      for (const entry of [...entries, { id: 'whole-document', markdown: whole }]) {
        const host = document.createElement('div');
        host.className = 'rendered';
        host.dataset.id = entry.id;
        host.innerHTML = render(entry.markdown);
        document.body.append(host);
        // Click every link the sanitiser kept, as a curious reader would.
        for (const link of host.querySelectorAll('a')) link.dispatchEvent(new MouseEvent('click', { bubbles: true }));
        rendered.push({ id: entry.id, text: host.textContent ?? '' });
      }
      await new Promise((done) => setTimeout(done, 500));
      return { rendered, ran: (window as unknown as { __xss?: string[] }).__xss ?? [] };
    },
    { entries: hostileMarkdown, whole: hostileDocument() },
  );

  expect(results.ran).toEqual([]);
  expect(dialogsShown).toEqual([]);
  for (const { id } of hostileMarkdown) {
    expect(await page.evaluate(auditRendered, `.rendered[data-id="${id}"]`), id).toEqual([]);
  }
  expect(await page.evaluate(auditRendered, '.rendered')).toEqual([]);
  const whole = results.rendered.find((entry) => entry.id === 'whole-document')!;
  expect(whole.text).toContain(survivingText.plain);
  expect(whole.text).toContain(survivingText.code);
  expect(whole.text).toContain(survivingText.entities);
  // Remote images are not script; CSP keeps them from loading in the app. Nothing else may call out.
  expect(blockedRequests.filter((url) => !/^https:\/\/evil\.example\//.test(url))).toEqual([]);
});
