// Prints a self-contained HTML page to PDF with Playwright, as Electron's pdf-printer does in the
// app: scripts off, every request aborted, A4 with backgrounds. The Chromium shell and the
// end-to-end tests both print through this, so the tests check the PDF a person gets there.
import type { Browser } from 'playwright-core';

/** The page margins: the same as electron/main/pdf-printer.ts (0.6 inch). */
const margin = '0.6in';

/** Prints the page in a fresh context of a headless browser (Chromium prints to PDF only headless). */
export async function printHtmlWithBrowser(browser: Browser, html: string): Promise<Uint8Array> {
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
  try {
    // The page is set, not loaded: any request it makes (an image, a stylesheet, a refresh) is refused.
    await context.route('**/*', (route) => route.abort('blockedbyclient'));
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      margin: { top: margin, bottom: margin, left: margin, right: margin },
    });
    return new Uint8Array(pdf);
  } finally {
    await context.close();
  }
}
