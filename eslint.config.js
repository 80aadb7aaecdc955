// Lint rules, including who may import whom (see CONVENTIONS.md): a wrong arrow between layers
// fails lint instead of waiting for a review. tests/unit/lint-layers.test.ts proves each rule bites.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const nodeModules = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

/** no-restricted-imports for one layer: the names and folder patterns it must not import. */
function layer(files, { names = [], patterns = [], why }) {
  return {
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: names.map((name) => ({ name, message: why })),
          patterns: patterns.map((group) => ({ group: [group], message: why })),
        },
      ],
    },
  };
}

export default tseslint.config(
  {
    ignores: ['out/', 'dist/', 'release/', 'node_modules/', 'test-results/', 'bench/results/', 'screenshots/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-empty-pattern': 'off',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] } },
  },
  { files: ['renderer/**'], languageOptions: { globals: { ...globals.browser } } },
  layer(['electron/common/**'], {
    names: [...nodeModules, 'electron', 'dexie', 'svelte'],
    patterns: ['**/main/**', '**/preload/**', '**/renderer/**', 'electron/*'],
    why: 'electron/common is environment-free: no Node, Electron, DOM or other layer.',
  }),
  layer(['electron/main/**'], {
    patterns: ['**/renderer/**', '**/preload/**'],
    why: 'electron/main may import electron/common, Node and Electron only.',
  }),
  layer(['electron/preload/**'], {
    names: nodeModules,
    patterns: ['**/main/**', '**/renderer/**'],
    why: 'electron/preload may import electron/common and Electron only.',
  }),
  layer(['renderer/**'], {
    names: [...nodeModules, 'electron'],
    patterns: ['**/electron/main/**', '**/electron/preload/**', 'electron/*'],
    why: 'renderer/ may import electron/common and browser code only: it runs sandboxed, without Node.',
  }),
);
