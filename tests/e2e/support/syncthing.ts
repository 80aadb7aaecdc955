// Two real Syncthing daemons sharing one folder between two local directories, for the
// end-to-end tests of what the app does with a library that another machine syncs. Everything
// stays on 127.0.0.1: discovery (global and local), relays, NAT traversal, usage reporting,
// auto-upgrade and crash reporting are off, and alice dials bob at bob's own port.
// Each daemon runs in its own process group, under a shell that ends it when this process's end
// of its stdin closes, so neither a forgotten stop(), a thrown error nor a killed test leaves
// one behind; stop() ends the group at once.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { accessSync, constants, closeSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { delimiter, join, resolve } from 'node:path';

export interface SyncthingPeer {
  name: string;
  /** Syncthing's home: config.xml, keys, database, and syncthing.log (its stdout and stderr). */
  home: string;
  /** The synced directory. */
  folder: string;
  guiUrl: string;
  apiKey: string;
  deviceId: string;
}

export interface SyncthingPair {
  alice: SyncthingPeer;
  bob: SyncthingPeer;
  folderId: string;
  /** Resolves once both sides report the folder idle and in sync (no needed files, same global state), or throws after timeoutMs with what each side says. */
  waitUntilInSync(timeoutMs?: number): Promise<void>;
  /** Pauses / resumes the connection between the two devices (both sides), like taking a laptop offline. */
  pause(): Promise<void>;
  resume(): Promise<void>;
  /** Asks both to rescan the folder now (the tests do not want to wait for the watcher's delay). */
  rescan(): Promise<void>;
  stop(): Promise<void>;
}

/** /usr/bin/syncthing, or the first syncthing on PATH, else undefined. */
export function syncthingPath(): string | undefined {
  const candidates = [
    '/usr/bin/syncthing',
    ...(process.env.PATH ?? '').split(delimiter).map((d) => join(d, 'syncthing')),
  ];
  for (const candidate of candidates) {
    if (!candidate.startsWith('/')) continue;
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

const DEFAULT_WAIT_MS = 30_000;
const REQUEST_MS = 15_000;
const DEVICE_ID = /\b[A-Z2-7]{7}(?:-[A-Z2-7]{7}){7}\b/;

/** Daemons' process groups still running: killed if this process exits without stopping them. */
const liveGroups = new Set<number>();
let exitHandlerInstalled = false;
function killAllOnExit(): void {
  if (exitHandlerInstalled) return;
  exitHandlerInstalled = true;
  process.on('exit', () => {
    for (const pgid of liveGroups) killGroup(pgid, 'SIGKILL');
  });
}

function killGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // already gone
  }
}

/** The command-line style: v1.16 and later have subcommands (`generate`, `serve`); older v1.x take `-generate=DIR` and run by default. */
function hasSubcommands(bin: string): boolean {
  const help = spawnSync(bin, ['--help'], { encoding: 'utf8', timeout: 15_000 });
  return /^\s+generate\b/m.test(`${help.stdout}${help.stderr}`);
}

function run(bin: string, args: string[], env: NodeJS.ProcessEnv): string {
  const result = spawnSync(bin, args, { encoding: 'utf8', env, timeout: 60_000 });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.status !== 0) {
    throw new Error(
      `${bin} ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status}`}):\n${output}`,
    );
  }
  return output;
}

function daemonEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, STNODEFAULTFOLDER: '1', STNOUPGRADE: '1', STNORESTART: '1' };
  // Overrides a developer may have set for their own Syncthing would bend these daemons.
  for (const name of ['STGUIADDRESS', 'STGUIAPIKEY', 'STHOMEDIR', 'STCONFDIR', 'STDATADIR', 'STMONITORED']) {
    delete env[name];
  }
  return env;
}

/** Free TCP ports on 127.0.0.1, all held open together so that no two are the same. */
async function freePorts(count: number): Promise<number[]> {
  const servers: Server[] = [];
  try {
    const ports: number[] = [];
    for (let i = 0; i < count; i++) {
      const server = createServer();
      servers.push(server);
      await new Promise<void>((done, fail) => {
        server.once('error', fail);
        server.listen(0, '127.0.0.1', () => done());
      });
      ports.push((server.address() as AddressInfo).port);
    }
    return ports;
  } finally {
    await Promise.all(servers.map((server) => new Promise<void>((done) => server.close(() => done()))));
  }
}

function xmlEscape(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

interface PeerPlan extends SyncthingPeer {
  listenPort: number;
  guiPort: number;
  /** The schema version of the generated config.xml, kept so that Syncthing reads ours as its own. */
  configVersion: string;
  /**
   * Whether this side dials the other. Only alice does: when both dial at once (both start, or
   * both resume), Syncthing 1.19 handles its incoming and outgoing connection one after the
   * other, each side waits for the Hello the other has queued, and the link stalls for 20 s
   * (seen in 2 of 4 resumes). One dialer cannot race.
   */
  dials: boolean;
}

/**
 * The whole config.xml. The folder spells out every setting: one read from config.xml does not
 * get the defaults a folder added in the GUI gets (maxConflicts was 0, so no conflict copies).
 */
function configXml(me: PeerPlan, other: PeerPlan, folderId: string): string {
  // Only the dialer knows the other's address: the other, with discovery off, never dials.
  const device = (peer: PeerPlan, address: string): string => `
    <device id="${peer.deviceId}" name="${xmlEscape(peer.name)}" compression="metadata" introducer="false">
        <address>${address}</address>
        <paused>false</paused>
        <autoAcceptFolders>false</autoAcceptFolders>
    </device>`;
  const options: Record<string, string | number | boolean> = {
    listenAddress: `tcp://127.0.0.1:${me.listenPort}`,
    globalAnnounceEnabled: false,
    localAnnounceEnabled: false,
    relaysEnabled: false,
    natEnabled: false,
    urAccepted: -1,
    urSeen: 3,
    autoUpgradeIntervalH: 0,
    upgradeToPreReleases: false,
    crashReportingEnabled: false,
    startBrowser: false,
    announceLANAddresses: false,
    reconnectionIntervalS: 5, // the least Syncthing takes; resume dials at once anyway
    restartOnWakeup: false,
    setLowPriority: false,
  };
  const optionLines = Object.entries(options)
    .map(([name, value]) => `        <${name}>${xmlEscape(String(value))}</${name}>`)
    .join('\n');
  return `<configuration version="${xmlEscape(me.configVersion)}">
    <folder id="${xmlEscape(folderId)}" label="${xmlEscape(folderId)}" path="${xmlEscape(me.folder)}" type="sendreceive" rescanIntervalS="10" fsWatcherEnabled="true" fsWatcherDelayS="1" ignorePerms="false" autoNormalize="true">
        <filesystemType>basic</filesystemType>
        <device id="${me.deviceId}"></device>
        <device id="${other.deviceId}"></device>
        <minDiskFree unit="%">0</minDiskFree>
        <versioning></versioning>
        <copiers>0</copiers>
        <pullerMaxPendingKiB>0</pullerMaxPendingKiB>
        <hashers>0</hashers>
        <order>random</order>
        <ignoreDelete>false</ignoreDelete>
        <scanProgressIntervalS>0</scanProgressIntervalS>
        <pullerPauseS>1</pullerPauseS>
        <maxConflicts>10</maxConflicts>
        <disableSparseFiles>false</disableSparseFiles>
        <disableTempIndexes>false</disableTempIndexes>
        <paused>false</paused>
        <weakHashThresholdPct>25</weakHashThresholdPct>
        <markerName>.stfolder</markerName>
        <copyOwnershipFromParent>false</copyOwnershipFromParent>
        <modTimeWindowS>0</modTimeWindowS>
        <maxConcurrentWrites>2</maxConcurrentWrites>
        <disableFsync>false</disableFsync>
        <blockPullOrder>standard</blockPullOrder>
        <copyRangeMethod>standard</copyRangeMethod>
        <caseSensitiveFS>false</caseSensitiveFS>
        <junctionsAsDirs>false</junctionsAsDirs>
    </folder>${device(me, 'dynamic')}${device(other, me.dials ? `tcp://127.0.0.1:${other.listenPort}` : 'dynamic')}
    <gui enabled="true" tls="false">
        <address>127.0.0.1:${me.guiPort}</address>
        <apikey>${xmlEscape(me.apiKey)}</apikey>
    </gui>
    <options>
${optionLines}
        <minHomeDiskFree unit="%">0</minHomeDiskFree>
    </options>
</configuration>
`;
}

function logTail(peer: SyncthingPeer, lines = 30): string {
  try {
    // Each start logs some twenty database migrations: they would fill a short tail.
    const text = readFileSync(join(peer.home, 'syncthing.log'), 'utf8')
      .trimEnd()
      .split('\n')
      .filter((line) => !line.includes('INFO: Running database migration'));
    return `--- last ${Math.min(lines, text.length)} lines of ${join(peer.home, 'syncthing.log')} ---\n${text.slice(-lines).join('\n')}`;
  } catch (error) {
    return `--- no log at ${join(peer.home, 'syncthing.log')}: ${(error as Error).message} ---`;
  }
}

const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

interface Daemon {
  peer: PeerPlan;
  child: ChildProcess;
  exited: Promise<void>;
  exitCode: () => string | undefined;
}

// The shell keeps a copy of its stdin (a pipe from this process) and ends the daemon when that
// pipe closes, which it does when this process dies however it dies. A TERM to the group reaches
// the daemon directly; the shell outlives it to reap it (and Syncthing's monitor reaps its child),
// so no zombie is left for an init that does not reap. $1 is the binary.
const WATCHDOG = [
  'exec 3<&0',
  '"$@" 3<&- </dev/null & st=$!',
  '(read -r _ <&3; kill -TERM "$st") 2>/dev/null & w=$!',
  'trap \'kill -TERM "$st" 2>/dev/null\' TERM INT HUP',
  'wait "$st"; s=$?',
  'while kill -0 "$st" 2>/dev/null; do wait "$st"; s=$?; done',
  'kill -TERM "$w" 2>/dev/null; wait',
  'exit "$s"',
].join('\n');

function startDaemon(bin: string, subcommands: boolean, peer: PeerPlan): Daemon {
  const args = subcommands
    ? ['serve', `--home=${peer.home}`, '--no-browser', '--no-restart']
    : [`-home=${peer.home}`, '-no-browser', '-no-restart'];
  const log = openSync(join(peer.home, 'syncthing.log'), 'a');
  let child: ChildProcess;
  try {
    child = spawn('/bin/sh', ['-c', WATCHDOG, 'syncthing-watchdog', bin, ...args], {
      detached: true,
      stdio: ['pipe', log, log],
      env: daemonEnv(),
    });
  } finally {
    closeSync(log);
  }
  let code: string | undefined;
  const exited = new Promise<void>((done) => {
    child.once('exit', (status, signal) => {
      code = signal ? `signal ${signal}` : `exit ${status}`;
      if (child.pid) liveGroups.delete(child.pid);
      done();
    });
    child.once('error', (error) => {
      code = `spawn error ${error.message}`;
      done();
    });
  });
  if (child.pid) liveGroups.add(child.pid);
  killAllOnExit();
  // A test that forgets stop() must not keep this process alive: on exit the handler and the
  // closing pipe end the daemon.
  child.unref();
  (child.stdin as Socket | null)?.unref();
  return { peer, child, exited, exitCode: () => code };
}

async function stopDaemon(daemon: Daemon): Promise<void> {
  const pgid = daemon.child.pid;
  if (!pgid) return;
  if (daemon.exitCode() === undefined) {
    killGroup(pgid, 'SIGTERM');
    const ended = await Promise.race([daemon.exited.then(() => true), sleep(10_000).then(() => false)]);
    if (!ended) killGroup(pgid, 'SIGKILL');
    await Promise.race([daemon.exited, sleep(5_000)]);
  }
  // Anything the daemon left in its group (the watchdog's subshell) goes too.
  killGroup(pgid, 'SIGKILL');
  daemon.child.stdin?.destroy();
  liveGroups.delete(pgid);
}

class Rest {
  constructor(private readonly daemon: Daemon) {}

  async call<T>(method: 'GET' | 'POST', path: string, timeoutMs = REQUEST_MS): Promise<T> {
    const { peer } = this.daemon;
    const response = await fetch(`${peer.guiUrl}${path}`, {
      method,
      headers: { 'X-API-Key': peer.apiKey },
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = await response.text();
    if (!response.ok) throw new Error(`${peer.name}: ${method} ${path} answered ${response.status}: ${body.trim()}`);
    return (body ? JSON.parse(body) : undefined) as T;
  }
}

interface FolderStatus {
  state: string;
  error?: string;
  errors?: number;
  pullErrors?: number;
  needFiles: number;
  needTotalItems?: number;
  needDeletes?: number;
  needDirectories?: number;
  needSymlinks?: number;
  globalFiles: number;
  globalDirectories: number;
  globalSymlinks: number;
  globalDeleted: number;
  globalBytes: number;
  inSyncFiles: number;
  localFiles: number;
  /** The local sequence number: it grows with every change to this side's index (`version` in old releases). */
  sequence?: number;
  version?: number;
}

interface Completion {
  completion: number;
  needItems?: number;
  needBytes?: number;
  needDeletes?: number;
  remoteState?: string;
}

interface Connections {
  connections: Record<string, { connected: boolean; paused: boolean }>;
}

/** A daemon is gone: waiting longer cannot help. */
class DaemonEnded extends Error {}

/** Waits for cond to return undefined (ready); otherwise it returns why not, which the thrown error shows. */
async function poll(
  what: string,
  timeoutMs: number,
  cond: () => Promise<string | undefined>,
  tails: () => string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let why = 'not asked yet';
  while (Date.now() < deadline) {
    try {
      const result = await cond();
      if (result === undefined) return;
      why = result;
    } catch (error) {
      // Its message already says which daemon ended and shows the logs.
      if (error instanceof DaemonEnded) throw error;
      why = (error as Error).message;
    }
    await sleep(200);
  }
  throw new Error(`Syncthing: ${what} did not happen within ${timeoutMs} ms: ${why}\n${tails()}`);
}

/** Generates two homes, starts a daemon on each, and resolves once both are connected and the (empty or not) folder is in sync. */
export async function startSyncthingPair(rootDir: string, options: { folderId?: string } = {}): Promise<SyncthingPair> {
  const bin = syncthingPath();
  if (!bin) throw new Error('syncthing is not installed (apt-get install syncthing)');
  const folderId = options.folderId ?? 'debrief';
  const subcommands = hasSubcommands(bin);
  const root = resolve(rootDir);
  const [aliceListen, aliceGui, bobListen, bobGui] = (await freePorts(4)) as [number, number, number, number];

  const plan = (name: string, listenPort: number, guiPort: number, dials: boolean): PeerPlan => {
    const home = join(root, name, 'home');
    const folder = join(root, name, 'folder');
    mkdirSync(home, { recursive: true });
    mkdirSync(join(folder, '.stfolder'), { recursive: true });
    const env = daemonEnv();
    const generated = subcommands
      ? run(bin, ['generate', `--home=${home}`, '--no-default-folder'], env)
      : run(bin, [`-generate=${home}`], env);
    const config = readFileSync(join(home, 'config.xml'), 'utf8');
    const apiKey = /<apikey>([^<]+)<\/apikey>/.exec(config)?.[1];
    const configVersion = /<configuration version="(\d+)"/.exec(config)?.[1];
    // The id: as the daemon prints it, else from generate's output, else the config's first device.
    const printed = spawnSync(
      bin,
      subcommands ? ['serve', `--home=${home}`, '--device-id'] : [`-home=${home}`, '-device-id'],
      {
        encoding: 'utf8',
        env,
        timeout: 30_000,
      },
    );
    const deviceId =
      DEVICE_ID.exec(`${printed.stdout ?? ''}`)?.[0] ??
      DEVICE_ID.exec(generated)?.[0] ??
      /<device id="([^"]+)"/.exec(config)?.[1];
    if (!apiKey || !configVersion || !deviceId) {
      throw new Error(`Syncthing: no API key, config version or device id in ${home}/config.xml:\n${config}`);
    }
    return {
      name,
      home,
      folder,
      guiUrl: `http://127.0.0.1:${guiPort}`,
      apiKey,
      deviceId,
      listenPort,
      guiPort,
      configVersion,
      dials,
    };
  };
  const alicePlan = plan('alice', aliceListen, aliceGui, true);
  const bobPlan = plan('bob', bobListen, bobGui, false);
  for (const [me, other] of [
    [alicePlan, bobPlan],
    [bobPlan, alicePlan],
  ] as const) {
    writeFileSync(join(me.home, 'config.xml'), configXml(me, other, folderId));
  }

  const daemons: Daemon[] = [];
  const stopAll = async (): Promise<void> => {
    await Promise.all(daemons.map((daemon) => stopDaemon(daemon)));
  };
  const peers = (): SyncthingPeer[] =>
    [alicePlan, bobPlan].map(({ listenPort: _l, guiPort: _g, configVersion: _v, dials: _d, ...peer }) => peer);
  const tails = (): string =>
    peers()
      .map((peer) => logTail(peer))
      .join('\n');

  try {
    const launch = async (plan: PeerPlan): Promise<Daemon> => {
      const daemon = startDaemon(bin, subcommands, plan);
      daemons.push(daemon);
      const rest = new Rest(daemon);
      await poll(
        `${plan.name}'s REST API answering /rest/system/ping`,
        30_000,
        async () => {
          if (daemon.exitCode() !== undefined) {
            throw new DaemonEnded(`Syncthing: ${plan.name}'s daemon ended (${daemon.exitCode()})\n${tails()}`);
          }
          await rest.call('GET', '/rest/system/ping', 2_000);
          return undefined;
        },
        tails,
      );
      return daemon;
    };
    // The listener first, so that the dialer's first dial finds it listening: a dial that
    // misses is retried only 1, 2, 4… s later.
    const bobDaemon = await launch(bobPlan);
    const aliceDaemon = await launch(alicePlan);
    const sides = [
      { rest: new Rest(aliceDaemon), me: alicePlan, other: bobPlan, daemon: aliceDaemon },
      { rest: new Rest(bobDaemon), me: bobPlan, other: alicePlan, daemon: bobDaemon },
    ] as const;
    const mustBeRunning = (): void => {
      const dead = sides.filter((side) => side.daemon.exitCode() !== undefined);
      if (dead.length) {
        const what = dead.map((side) => `${side.me.name}'s daemon ended (${side.daemon.exitCode()})`).join('; ');
        throw new DaemonEnded(`Syncthing: ${what}\n${tails()}`);
      }
    };

    const connectionStates = async (): Promise<string[]> =>
      Promise.all(
        sides.map(async (side) => {
          const { connections } = await side.rest.call<Connections>('GET', '/rest/system/connections');
          const link = connections[side.other.deviceId];
          return `${side.me.name}→${side.other.name}: ${link ? (link.connected ? 'connected' : link.paused ? 'paused' : 'not connected') : 'unknown device'}`;
        }),
      );
    const waitForConnections = async (want: 'connected' | 'disconnected', timeoutMs: number): Promise<void> =>
      poll(
        want === 'connected' ? 'the two devices connecting' : 'the two devices disconnecting',
        timeoutMs,
        async () => {
          mustBeRunning();
          const states = await connectionStates();
          const ok = states.every((state) => state.endsWith(': connected') === (want === 'connected'));
          return ok ? undefined : states.join(', ');
        },
        tails,
      );

    const rescan = async (): Promise<void> => {
      mustBeRunning();
      await Promise.all(
        sides.map((side) => side.rest.call('POST', `/rest/db/scan?folder=${encodeURIComponent(folderId)}`, 60_000)),
      );
    };

    /** Why the folder is not in sync yet (undefined when both sides agree it is), and both sides' local sequence numbers. */
    const inSyncNow = async (): Promise<{ why: string | undefined; sequences: string }> => {
      mustBeRunning();
      const q = encodeURIComponent(folderId);
      const reports = await Promise.all(
        sides.map(async (side) => ({
          side,
          status: await side.rest.call<FolderStatus>('GET', `/rest/db/status?folder=${q}`),
          // What this side knows of the other's copy, from the index the other sent it.
          remote: await side.rest.call<Completion>(
            'GET',
            `/rest/db/completion?folder=${q}&device=${encodeURIComponent(side.other.deviceId)}`,
          ),
        })),
      );
      const connections = await connectionStates();
      const problems: string[] = [];
      if (!connections.every((state) => state.endsWith(': connected'))) problems.push(connections.join(', '));
      for (const { side, status, remote } of reports) {
        const need =
          status.needTotalItems ??
          status.needFiles + (status.needDirectories ?? 0) + (status.needSymlinks ?? 0) + (status.needDeletes ?? 0);
        if (status.state !== 'idle') {
          problems.push(`${side.me.name} is ${status.state}${status.error ? ` (${status.error})` : ''}`);
        }
        if (need !== 0) problems.push(`${side.me.name} needs ${need} items`);
        if (status.inSyncFiles !== status.globalFiles) {
          problems.push(`${side.me.name} has ${status.inSyncFiles} of ${status.globalFiles} files in sync`);
        }
        if (remote.completion !== 100 || (remote.needItems ?? 0) !== 0) {
          problems.push(
            `${side.me.name} sees ${side.other.name} at ${remote.completion}% (${remote.needItems ?? '?'} items needed)`,
          );
        }
        const errors = status.pullErrors ?? status.errors ?? 0;
        if (errors > 0) problems.push(`${side.me.name} has ${errors} pull errors`);
      }
      const [a, b] = reports.map((report) => report.status) as [FolderStatus, FolderStatus];
      const globalState = (s: FolderStatus): string =>
        `${s.globalFiles} files, ${s.globalDirectories} dirs, ${s.globalSymlinks} symlinks, ${s.globalDeleted} deleted, ${s.globalBytes} bytes`;
      if (globalState(a) !== globalState(b)) {
        problems.push(`global state differs: alice ${globalState(a)}; bob ${globalState(b)}`);
      }
      return {
        why: problems.length ? problems.join('; ') : undefined,
        sequences: `${a.sequence ?? a.version}/${b.sequence ?? b.version}`,
      };
    };

    const waitUntilInSync = async (timeoutMs = DEFAULT_WAIT_MS): Promise<void> => {
      // A file written just now may not have been noticed yet: scan first, then ask for two
      // agreeing answers in a row so that an index still on its way is not missed. Syncthing
      // notices files it wrote itself (a conflict copy) only when it next scans: so once in sync,
      // scan again and accept only if that changed nothing on either side.
      let scanned = false;
      let agreeing = 0;
      let confirming: string | undefined;
      await poll(
        'the folder getting in sync on both sides',
        timeoutMs,
        async () => {
          if (!scanned) {
            await rescan();
            scanned = true;
          }
          const { why, sequences } = await inSyncNow();
          if (why !== undefined) {
            agreeing = 0;
            confirming = undefined;
            return why;
          }
          agreeing += 1;
          if (agreeing < 2) return 'in sync once, asking again';
          if (confirming === sequences) return undefined;
          confirming = sequences;
          agreeing = 1;
          await rescan();
          return `in sync at sequences ${sequences}, rescanned to confirm`;
        },
        tails,
      );
    };

    const setPaused = async (paused: boolean): Promise<void> => {
      mustBeRunning();
      const action = paused ? 'pause' : 'resume';
      // Resume the side that only listens first: the dialer dials as it resumes, and a dial
      // that a still-paused side rejects is retried only after reconnectionIntervalS. Pause the
      // dialer first, so that it does not redial the moment the other drops the link.
      const order = paused === sides[0].me.dials ? sides : [sides[1], sides[0]];
      for (const side of order) {
        await side.rest.call('POST', `/rest/system/${action}?device=${encodeURIComponent(side.other.deviceId)}`);
      }
      await waitForConnections(paused ? 'disconnected' : 'connected', 30_000);
    };

    await waitForConnections('connected', 30_000);
    await waitUntilInSync(30_000);

    let stopped = false;
    return {
      alice: peers()[0] as SyncthingPeer,
      bob: peers()[1] as SyncthingPeer,
      folderId,
      waitUntilInSync,
      pause: () => setPaused(true),
      resume: () => setPaused(false),
      rescan,
      stop: async () => {
        if (stopped) return;
        stopped = true;
        await stopAll();
      },
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
