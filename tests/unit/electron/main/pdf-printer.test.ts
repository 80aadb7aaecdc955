// The PDF printer's window and session, against a fake of the Electron APIs it uses: no scripts,
// sandboxed, no preload, a session of its own in memory that cancels every request but the page,
// permissions denied, the window locked down and always destroyed, the page's file removed.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';

type RequestCallback = (response: { cancel: boolean }) => void;

interface FakeWindow {
  options: Electron.BrowserWindowConstructorOptions;
  loaded: string[];
  pageText: string | undefined;
  destroyed: boolean;
  printOptions: Electron.PrintToPDFOptions | undefined;
  webContents: { events: string[]; windowOpenHandler: unknown };
}

const fake = vi.hoisted(() => ({
  windows: [] as FakeWindow[],
  partitions: [] as string[],
  beforeRequest: undefined as undefined | ((details: { url: string }, callback: RequestCallback) => void),
  permissionRequest: undefined as undefined | ((...args: unknown[]) => void),
  permissionCheck: undefined as undefined | ((...args: unknown[]) => boolean),
  failPrint: false,
  /** While set, printing waits for it: the test looks at the session mid-print. */
  printGate: undefined as undefined | Promise<void>,
}));

vi.mock('electron', async () => {
  const { readFile } = await import('node:fs/promises');
  const { fileURLToPath } = await import('node:url');
  const printSession = {
    setPermissionRequestHandler: (handler: typeof fake.permissionRequest) => (fake.permissionRequest = handler),
    setPermissionCheckHandler: (handler: typeof fake.permissionCheck) => (fake.permissionCheck = handler),
    webRequest: { onBeforeRequest: (handler: typeof fake.beforeRequest) => (fake.beforeRequest = handler) },
  };
  class BrowserWindow implements FakeWindow {
    readonly loaded: string[] = [];
    pageText: string | undefined;
    destroyed = false;
    printOptions: Electron.PrintToPDFOptions | undefined;
    readonly webContents = {
      events: [] as string[],
      windowOpenHandler: undefined as unknown,
      on: (event: string) => void this.webContents.events.push(event),
      setWindowOpenHandler: (handler: unknown) => void (this.webContents.windowOpenHandler = handler),
      printToPDF: async (options: Electron.PrintToPDFOptions) => {
        this.printOptions = options;
        await fake.printGate;
        if (fake.failPrint) throw new Error('printing failed');
        return Buffer.from('%PDF-1.7');
      },
    };
    constructor(readonly options: Electron.BrowserWindowConstructorOptions) {
      fake.windows.push(this);
    }
    async loadURL(url: string): Promise<void> {
      this.loaded.push(url);
      this.pageText = await readFile(fileURLToPath(url), 'utf8');
    }
    isDestroyed(): boolean {
      return this.destroyed;
    }
    destroy(): void {
      this.destroyed = true;
    }
  }
  return {
    BrowserWindow,
    session: {
      defaultSession: {},
      fromPartition: (partition: string) => {
        fake.partitions.push(partition);
        return printSession;
      },
    },
    shell: { openExternal: async () => undefined },
  };
});

const { isPrintedPage, pdfPartition, printHtmlToPdf } = await import('../../../../electron/main/pdf-printer');

function cancelled(url: string): boolean {
  let answer: boolean | undefined;
  fake.beforeRequest!({ url }, ({ cancel }) => (answer = cancel));
  if (answer === undefined) throw new Error(`no answer for ${url}`);
  return answer;
}

beforeEach(() => {
  fake.windows.length = 0;
  fake.failPrint = false;
});

describe('printHtmlToPdf', () => {
  it('prints the page in a hidden, sandboxed window with no scripts and no preload, A4 with backgrounds', async () => {
    const html = '<!doctype html><h1>KubeCon Valencia ✓</h1>';
    const pdf = await printHtmlToPdf(html);
    expect(new TextDecoder().decode(pdf)).toBe('%PDF-1.7');
    const [window] = fake.windows;
    expect(window?.options.show).toBe(false);
    const preferences = window!.options.webPreferences!;
    expect(preferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      javascript: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(preferences.preload).toBeUndefined();
    expect(preferences.partition).toBeUndefined();
    expect(fake.partitions).toEqual([pdfPartition]);
    expect(pdfPartition.startsWith('persist:')).toBe(false);
    expect(window?.pageText).toBe(html);
    expect(window?.printOptions).toMatchObject({ printBackground: true, pageSize: 'A4' });
    expect(window?.destroyed).toBe(true);
    // The window gets the app's lock-down: no navigation, no new windows.
    expect(window?.webContents.events).toContain('will-navigate');
    expect(window?.webContents.windowOpenHandler).toBeTypeOf('function');
  });

  it('cancels every request but the page being printed and what it embeds, and denies every permission', async () => {
    let release = (): void => undefined;
    fake.printGate = new Promise((resolve) => (release = resolve));
    const printing = printHtmlToPdf('<p>x</p>');
    await vi.waitFor(() => expect(fake.windows[0]?.printOptions).toBeDefined());
    const pageUrl = fake.windows[0]!.loaded[0]!;
    expect(cancelled(pageUrl)).toBe(false);
    expect(cancelled('data:image/png;base64,iVBORw0KGgo=')).toBe(false);
    for (const url of [
      'https://example.com/tracker.gif',
      'http://127.0.0.1:9333/json',
      'file:///etc/passwd',
      `${pageUrl}.other`,
      'app://debrief/index.html',
      'ws://example.com/',
    ]) {
      expect(cancelled(url), url).toBe(true);
    }
    release();
    fake.printGate = undefined;
    await printing;
    // Once printed, the page itself is refused too.
    expect(isPrintedPage(pageUrl)).toBe(false);
    let granted: boolean | undefined;
    fake.permissionRequest!({}, 'media', (answer: boolean) => (granted = answer), {});
    expect(granted).toBe(false);
    expect(fake.permissionCheck!({}, 'clipboard-sanitized-write', 'file://')).toBe(false);
  });

  it('destroys the window and removes the page file when printing fails', async () => {
    fake.failPrint = true;
    await expect(printHtmlToPdf('<p>x</p>')).rejects.toThrow('printing failed');
    const [window] = fake.windows;
    expect(window?.destroyed).toBe(true);
    const path = fileURLToPath(window!.loaded[0]!);
    expect(existsSync(path)).toBe(false);
    await expect(readFile(path)).rejects.toThrow();
  });
});
