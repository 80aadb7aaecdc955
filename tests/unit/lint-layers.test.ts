// Proves the layer rules in eslint.config.js bite: each wrong import arrow fails lint.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer rules', () => {
  it('refuse renderer code importing the main process', async () => {
    const messages = await restrictedImports(
      'renderer/src/lib/bad.ts',
      "import { createHandlers } from '../../../electron/main/handlers';\nvoid createHandlers;\n",
    );
    expect(messages.join()).toMatch(/renderer\/ may import electron\/common/);
  });

  it('refuse renderer code importing Node or Electron', async () => {
    expect(
      await restrictedImports('renderer/src/bad.ts', "import { readFile } from 'node:fs';\nvoid readFile;\n"),
    ).toHaveLength(1);
    expect(
      await restrictedImports('renderer/src/bad.ts', "import { ipcRenderer } from 'electron';\nvoid ipcRenderer;\n"),
    ).toHaveLength(1);
  });

  it('refuse common code importing Node, Electron or another layer', async () => {
    for (const source of ['node:fs', 'path', 'electron', '../main/handlers', '../../renderer/src/lib/route']) {
      const messages = await restrictedImports('electron/common/bad.ts', `import x from '${source}';\nvoid x;\n`);
      expect(messages, source).toHaveLength(1);
      expect(messages[0]).toMatch(/environment-free/);
    }
  });

  it('refuse preload importing Node or main', async () => {
    expect(await restrictedImports('electron/preload/bad.ts', "import fs from 'fs';\nvoid fs;\n")).toHaveLength(1);
    expect(await restrictedImports('electron/preload/bad.ts', "import x from '../main/ipc';\nvoid x;\n")).toHaveLength(
      1,
    );
  });

  it('allow the arrows the conventions allow', async () => {
    expect(
      await restrictedImports(
        'electron/main/ok.ts',
        "import { readFile } from 'node:fs/promises';\nimport { app } from 'electron';\nimport { parseContent } from '../common/content/parse-content';\nvoid [readFile, app, parseContent];\n",
      ),
    ).toEqual([]);
    expect(
      await restrictedImports(
        'renderer/src/ok.ts',
        "import type { RecapItem } from '../../electron/common/domain';\nimport Dexie from 'dexie';\nexport type T = RecapItem;\nvoid Dexie;\n",
      ),
    ).toEqual([]);
    expect(
      await restrictedImports(
        'electron/preload/ok.ts',
        "import { contextBridge } from 'electron';\nimport { messageNames } from '../common/ipc-messages';\nvoid [contextBridge, messageNames];\n",
      ),
    ).toEqual([]);
  });
});
