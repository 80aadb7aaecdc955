// Files the user opens Debrief with: picked out of a command line, read with the open dialog's
// checks, handed on in order; and the events that carry them held until the app's page has loaded.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { OpenedFile } from '../../../../electron/common/ipc-contract';

vi.mock('electron', () => ({ session: { defaultSession: {} }, shell: { openExternal: async () => undefined } }));

const { importedFilePaths, OpenedFiles } = await import('../../../../electron/main/opened-files');
const { connectWindow, maxWaitingEvents, RendererEvents } = await import('../../../../electron/main/renderer-events');

describe('importedFilePaths', () => {
  it('finds the file a packaged app was launched with', () => {
    expect(importedFilePaths(['/opt/Debrief/debrief', '/home/ana/notes/kubecon.md'], '/home/ana')).toEqual([
      '/home/ana/notes/kubecon.md',
    ]);
  });

  it("skips the executable, the app's folder of a development run, and switches wherever Chromium put them", () => {
    const argv = [
      '/repo/node_modules/electron/dist/electron',
      '.',
      '--no-sandbox',
      'schedule.ics',
      '--original-process-start-time=1234',
      '--user-data-dir=/tmp/profile.json',
      '-psn_0_12345',
    ];
    expect(importedFilePaths(argv, '/home/ana/Downloads')).toEqual(['/home/ana/Downloads/schedule.ics']);
  });

  it('keeps only the kinds Debrief imports, in any case, and every one of several', () => {
    const argv = [
      'debrief',
      'a.MD',
      'b.markdown',
      'c.txt',
      'd.ICS',
      'e.json',
      'f.xml',
      'g.pdf',
      'h',
      'out/main/index.js',
    ];
    expect(importedFilePaths(argv, '/w')).toEqual([
      '/w/a.MD',
      '/w/b.markdown',
      '/w/c.txt',
      '/w/d.ICS',
      '/w/e.json',
      '/w/f.xml',
    ]);
  });

  it('resolves relative paths against the launching shell, not the running app', () => {
    expect(importedFilePaths(['debrief', '../talks/notes.md'], '/home/ana/work')).toEqual(['/home/ana/talks/notes.md']);
    expect(importedFilePaths(['debrief'], '/home/ana')).toEqual([]);
  });
});

describe('OpenedFiles', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'debrief-opened-'));
    await writeFile(join(dir, 'recap.md'), '# Our notes\n\nSome text.\n');
    await mkdir(join(dir, 'folder.md'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  function outlets() {
    const delivered: OpenedFile[] = [];
    const refused: string[] = [];
    return {
      delivered,
      refused,
      deliver: (file: OpenedFile) => delivered.push(file),
      refuse: (m: string) => refused.push(m),
    };
  }

  it('reads a recap and hands its name and exact bytes on', async () => {
    const out = outlets();
    await new OpenedFiles(out).open([join(dir, 'recap.md')]);
    expect(out.refused).toEqual([]);
    expect(out.delivered).toHaveLength(1);
    expect(out.delivered[0]!.name).toBe('recap.md');
    expect(new TextDecoder().decode(out.delivered[0]!.bytes)).toBe('# Our notes\n\nSome text.\n');
  });

  it("refuses with the open dialog's reasons: a folder, a missing file; and a kind Debrief does not import", async () => {
    const out = outlets();
    await new OpenedFiles(out).open([join(dir, 'folder.md'), join(dir, 'gone.ics'), join(dir, 'photo.png')]);
    expect(out.delivered).toEqual([]);
    expect(out.refused).toEqual([
      'folder.md could not be opened: it is a folder, not a file. Nothing was changed.',
      'gone.ics could not be opened: it does not exist (or is a link to a file that does not). Nothing was changed.',
      'photo.png is not a file Debrief imports. Debrief opens recaps (.md, .markdown, .txt) and conference schedules (.ics, .json, .xml). Nothing was changed.',
    ]);
  });

  it('hands files on in the order they came, even when an earlier one is slower to read', async () => {
    const out = outlets();
    const read = vi.fn(async (path: string) => {
      if (path.endsWith('slow.md')) await new Promise((done) => setTimeout(done, 30));
      return { name: path, bytes: new Uint8Array() };
    });
    const files = new OpenedFiles({ ...out, read });
    void files.open(['/a/slow.md']);
    await files.open(['/a/fast.ics']);
    expect(out.delivered.map((file) => file.name)).toEqual(['/a/slow.md', '/a/fast.ics']);
  });
});

describe('RendererEvents', () => {
  const receiver = () => ({
    sent: [] as [string, unknown][],
    send(channel: string, payload: unknown) {
      this.sent.push([channel, payload]);
    },
  });

  it('holds events until a page connects, then sends them in order on debrief: channels', () => {
    const events = new RendererEvents();
    events.send('openUserFile', { name: 'a.md', bytes: new Uint8Array([1]) });
    events.send('runCommand', { commandId: 'view.actions' });
    const page = receiver();
    events.connect(page);
    expect(page.sent).toEqual([
      ['debrief:openUserFile', { name: 'a.md', bytes: new Uint8Array([1]) }],
      ['debrief:runCommand', { commandId: 'view.actions' }],
    ]);
    events.send('runCommand', { commandId: 'talk.next' });
    expect(page.sent).toHaveLength(3);
    expect(events.waitingCount).toBe(0);
  });

  it('holds events again while the page reloads, and keeps only the newest when nobody comes', () => {
    const events = new RendererEvents();
    const page = receiver();
    events.connect(page);
    events.disconnect(page);
    for (let index = 0; index < maxWaitingEvents + 5; index++) events.send('runCommand', { commandId: `c.n${index}` });
    expect(page.sent).toEqual([]);
    expect(events.waitingCount).toBe(maxWaitingEvents);
    const next = receiver();
    events.connect(next);
    expect(next.sent[0]).toEqual(['debrief:runCommand', { commandId: 'c.n5' }]);
  });
});

describe('connectWindow', () => {
  function fakeWindow(url: string) {
    const handlers = new Map<string, (details?: unknown) => void>();
    const sent: [string, unknown][] = [];
    const window = {
      isDestroyed: () => false,
      isMinimized: () => true,
      restore: vi.fn(),
      show: vi.fn(),
      focus: vi.fn(),
      webContents: {
        on: (name: string, handler: (details?: unknown) => void) => handlers.set(name, handler),
        getURL: () => url,
        send: (channel: string, payload: unknown) => sent.push([channel, payload]),
        isDestroyed: () => false,
        isCrashed: () => false,
      },
    };
    return { window, sent, fire: (name: string, details?: unknown) => handlers.get(name)!(details) };
  }

  it("sends to the app's own page once it has loaded, and brings the window forward for what waited", () => {
    const events = new RendererEvents();
    const { window, sent, fire } = fakeWindow('app://debrief/index.html');
    connectWindow(window as never, events);
    events.send('runCommand', { commandId: 'view.actions' });
    expect(sent).toEqual([]);
    fire('did-finish-load');
    expect(sent).toEqual([['debrief:runCommand', { commandId: 'view.actions' }]]);
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
    // Moving between views changes the hash only: the page stays, and keeps hearing events.
    fire('did-start-navigation', { isMainFrame: true, isSameDocument: true });
    events.send('runCommand', { commandId: 'view.trash' });
    expect(sent).toHaveLength(2);
    // A reload starts a new document: events wait for it to load.
    fire('did-start-navigation', { isMainFrame: true, isSameDocument: false });
    events.send('runCommand', { commandId: 'talk.next' });
    expect(sent).toHaveLength(2);
    fire('did-finish-load');
    expect(sent.at(-1)).toEqual(['debrief:runCommand', { commandId: 'talk.next' }]);
  });

  it('never sends to a page of another origin', () => {
    const events = new RendererEvents();
    const { window, sent, fire } = fakeWindow('https://evil.example/');
    connectWindow(window as never, events);
    events.send('openUserFile', { name: 'a.md', bytes: new Uint8Array([1]) });
    fire('did-finish-load');
    expect(sent).toEqual([]);
    expect(events.waitingCount).toBe(1);
  });
});
