// IPC fuzzing: every message of the contract, through the one path every call takes
// (dispatchMessage), with wrong types, huge strings, extra arguments, paths and
// prototype-pollution keys, against the real handlers on a temporary folder. Each call must be
// rejected with an error that names the message, no handler may run, and no file may change.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  dispatchMessage,
  maxFileTextLength,
  maxTeamSegmentLength,
  messageNames,
  type DebriefApi,
  type MessageName,
} from '../../../../electron/common/ipc-contract';
import { createHandlers, type MainHandlers, type MainServices } from '../../../../electron/main/handlers';
import { listTree } from './ipc-tree';

let root: string;
let handlers: DebriefApi;
let real: MainHandlers;
const services = {
  chooseSavePath: vi.fn<MainServices['chooseSavePath']>(async () => undefined),
  chooseExportFolder: vi.fn<MainServices['chooseExportFolder']>(async () => undefined),
  renderPdf: vi.fn<MainServices['renderPdf']>(async () => new Uint8Array()),
  chooseOpenPath: vi.fn<NonNullable<MainServices['chooseOpenPath']>>(async () => undefined),
  chooseRecapPaths: vi.fn<NonNullable<MainServices['chooseRecapPaths']>>(async () => undefined),
  chooseTeamFolder: vi.fn<NonNullable<MainServices['chooseTeamFolder']>>(async () => undefined),
  openInBrowser: vi.fn<MainServices['openInBrowser']>(async () => undefined),
};

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'debrief-ipc-fuzz-'));
  await mkdir(join(root, 'content'));
  await mkdir(join(root, 'user-data', 'backups'), { recursive: true });
  await writeFile(join(root, 'outside.txt'), 'ORIGINAL');
  real = createHandlers(
    {
      contentDir: join(root, 'content'),
      userDataDir: join(root, 'user-data'),
      appInfo: { name: 'Debrief', version: 'test', shell: 'electron' },
    },
    services,
  );
  // Spies that call through, so a test can tell whether a handler ran at all.
  handlers = Object.fromEntries(
    messageNames.map((name) => [
      name,
      vi.fn((...args: unknown[]) => (real[name] as (...values: unknown[]) => unknown)(...args)),
    ]),
  ) as unknown as DebriefApi;
});

beforeEach(() => {
  vi.clearAllMocks();
});

afterAll(async () => {
  await real.close();
  await rm(root, { recursive: true, force: true });
});

const validFilters = [{ name: 'CSV', extensions: ['csv'] }];
const validSave = { title: 'Export', suggestedName: 'actions.csv', filters: validFilters, text: 'a,b' };
const validOpen = { title: 'Import', filters: validFilters };
const validPdf = { title: 'Save the trip report', suggestedName: 'trip-report.pdf', html: '<h1>Trip report</h1>' };
const validNotesFile = { debriefId: 'talk-1', fileName: 'Talk.md', text: '---\ndebrief-id: talk-1\n---\n# Talk\n' };
const validNotes = { title: 'Export to a notes folder', suggestedFolderName: 'KubeCon', files: [validNotesFile] };

/** A valid argument list for each message: the base every mutation starts from. */
const validArguments: Record<MessageName, unknown[]> = {
  getAppInfo: [],
  loadContent: [],
  saveFile: [validSave],
  openFile: [validOpen],
  openRecapFiles: [{ title: 'Import', folder: true }],
  openExternal: ['https://kubernetes.io/'],
  savePdf: [validPdf],
  exportNotesFolder: [validNotes],
  writeBackup: ['{}'],
  listBackups: [],
  readBackup: ['debrief-backup-20240520-090000-000.json'],
  getTeamFolder: [],
  chooseTeamFolder: [],
  joinTeamFolder: [{ folder: '/home/alice/Team', name: 'Alice' }],
  leaveTeamFolder: [],
  readTeamFolder: [{ since: 0, waitMs: 0 }],
  writeTeamSegment: [{ segment: 1, text: '{}\n' }],
  shareTeamImport: [{ name: 'recap.md', bytes: new Uint8Array([35, 32, 104]) }],
  listTeamImports: [],
  readTeamImport: ['alice/imports/recap.md'],
};

const wrongValues: unknown[] = [
  undefined,
  null,
  0,
  -1,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  10n,
  '',
  [],
  {},
  [[]],
  new Date(0),
  new Uint8Array([1, 2, 3]),
  new Map([['title', 'x']]),
  { toString: 'x' },
];

const pollutingKeys = ['__proto__', 'constructor', 'prototype'];

/** Objects whose own keys try to reach Object.prototype (JSON.parse makes `__proto__` an own key, as IPC does). */
function polluted(base: object): object[] {
  return pollutingKeys.flatMap((key) => [
    JSON.parse(JSON.stringify({ ...base }).replace(/^\{/, `{"${key}":{"polluted":true},`)),
    JSON.parse(`{"${key}":{"prototype":{"polluted":true}}}`),
  ]);
}

/** Argument lists no message may accept, built from its valid list. */
function hostileArgumentLists(name: MessageName): unknown[][] {
  const valid = validArguments[name];
  const lists: unknown[][] = [
    [...valid, 'extra'],
    [...valid, ...valid, {}],
    [...valid, { __proto__: { polluted: true } }],
  ];
  if (valid.length === 0) return lists;
  const [first] = valid;
  // A string is the right type for a message that takes one; its handler judges the content (tested below).
  const wrongForFirst = wrongValues.filter((value) => typeof value !== typeof first);
  for (const value of wrongForFirst) lists.push([value]);
  for (const value of pollutingKeys.map((key) => ({ [key]: 'x' }))) lists.push([value]);
  if (typeof first !== 'string') for (const key of pollutingKeys) lists.push([key]);
  if (typeof first === 'object' && first !== null) {
    for (const object of polluted(first)) lists.push([object]);
    for (const field of Object.keys(first)) {
      // Text, HTML and folders may be long: for them the wrong value is a type JSON cannot even carry.
      const wrongLength = field === 'text' || field === 'html' || field === 'folder' ? 42n : 'x'.repeat(300);
      // An empty list is a valid list of files: for a list field, a list of the wrong thing instead.
      const isList = Array.isArray((first as Record<string, unknown>)[field]);
      // 42 is a valid count or version: for a number field, numbers it may not be instead.
      const wrongNumbers = typeof (first as Record<string, unknown>)[field] === 'number' ? [-1, 1.5, 1e300] : [42];
      for (const wrong of [undefined, null, ...wrongNumbers, {}, isList ? [42] : [], wrongLength]) {
        lists.push([{ ...first, [field]: wrong }]);
      }
    }
    lists.push([{ ...first, path: '/etc/passwd' }], [{ ...first, defaultPath: '../../outside.txt' }]);
  }
  return lists;
}

async function expectRefused(name: unknown, args: unknown, label: string): Promise<void> {
  const attempt = dispatchMessage(handlers, name, args);
  await expect(attempt, label).rejects.toThrow(Error);
  const message = await attempt.catch((error: Error) => error.message);
  // The error says which message was refused, so a log line points at the caller.
  if (typeof name === 'string' && (messageNames as readonly string[]).includes(name)) {
    expect(message, label).toMatch(new RegExp(`^${name}: `));
  } else {
    expect(message, label).toMatch(/^unknown message/);
  }
}

function expectNoHandlerRan(): void {
  for (const name of messageNames) expect(handlers[name], name).not.toHaveBeenCalled();
  expect(services.chooseSavePath).not.toHaveBeenCalled();
  expect(services.chooseExportFolder).not.toHaveBeenCalled();
  expect(services.renderPdf).not.toHaveBeenCalled();
  expect(services.chooseOpenPath).not.toHaveBeenCalled();
  expect(services.chooseRecapPaths).not.toHaveBeenCalled();
  expect(services.chooseTeamFolder).not.toHaveBeenCalled();
  expect(services.openInBrowser).not.toHaveBeenCalled();
}

describe('IPC fuzzing through dispatchMessage', () => {
  it.each(messageNames)('%s refuses wrong types, extra arguments and polluting keys', async (name) => {
    const before = await listTree(root);
    const lists = hostileArgumentLists(name);
    expect(lists.length).toBeGreaterThan(2);
    for (const args of lists) await expectRefused(name, args, `${name}(${show(args)})`);
    for (const notAList of [undefined, null, 'x', 42, { 0: 'x', length: 1 }]) {
      await expectRefused(name, notAList, `${name} with ${String(notAList)}`);
    }
    expectNoHandlerRan();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await listTree(root)).toEqual(before);
  });

  it('refuses huge strings before they reach a handler', async () => {
    const before = await listTree(root);
    const huge = 'x'.repeat(maxFileTextLength + 1);
    await expectRefused('saveFile', [{ ...validSave, text: huge }], 'saveFile with 64 MB + 1 of text');
    await expectRefused('saveFile', [{ ...validSave, title: huge }], 'saveFile with a huge title');
    await expectRefused('saveFile', [{ ...validSave, suggestedName: 'a'.repeat(201) }], 'a long file name');
    await expectRefused('openFile', [{ ...validOpen, title: 'x'.repeat(201) }], 'openFile with a long title');
    await expectRefused(
      'openRecapFiles',
      [{ title: 'x'.repeat(201), folder: false }],
      'openRecapFiles with a long title',
    );
    await expectRefused('openExternal', [`https://example.com/${'a'.repeat(5000)}`], 'a 5 kB URL');
    await expectRefused('readBackup', ['x'.repeat(1_000_000)], 'readBackup with a 1 MB name');
    await expectRefused('readBackup', ['x'.repeat(201)], 'readBackup with a 201-character name');
    await expectRefused('joinTeamFolder', [{ folder: `/${'x'.repeat(5000)}`, name: 'Alice' }], 'a 5 kB folder');
    await expectRefused('joinTeamFolder', [{ folder: '/team', name: huge }], 'joinTeamFolder with a huge name');
    await expectRefused(
      'writeTeamSegment',
      [{ segment: 1, text: 'x'.repeat(maxTeamSegmentLength + 1) }],
      'a segment of 16 MB + 1',
    );
    await expectRefused('readTeamFolder', [{ since: 0, waitMs: 3_600_000 }], 'readTeamFolder waiting an hour');
    expectNoHandlerRan();
    expect(await listTree(root)).toEqual(before);
  });

  it('refuses names that are not messages, prototype names included', async () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'saveFile ', 'SAVEFILE', '', 42]) {
      await expectRefused(name, [], `message ${String(name)}`);
    }
    expectNoHandlerRan();
  });

  it('refuses file names with folders in them: the dialog, not the renderer, decides where files go', async () => {
    const before = await listTree(root);
    for (const suggestedName of ['../outside.txt', '../../etc/passwd', '/etc/passwd', 'C:\\Windows\\x', '..', '.']) {
      await expectRefused('saveFile', [{ ...validSave, suggestedName }], `suggestedName ${suggestedName}`);
    }
    expectNoHandlerRan();
    expect(await listTree(root)).toEqual(before);
  });

  it('reaches the handler with valid arguments but refuses paths and non-web links there', async () => {
    const before = await listTree(root);
    for (const name of [
      '../outside.txt',
      '/etc/passwd',
      '..\\..\\outside.txt',
      'backups/../../outside.txt',
      '__proto__',
    ]) {
      await expect(dispatchMessage(handlers, 'readBackup', [name]), name).rejects.toThrow(
        /is not a backup snapshot name/,
      );
    }
    for (const url of [
      '',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,x',
      'app://debrief/',
      'ms-msdt:x',
    ]) {
      await expect(dispatchMessage(handlers, 'openExternal', [url]), url).rejects.toThrow(
        /only http and https links can be opened/,
      );
    }
    for (const text of ['', 'not json', '{"__proto__":{"polluted":true}}', '{"format":"debrief-backup"}']) {
      await expect(dispatchMessage(handlers, 'writeBackup', [text]), text).rejects.toThrow(/^backup refused: /);
    }
    // A team folder that is not a full path, is missing, or holds the user's data is refused before anything is written.
    for (const folder of ['team', '../outside.txt', join(root, 'missing'), join(root, 'outside.txt'), root]) {
      await expect(dispatchMessage(handlers, 'joinTeamFolder', [{ folder, name: 'Alice' }]), folder).rejects.toThrow(
        /^The team folder/,
      );
    }
    await expect(dispatchMessage(handlers, 'writeTeamSegment', [{ segment: 1, text: '{}\n' }])).rejects.toThrow(
      /^Not sharing with a team/,
    );
    expect(services.openInBrowser).not.toHaveBeenCalled();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await listTree(root)).toEqual(before);
  });
});

function show(args: unknown[]): string {
  return args
    .map((arg) => {
      try {
        return JSON.stringify(arg, (_key, value: unknown) => (typeof value === 'bigint' ? `${value}n` : value))?.slice(
          0,
          60,
        );
      } catch {
        return String(arg);
      }
    })
    .join(', ');
}
