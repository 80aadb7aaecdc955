// Checks the XSS journeys share: whether anything in the corpus ran or was left in the page, and
// whether its text is still shown as text. auditRendered runs inside the page.
import { expect, type Page } from '@playwright/test';
import { survivingText } from '../fixtures/xss/corpus';

/** What a payload that got through would leave behind. */
export interface Traps {
  dialogs: string[];
}

/**
 * Runs in the page: whatever inside the elements matching `selector` could run script, load
 * something, or restyle the app — as "tag", "tag@attribute=value" — or [] when there is nothing.
 */
export function auditRendered(selector: string): string[] {
  const forbiddenTags = new Set(
    'script iframe frame object embed form input button textarea select base meta link style noscript foreignobject'.split(
      ' ',
    ),
  );
  const urlAttributes = new Set('href src action formaction xlink:href data values to from by poster'.split(' '));
  const found: string[] = [];
  // A <template> is inert, but what it holds could be cloned into the page later: look inside too.
  const elementsUnder = (root: ParentNode): Element[] =>
    [...root.querySelectorAll('*')].flatMap((element) =>
      element instanceof HTMLTemplateElement ? [element, ...elementsUnder(element.content)] : [element],
    );
  for (const root of document.querySelectorAll(selector)) {
    for (const element of elementsUnder(root)) {
      const tag = element.localName.toLowerCase();
      if (forbiddenTags.has(tag)) found.push(tag);
      for (const { name, value } of element.attributes) {
        // Browsers ignore control characters and spaces before a scheme, so the check does too.
        const url = [...value]
          .filter((character) => character.charCodeAt(0) > 0x20)
          .join('')
          .toLowerCase();
        const scriptUrl = /^(javascript|vbscript|data):/.test(url) && !(tag === 'img' && url.startsWith('data:image/'));
        if (/^on/i.test(name) || name === 'style' || (urlAttributes.has(name) && scriptUrl)) {
          found.push(`${tag}@${name}=${value.slice(0, 40)}`);
        }
      }
    }
  }
  return found;
}

/** Asserts that nothing in the corpus ran and nothing it smuggled in is left in the document. */
export async function expectNothingRan(page: Page, traps: Traps): Promise<void> {
  // Handlers fire asynchronously (image errors, toggles, focus): give them time to.
  await page.waitForTimeout(300);
  expect(await page.evaluate(auditRendered, '.markdown')).toEqual([]);
  const found = await page.evaluate(() => ({
    ran: (window as unknown as { __xss?: string[] }).__xss ?? [],
    scriptsInBody: document.body.querySelectorAll('script').length,
    framesInBody: document.body.querySelectorAll('iframe, frame, object, embed, base').length,
    // The CSS payloads neither covered the app nor hid it.
    fixedOverlays: [...document.querySelectorAll('.covering')].filter(
      (element) => getComputedStyle(element).position === 'fixed',
    ).length,
  }));
  expect(found).toEqual({ ran: [], scriptsInBody: 0, framesInBody: 0, fixedOverlays: 0 });
  expect(traps.dialogs).toEqual([]);
  await expect(page.locator('.layout')).toBeVisible();
}

/** Asserts that a rendered copy of hostileDocument() still shows its text as text. */
export async function expectCorpusShownAsText(page: Page, scope = page.locator('.markdown').first()): Promise<void> {
  await expect(scope).toContainText(survivingText.plain);
  await expect(scope.locator('code').first()).toHaveText(survivingText.code);
  await expect(scope).toContainText(survivingText.entities);
  await expect(scope).toContainText('a javascript link');
  await expect(scope).toContainText('hover me');
  await expect(scope).toContainText('styled paragraph');
}

/** Clicks every link inside rendered Markdown; only http(s) ones may reach the browser. */
export async function clickEveryLink(page: Page, opened: string[]): Promise<void> {
  const links = page.locator('.markdown a');
  for (let index = 0; index < (await links.count()); index++) await links.nth(index).click({ force: true });
  for (const url of opened) expect(url).toMatch(/^https?:\/\//);
}
