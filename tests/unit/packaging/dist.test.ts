// `npm run dist` without a network: it must stop in one sentence that says what it could not
// download — before building when the check finds no network, or instead of electron-builder's
// stack trace when a download fails mid-build. Spawn and fetch are fakes; nothing is built.
import { EventEmitter } from 'node:events';
import { Readable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import {
  cannotDownloadSentence,
  dist,
  downloadFailureIn,
  plannedDownloads,
  unreachableReason,
  type DistDependencies,
} from '../../../scripts/dist.mjs';

/** electron-builder's real output on a machine without network (captured here, trimmed). */
const offlineBuilderOutput = [
  '  • electron-builder  version=26.17.0 os=6.18.44',
  '  • loaded configuration  file=/work/main/electron-builder.yml',
  '  • packaging       platform=linux arch=x64 electron=45.5.0 appOutDir=release/linux-unpacked',
  '  ⨯ getaddrinfo ENOTFOUND github.com  failedTask=build stackTrace=RequestError: getaddrinfo ENOTFOUND github.com',
  '    at ClientRequest.<anonymous> (/work/main/node_modules/got/dist/source/core/index.js:970:111)',
  '    at GetAddrInfoReqWrap.onlookupall [as oncomplete] (node:dns:122:26)',
].join('\n');

interface FakeRun {
  command: string;
  args: readonly string[];
}

/** A spawn whose children print `stdout` and exit with `code`, one answer per call in order. */
function fakeSpawn(answers: { code: number; stdout?: string; stderr?: string }[]) {
  const runs: FakeRun[] = [];
  const spawn = vi.fn((command: string, args: readonly string[], options: { stdio: unknown }) => {
    runs.push({ command, args });
    const answer = answers[runs.length - 1] ?? { code: 0 };
    if (options.stdio === 'inherit') {
      // The child writes straight to the terminal: there are no streams to read.
      const child = Object.assign(new EventEmitter(), { stdout: null, stderr: null });
      setImmediate(() => child.emit('close', answer.code));
      return child;
    }
    const child = Object.assign(new EventEmitter(), {
      stdout: Readable.from([answer.stdout ?? '']),
      stderr: Readable.from([answer.stderr ?? '']),
    });
    // Close after both streams have ended, as a real child does.
    let ended = 0;
    const close = () => ++ended === 2 && setImmediate(() => child.emit('close', answer.code));
    child.stdout.on('end', close);
    child.stderr.on('end', close);
    return child;
  });
  return { spawn: spawn as unknown as DistDependencies['spawn'], runs };
}

const offlineFetch = vi.fn(async () => {
  throw Object.assign(new TypeError('fetch failed'), {
    cause: Object.assign(new Error('getaddrinfo ENOTFOUND github.com'), { code: 'ENOTFOUND' }),
  });
}) as unknown as typeof fetch;
const onlineFetch = vi.fn(async () => new Response(null, { status: 302 })) as unknown as typeof fetch;

function captured() {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    out: { stdout: (text: string) => void stdout.push(text), stderr: (text: string) => void stderr.push(text) },
    stdout,
    stderr,
  };
}

const linux = { platform: 'linux', arch: 'x64', electronVersion: '45.5.0', env: {} };

describe('npm run dist without a network', () => {
  it('stops before building, in one sentence naming what it could not download', async () => {
    const { spawn, runs } = fakeSpawn([]);
    const { out, stdout, stderr } = captured();
    const code = await dist({ ...linux, spawn, fetchImpl: offlineFetch, out });
    expect(code).toBe(1);
    expect(runs).toEqual([]);
    expect(stdout).toEqual([]);
    expect(stderr).toHaveLength(1);
    const [sentence] = stderr as [string];
    expect(sentence).toBe(
      'npm run dist could not download Electron 45.5.0 for linux-x64 from ' +
        'https://github.com/electron/electron/releases/download/v45.5.0/electron-v45.5.0-linux-x64.zip ' +
        '(github.com cannot be found: there is no network or no DNS); building installers needs an internet ' +
        'connection, or ELECTRON_MIRROR and ELECTRON_BUILDER_BINARIES_MIRROR set to mirrors you can reach.\n',
    );
    expect(sentence.trim().split(/[.;]\s+(?=[A-Z])/)).toHaveLength(1);
    expect(sentence).not.toMatch(/\bat .+:\d+:\d+/);
  });

  it('replaces the stack trace of a download that fails mid-build with the same one sentence', async () => {
    const { spawn, runs } = fakeSpawn([{ code: 0 }, { code: 1, stdout: offlineBuilderOutput }]);
    const { out, stdout, stderr } = captured();
    const code = await dist({ ...linux, spawn, fetchImpl: onlineFetch, out });
    expect(code).toBe(1);
    expect(runs.map((run) => run.args)).toEqual([['build'], ['--publish', 'never']]);
    // The progress lines before the failure are shown; the failure and its trace are not.
    expect(stdout.join('')).toContain('• packaging');
    expect(stdout.join('')).not.toMatch(/⨯|stackTrace|at ClientRequest/);
    expect(stderr).toEqual([
      expect.stringMatching(/^npm run dist could not download Electron 45\.5\.0 for linux-x64 /),
    ]);
    expect(stderr[0]).toContain('github.com cannot be found');
  });

  it('shows a failure that is not about downloading as it is, with its exit code', async () => {
    const failure =
      '  ⨯ Application entry file "out/main/index.js" does not exist\n    at Packager.checkFile (x.js:1:1)';
    const { spawn } = fakeSpawn([{ code: 0 }, { code: 2, stdout: failure }]);
    const { out, stderr } = captured();
    expect(await dist({ ...linux, spawn, fetchImpl: onlineFetch, out })).toBe(2);
    expect(stderr.join('')).toContain('Application entry file "out/main/index.js" does not exist');
    expect(stderr.join('')).not.toContain('could not download');
  });

  it('does not package when the app does not build', async () => {
    const { spawn, runs } = fakeSpawn([{ code: 3 }]);
    expect(await dist({ ...linux, spawn, fetchImpl: onlineFetch, out: captured().out })).toBe(3);
    expect(runs).toHaveLength(1);
  });

  it('builds, then packages for this platform without publishing anything, when it can download', async () => {
    const { spawn, runs } = fakeSpawn([{ code: 0 }, { code: 0, stdout: '  • building        target=AppImage\n' }]);
    const { out, stdout } = captured();
    expect(await dist({ ...linux, spawn, fetchImpl: onlineFetch, args: ['--linux', 'deb'], out })).toBe(0);
    expect(runs.map((run) => [run.command.replace(/^.*[\\/]/, ''), ...run.args])).toEqual([
      [expect.stringMatching(/^electron-vite(\.cmd)?$/), 'build'],
      [expect.stringMatching(/^electron-builder(\.cmd)?$/), '--publish', 'never', '--linux', 'deb'],
    ]);
    expect(stdout.join('')).toContain('target=AppImage');
  });

  it('skips the check behind a proxy, which its fetch would not use, and when told to', async () => {
    for (const env of [{ HTTPS_PROXY: 'http://proxy:3128' }, { DEBRIEF_DIST_SKIP_NETWORK_CHECK: '1' }]) {
      const fetchImpl = vi.fn(async () => Promise.reject(new TypeError('fetch failed')));
      const { spawn, runs } = fakeSpawn([{ code: 0 }, { code: 0 }]);
      expect(
        await dist({ ...linux, env, spawn, fetchImpl: fetchImpl as unknown as typeof fetch, out: captured().out }),
      ).toBe(0);
      expect(fetchImpl).not.toHaveBeenCalled();
      expect(runs).toHaveLength(2);
    }
  });
});

describe('what dist downloads and how it reports a failure', () => {
  it('plans both Electron builds for the universal macOS app, and honours mirrors', () => {
    const mac = plannedDownloads({ ...linux, platform: 'darwin' });
    expect(mac.map((download) => download.what)).toEqual([
      'Electron 45.5.0 for darwin-x64',
      'Electron 45.5.0 for darwin-arm64',
      "electron-builder's packaging tools",
    ]);
    const mirrored = plannedDownloads({
      ...linux,
      platform: 'win32',
      env: {
        ELECTRON_MIRROR: 'https://mirror.example/electron',
        ELECTRON_BUILDER_BINARIES_MIRROR: 'https://m.example/b/',
      },
    });
    expect(mirrored.map((download) => download.url)).toEqual([
      'https://mirror.example/electron/v45.5.0/electron-v45.5.0-win32-x64.zip',
      'https://m.example/b/',
    ]);
  });

  it('tells unreachable, refused, missing and slow hosts apart', async () => {
    const url = 'https://github.com/x.zip';
    expect(await unreachableReason(url, offlineFetch)).toBe(
      'github.com cannot be found: there is no network or no DNS',
    );
    const refused = vi.fn(async () => {
      throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED', message: 'refused' } });
    }) as unknown as typeof fetch;
    expect(await unreachableReason(url, refused)).toBe('github.com refused the connection (ECONNREFUSED)');
    const missing = vi.fn(async () => new Response(null, { status: 404 })) as unknown as typeof fetch;
    expect(await unreachableReason(url, missing)).toBe('the server has no such file (HTTP 404)');
    const slow = vi.fn(async () => {
      throw new DOMException('The operation timed out.', 'TimeoutError');
    }) as unknown as typeof fetch;
    expect(await unreachableReason(url, slow, 5000)).toBe('no answer within 5 s');
    expect(await unreachableReason(url, onlineFetch)).toBeUndefined();
  });

  it('recognises download failures in electron-builder output, and nothing else', () => {
    expect(downloadFailureIn(offlineBuilderOutput)).toBe('github.com cannot be found: there is no network or no DNS');
    expect(downloadFailureIn('⨯ connect ECONNREFUSED 140.82.121.4:443')).toBe('the connection failed (ECONNREFUSED)');
    expect(downloadFailureIn('⨯ cannot download https://x/nsis.7z')).toBe('the download failed');
    expect(downloadFailureIn('⨯ Application entry file "out/main/index.js" does not exist')).toBeUndefined();
    expect(cannotDownloadSentence({ what: 'X', url: 'https://u/' }, 'why')).toMatch(
      /^npm run dist could not download X from https:\/\/u\/ \(why\); /,
    );
  });
});
