// Offline by design, and a Content-Security-Policy that the browser really enforces: a journey
// through every view records every request the page makes (only the app's own origin may appear),
// then script is injected the ways an attacker would try, and none of it runs.
import { join } from 'node:path';
import { contentSecurityPolicy } from '../../electron/common/app-origin';
import { shellOrigin } from '../../scripts/chromium-shell';
import { expect, test } from './fixtures';
import { TalkAnnotations } from './pages/annotation-talk';
import { SearchBox } from './pages/search-box';

const talk = 'Effective Disaster Recovery: The Day We Deleted Production';
const autoscalingTalk = 'Autoscaling Kubernetes Deployments: A (Mostly) Practical Guide';

test('a journey through every view, search, notes, export and import asks nothing of the network', async ({
  app,
  page,
  context,
  blockedRequests,
  dialogs,
  workDir,
}) => {
  const requested: string[] = [];
  context.on('request', (request) => requested.push(request.url()));
  const dialogsShown: string[] = [];
  page.on('dialog', (dialog) => {
    dialogsShown.push(dialog.message());
    void dialog.dismiss();
  });

  // Every view the sidebar offers, whatever views exist by now.
  const views = await app.recapNav.getByRole('link').allTextContents();
  expect(views.length).toBeGreaterThanOrEqual(4);
  for (const name of views.map((view) => view.trim().replace(/\s+/g, ' '))) {
    await app.recapNav.getByRole('link', { name, exact: true }).click();
    await expect(app.recapNav.getByRole('link', { name, exact: true })).toHaveAttribute('aria-current', 'page');
    await expect(app.readingHeading()).toBeVisible();
  }

  // A day, a talk; a note on it; its video link goes to the user's browser, not into the window.
  await app.openSection(/^Day 1\b/);
  await app.openItem(/Effective Disaster Recovery/);
  await expect(app.readingHeading()).toHaveText(talk);
  const notes = new TalkAnnotations(page);
  await notes.writeNote('Try a **deploy freeze switch** on staging');
  await notes.notesSection.getByRole('button', { name: 'Done' }).click();
  await expect(notes.renderedNote()).toContainText('deploy freeze switch');
  const outbound = app.readingPane.locator('a[href^="http"]').first();
  const href = await outbound.getAttribute('href');
  await outbound.click();
  await expect.poll(() => dialogs.opened).toEqual([href]);
  expect(page.url()).toContain(shellOrigin);

  // Search, a result, and the quick switcher.
  const search = new SearchBox(page);
  await search.type('autoscaling');
  // Results settle as the index answers each keystroke; open the one meant, not whichever came first.
  await search.expectTopResult(autoscalingTalk);
  await search.options().first().click();
  await expect(app.readingHeading()).toHaveText(autoscalingTalk);
  await page.keyboard.press('Control+p');
  await expect(search.switcher).toBeVisible();
  await page.keyboard.press('Escape');

  // Export everything, then import it back.
  await app.recapNav.getByRole('link', { name: 'Backups' }).click();
  dialogs.savePath = join(workDir, 'everything.json');
  await page.getByRole('button', { name: 'Export everything…' }).click();
  const backups = page.getByRole('article', { name: 'Backups' });
  await expect(backups.getByRole('status')).toContainText(`Saved to ${dialogs.savePath}`);
  dialogs.openPath = dialogs.savePath;
  await page.getByRole('button', { name: 'Restore from a file…' }).click();
  await page.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(backups.getByRole('status')).toContainText('Restored');

  await page.reload();
  await app.waitUntilLoaded();

  expect(blockedRequests).toEqual([]);
  expect(requested.length).toBeGreaterThan(0);
  expect(requested.filter((url) => new URL(url).origin !== shellOrigin)).toEqual([]);
  expect(dialogsShown).toEqual([]);
});

test('the page is served with the strict CSP, and Chromium enforces it', async ({ app, page, blockedRequests }) => {
  const served = await page.evaluate(async () => (await fetch('/index.html')).headers.get('content-security-policy'));
  expect(served).toBe(contentSecurityPolicy);

  const violations = page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const seen: string[] = [];
        document.addEventListener('securitypolicyviolation', (event) => seen.push(event.effectiveDirective));
        setTimeout(() => resolve(seen), 1500);
      }),
  );

  const outcome = await page.evaluate(async () => {
    const flags = window as unknown as Record<string, unknown>;
    const host = document.createElement('div');
    document.body.append(host);

    const inline = document.createElement('script');
    inline.textContent = 'window.__inlineRan = true';
    host.append(inline);

    host.insertAdjacentHTML('beforeend', '<img src="/no-such.png" onerror="window.__handlerRan = true">');
    host.insertAdjacentHTML('beforeend', '<a id="js-link" href="javascript:window.__linkRan = true">x</a>');
    (document.getElementById('js-link') as HTMLAnchorElement).click();

    const dataScript = document.createElement('script');
    dataScript.src = 'data:text/javascript,window.__dataRan = true';
    host.append(dataScript);

    const style = document.createElement('style');
    style.textContent = 'body { visibility: hidden !important; }';
    host.append(style);

    // DevTools lets code it evaluates use eval (so the console works under any CSP); code the page
    // runs later, from a timer, is held to the policy like the app's own code.
    const errorOf = (attempt: () => unknown) =>
      new Promise<string>((resolve) =>
        setTimeout(() => {
          try {
            attempt();
            resolve('');
          } catch (error) {
            resolve((error as Error).name);
          }
        }),
      );
    const evalError = await errorOf(() => (0, eval)('window.__evalRan = true'));
    const functionError = await errorOf(() => new Function('window.__functionRan = true')());
    // A string handler is compiled like eval; Chromium drops it silently, so only the flag tells.
    (setTimeout as (handler: string, timeout: number) => number)('window.__timerStringRan = true', 0);
    let remoteFetch = '';
    try {
      await fetch('https://example.com/');
    } catch (error) {
      remoteFetch = (error as Error).name;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    return {
      ran: [
        '__inlineRan',
        '__handlerRan',
        '__linkRan',
        '__dataRan',
        '__evalRan',
        '__functionRan',
        '__timerStringRan',
      ].filter((flag) => flags[flag] !== undefined),
      evalError,
      functionError,
      remoteFetch,
      bodyVisibility: getComputedStyle(document.body).visibility,
    };
  });

  expect(outcome).toEqual({
    ran: [],
    evalError: 'EvalError',
    functionError: 'EvalError',
    remoteFetch: 'TypeError',
    bodyVisibility: 'visible',
  });
  // Each attempt was stopped by the policy itself, not by luck.
  expect(new Set(await violations)).toEqual(
    new Set(['script-src-elem', 'script-src-attr', 'script-src', 'style-src-elem', 'connect-src']),
  );
  // CSP stopped the fetch before it left the page: the router never saw it.
  expect(blockedRequests).toEqual([]);
  await expect(app.readingHeading()).toBeVisible();
});
