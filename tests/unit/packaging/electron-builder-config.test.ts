// electron-builder.yml, checked the way electron-builder would before it downloads anything: against
// its own JSON schema (app-builder-lib/scheme.json), and for everything it names existing. Also the
// promises the installers make: targets per platform, the content as a resource, the license, and a
// user-data folder that never moves.
import { Ajv } from 'ajv';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { allImportedExtensions } from '../../../electron/common/imported-files';
import { decodePng, readIcns, readIco } from '../../../scripts/icon-files';

const root = resolve(import.meta.dirname, '..', '..', '..');
const require = createRequire(import.meta.url);
/** The parts of electron-builder.yml these tests read. */
interface BuilderConfig {
  appId: string;
  productName: string;
  directories: { buildResources: string };
  files: string[];
  extraResources: { from: string; to: string }[];
  extraMetadata?: { name?: string; productName?: string };
  linux: { target: string[]; icon: string; mimeTypes?: string[] };
  mac: { target: { target: string; arch: string }[]; icon: string; fileAssociations?: FileAssociation[] };
  win: { target: { target: string }[]; icon: string; fileAssociations?: FileAssociation[] };
  nsis: { license: string; deleteAppDataOnUninstall: boolean; include?: string };
  fileAssociations?: FileAssociation[];
}
/** An electron-builder file association. */
interface FileAssociation {
  ext: string | string[];
  name?: string;
  role?: string;
  rank?: string;
}
const config = parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string;
  productName?: string;
  license: string;
  main: string;
  dependencies: Record<string, string>;
};

function validator() {
  const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as object;
  return new Ajv({ allErrors: true, strict: false }).compile(schema);
}

describe("electron-builder.yml against electron-builder's schema", () => {
  it('is valid', () => {
    const validate = validator();
    const valid = validate(config);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('would catch a mistake (the schema really is applied)', () => {
    const validate = validator();
    expect(validate({ ...config, linux: { ...config.linux, target: 42 } })).toBe(false);
    expect(validate({ ...config, unknownOption: true })).toBe(false);
  });
});

describe('everything electron-builder.yml names exists', () => {
  it('has the build resources folder', () => {
    expect(statSync(join(root, config.directories.buildResources)).isDirectory()).toBe(true);
  });

  it('has a Linux icon set with every size desktops use, each PNG really that size', () => {
    const dir = join(root, config.linux.icon);
    const files = readdirSync(dir);
    for (const size of [16, 32, 48, 64, 128, 256, 512]) {
      const name = `${size}x${size}.png`;
      expect(files, name).toContain(name);
      expect(decodePng(readFileSync(join(dir, name))).size, name).toBe(size);
    }
  });

  it('has a Windows .ico with a 256 px image and the small ones', () => {
    const entries = readIco(readFileSync(join(root, config.win.icon)));
    expect(entries.map((entry) => entry.size)).toEqual(expect.arrayContaining([16, 32, 48, 256]));
    for (const entry of entries) expect(decodePng(entry.png).size).toBe(entry.size);
  });

  it('has a macOS .icns with every size up to 1024 px (512 pt @2x)', () => {
    const entries = readIcns(readFileSync(join(root, config.mac.icon)));
    const sizes = new Map(entries.map((entry) => [entry.type, decodePng(entry.data).size]));
    expect(sizes.get('ic10')).toBe(1024);
    expect(sizes.get('ic09')).toBe(512);
    expect(sizes.get('ic07')).toBe(128);
    expect(sizes.get('icp4')).toBe(16);
  });

  it('has every extra resource, and the bundled recap among them', () => {
    for (const resource of config.extraResources) {
      expect(existsSync(join(root, resource.from)), resource.from).toBe(true);
    }
    const content = config.extraResources.find((resource) => resource.from === 'content');
    // electron/main/paths.ts looks for the content at <resources>/content when packaged.
    expect(content?.to).toBe('content');
    expect(
      readdirSync(join(root, 'content')).some((entry) => existsSync(join(root, 'content', entry, 'conference.md'))),
    ).toBe(true);
  });

  it("ships the app's MIT license, shown by the Windows installer and beside the app", () => {
    const license = readFileSync(join(root, config.nsis.license), 'utf8');
    expect(license).toMatch(/^MIT License/);
    expect(packageJson.license).toBe('MIT');
    expect(config.extraResources).toContainEqual({ from: 'LICENSE', to: 'LICENSE.txt' });
  });

  it("packs the built app: package.json's main is inside the files it lists", () => {
    expect(config.files).toEqual(expect.arrayContaining(['out/**', 'package.json']));
    expect(packageJson.main).toMatch(/^out\//);
  });
});

describe('what the installers promise', () => {
  it('builds AppImage and .deb, a universal .dmg, and an NSIS installer plus a portable zip', () => {
    expect(config.appId).toBe('app.debrief.desktop');
    expect(config.productName).toBe('Debrief');
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac.target).toEqual([{ target: 'dmg', arch: 'universal' }]);
    expect(config.win.target.map((target) => target.target)).toEqual(['nsis', 'zip']);
  });

  it('keeps user data on uninstall and upgrade', () => {
    expect(config.nsis.deleteAppDataOnUninstall).toBe(false);
  });

  it('keeps the user-data folder where every earlier version put it', () => {
    // Electron names the user-data folder (~/.config/<name>, %APPDATA%\<name>, ~/Library/Application
    // Support/<name>) after package.json's productName, else its name. Changing either would move
    // it, and the user's IndexedDB with it: the app would open empty.
    expect(packageJson.name).toBe('debrief');
    expect(packageJson.productName).toBeUndefined();
    expect(config.extraMetadata?.name).toBeUndefined();
    expect(config.extraMetadata?.productName).toBeUndefined();
  });

  it('depends at run time only on packages that are installed in the app', () => {
    // Main is bundled with its dependencies left as imports; electron-builder copies only
    // `dependencies` into the app, so a devDependency imported by main would crash the installed app.
    const sources = ['electron/main', 'electron/common'].flatMap((dir) =>
      readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.ts'))
        .map((file) => readFileSync(join(root, dir, file), 'utf8')),
    );
    const imported = new Set(
      sources.flatMap((source) =>
        [...source.matchAll(/^import (?!type )[^'"]*['"]([^'".][^'"]*)['"]/gm)].map(([, name]) => name!),
      ),
    );
    const packages = [...imported].map((name) =>
      (name.startsWith('@') ? name.split('/').slice(0, 2) : name.split('/').slice(0, 1)).join('/'),
    );
    const external = packages.filter(
      (name) => name !== 'electron' && !name.startsWith('node:') && !builtinModules.includes(name),
    );
    expect(external.length).toBeGreaterThan(0);
    for (const name of external) expect(Object.keys(packageJson.dependencies), name).toContain(name);
  });
});

describe('the files the installers offer to open with Debrief', () => {
  // What each extension is on a Linux desktop (shared-mime-info), so the .desktop entry lists it.
  const linuxTypes: Record<string, string[]> = {
    md: ['text/markdown', 'text/x-markdown'],
    markdown: ['text/markdown', 'text/x-markdown'],
    txt: ['text/plain'],
    ics: ['text/calendar'],
    json: ['application/json'],
    xml: ['application/xml', 'text/xml'],
  };

  it('are, on macOS, exactly the ones the open dialogs accept, as a viewer of second rank', () => {
    const associations = config.mac.fileAssociations ?? [];
    expect(associations.flatMap((association) => association.ext)).toEqual(allImportedExtensions);
    for (const association of associations) {
      // Never the default app for Markdown, text, JSON or XML: only an "Open With" choice.
      expect(association).toMatchObject({ role: 'Viewer', rank: 'Alternate' });
      expect(association.name).toBeTruthy();
    }
  });

  it('are, on Linux, existing MIME types covering every extension the dialogs accept', () => {
    const mimeTypes = config.linux.mimeTypes ?? [];
    for (const extension of allImportedExtensions) {
      expect(linuxTypes[extension], `a MIME type for .${extension}`).toBeDefined();
      for (const type of linuxTypes[extension]!) expect(mimeTypes, extension).toContain(type);
    }
    expect(mimeTypes.every((type) => Object.values(linuxTypes).flat().includes(type))).toBe(true);
  });

  it("are, on Windows, registered by build/installer.nsh as supported types, never as the extensions' default", () => {
    // electron-builder's own fileAssociations would set each extension's default class under NSIS.
    expect(config.fileAssociations).toBeUndefined();
    expect(config.win.fileAssociations).toBeUndefined();
    expect(config.nsis.include).toBe('build/installer.nsh');
    const script = readFileSync(join(root, config.nsis.include!), 'utf8');
    const supported = [...script.matchAll(/\\SupportedTypes" "\.([a-z0-9]+)" ""/g)].map(([, extension]) => extension);
    expect(supported).toEqual(allImportedExtensions);
    expect(script).toMatch(/!macro customInstall[\s\S]*!macroend/);
    expect(script).toMatch(
      /!macro customUnInstall\s+DeleteRegKey SHELL_CONTEXT "Software\\Classes\\Applications\\\$\{APP_EXECUTABLE_FILENAME\}"/,
    );
    // Nothing writes an extension's default value: `Software\Classes\.txt` stays the user's.
    expect(script).not.toMatch(/Software\\Classes\\\./);
  });
});
