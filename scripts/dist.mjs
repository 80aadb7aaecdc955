// `npm run dist`: builds Debrief's installers for this platform (electron-vite build, then
// electron-builder with electron-builder.yml). electron-builder downloads Electron and its
// packaging tools; without network it fails after a minute with a stack trace. So this first
// checks, in seconds, that it can reach what it will download, and otherwise says in one sentence
// what it could not download; if a download still fails mid-build, it says the same sentence
// instead of the trace. Air-gapped builds with a seeded cache set DEBRIEF_DIST_SKIP_NETWORK_CHECK=1.
// The logic is unit-tested with a fake spawn (tests/unit/packaging/dist.test.ts).
import { spawn as nodeSpawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const electronMirrorDefault = 'https://github.com/electron/electron/releases/download/';
const binariesMirrorDefault = 'https://github.com/electron-userland/electron-builder-binaries/releases/download/';

/** How long the reachability check waits for an answer from each host. */
export const reachTimeoutMs = 8000;

const withSlash = (url) => (url.endsWith('/') ? url : `${url}/`);

/** What electron-builder will download for this machine's build, each with a URL to try first. */
export function plannedDownloads({ platform, arch, electronVersion, env }) {
  const electronMirror = withSlash(env.ELECTRON_MIRROR || env.npm_config_electron_mirror || electronMirrorDefault);
  const binariesMirror = withSlash(
    env.ELECTRON_BUILDER_BINARIES_MIRROR || env.npm_config_electron_builder_binaries_mirror || binariesMirrorDefault,
  );
  // The macOS build is universal: it needs Electron for both Intel and Apple silicon.
  const arches = platform === 'darwin' ? ['x64', 'arm64'] : [arch];
  return [
    ...arches.map((electronArch) => ({
      what: `Electron ${electronVersion} for ${platform}-${electronArch}`,
      url: `${electronMirror}v${electronVersion}/electron-v${electronVersion}-${platform}-${electronArch}.zip`,
    })),
    { what: "electron-builder's packaging tools", url: binariesMirror },
  ];
}

/** Why a URL cannot be reached (a short phrase), or undefined when it answers. */
export async function unreachableReason(url, fetchImpl = fetch, timeoutMs = reachTimeoutMs) {
  try {
    const response = await fetchImpl(url, {
      method: 'HEAD',
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    // Mirrors redirect release files to storage (3xx); a host that answers 404 does not have the file.
    return response.status === 404 || response.status === 410
      ? `the server has no such file (HTTP ${response.status})`
      : undefined;
  } catch (error) {
    const cause = error?.cause ?? error;
    if (error?.name === 'TimeoutError' || error?.name === 'AbortError') return `no answer within ${timeoutMs / 1000} s`;
    const host = new URL(url).host;
    if (cause?.code === 'ENOTFOUND' || cause?.code === 'EAI_AGAIN')
      return `${host} cannot be found: there is no network or no DNS`;
    if (cause?.code) return `${host} refused the connection (${cause.code})`;
    return `${host} cannot be reached (${cause?.message ?? String(cause)})`;
  }
}

const downloadFailure =
  /getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (\S+)|\b(ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH)\b|(?:cannot|could not|unable to|failed to) download|dial tcp|no such host/i;

/** The reason a failed electron-builder run could not download something, or undefined if it failed otherwise. */
export function downloadFailureIn(output) {
  const match = downloadFailure.exec(output);
  if (!match) return undefined;
  if (match[1]) return `${match[1]} cannot be found: there is no network or no DNS`;
  if (match[2]) return `the connection failed (${match[2]})`;
  return 'the download failed';
}

/** The one sentence `npm run dist` ends with when it cannot download what it needs. */
export function cannotDownloadSentence(download, reason) {
  return (
    `npm run dist could not download ${download.what} from ${download.url} (${reason}); ` +
    'building installers needs an internet connection, or ELECTRON_MIRROR and ELECTRON_BUILDER_BINARIES_MIRROR ' +
    'set to mirrors you can reach.'
  );
}

/**
 * Runs one command; resolves to its exit code. With `hold`, its output is passed through line by
 * line until `hold` says a line starts a failure report; from there on it is kept back and handed
 * to the caller, who decides whether to show it.
 */
function run(spawn, command, args, { hold, out } = {}) {
  return new Promise((done) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: hold ? ['inherit', 'pipe', 'pipe'] : 'inherit',
      shell: process.platform === 'win32',
    });
    const held = [];
    let holding = false;
    const pass = (stream, write) => {
      let rest = '';
      stream?.setEncoding?.('utf8');
      stream?.on('data', (text) => {
        const lines = (rest + text).split('\n');
        rest = lines.pop() ?? '';
        for (const line of lines) {
          holding ||= hold(line);
          if (holding) held.push(line);
          else write(`${line}\n`);
        }
      });
      stream?.on('end', () => {
        if (!rest) return;
        holding ||= hold(rest);
        if (holding) held.push(rest);
        else write(rest);
      });
    };
    if (hold) {
      pass(child.stdout, out.stdout);
      pass(child.stderr, out.stderr);
    }
    child.on('error', (error) => {
      held.push(`${command} could not start: ${error.message}`);
      done({ code: 1, held });
    });
    child.on('close', (code) => done({ code: code ?? 1, held }));
  });
}

const bin = (name) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);

/** Builds the installers; resolves to the exit code. Every effect comes in through `deps`, for the tests. */
export async function dist({
  spawn = nodeSpawn,
  fetchImpl = fetch,
  env = process.env,
  platform = process.platform,
  arch = process.arch,
  electronVersion = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version,
  args = [],
  out = { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text) },
} = {}) {
  const downloads = plannedDownloads({ platform, arch, electronVersion, env });
  // Node's fetch ignores proxy settings, so behind a proxy the check would fail where electron-builder works.
  const proxied = Boolean(env.HTTPS_PROXY || env.https_proxy || env.HTTP_PROXY || env.http_proxy);
  if (!proxied && env.DEBRIEF_DIST_SKIP_NETWORK_CHECK !== '1') {
    const reasons = await Promise.all(downloads.map((download) => unreachableReason(download.url, fetchImpl)));
    const failed = reasons.findIndex(Boolean);
    if (failed >= 0) {
      out.stderr(`${cannotDownloadSentence(downloads[failed], reasons[failed])}\n`);
      return 1;
    }
  }

  const built = await run(spawn, bin('electron-vite'), ['build']);
  if (built.code !== 0) return built.code;

  // electron-builder reports a failure as a line starting with ⨯, then a stack trace.
  const packaged = await run(spawn, bin('electron-builder'), ['--publish', 'never', ...args], {
    hold: (line) => /^\s*⨯/.test(line),
    out,
  });
  if (packaged.code === 0) {
    for (const line of packaged.held) out.stdout(`${line}\n`);
    return 0;
  }
  const reason = downloadFailureIn(packaged.held.join('\n'));
  if (reason) {
    const host = /getaddrinfo \S+ (\S+)/.exec(packaged.held.join('\n'))?.[1];
    const download = downloads.find((candidate) => host && new URL(candidate.url).host === host) ?? downloads[0];
    out.stderr(`${cannotDownloadSentence(download, reason)}\n`);
  } else {
    for (const line of packaged.held) out.stderr(`${line}\n`);
  }
  return packaged.code;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await dist({ args: process.argv.slice(2) });
}
