// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { builtinModules } from 'node:module';

/*
 * Layering (ARCHITECTURE.md §4) is enforced here at error level. Do not relax these
 * rules to land a change: move the code to the layer that may do the thing instead.
 * Each layer lists what it must NOT import; paths are matched on the import string,
 * so both relative ('../../renderer/x') and bare imports are caught.
 */
const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

const forbid = (groups) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: groups.paths ?? [],
      patterns: groups.patterns ?? [],
    },
  ],
});

const NODE = { paths: nodeBuiltins.map((name) => ({ name, message: 'Node built-ins are not allowed in this layer (ARCHITECTURE.md §4).' })) };
const ELECTRON = [{ group: ['electron', 'electron/*'], message: 'Only electron/ may import Electron.' }];
const RENDERER = [{ group: ['**/renderer', '**/renderer/**'], message: 'Nothing outside renderer/ may import it.' }];
const HUB = [{ group: ['**/sync/hub', '**/sync/hub/**', '**/hub/**'], message: 'Only the hub imports the hub.' }];
const CLIENT = [{ group: ['**/sync/client', '**/sync/client/**'], message: 'The sync client belongs to the renderer.' }];
const ELECTRON_DIR = [{ group: ['**/electron/**'], message: 'Only electron/ imports electron/.' }];
// Leaving shared/ is detected by depth: a file N folders below shared/ may climb N-1 levels.
const OUTSIDE_SHARED_MSG = 'shared/ is pure: it may import only shared/ and pure libraries.';
const outsideShared = (depth) => [{ group: ['../'.repeat(depth) + '**'], message: OUTSIDE_SHARED_MSG }];

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'data/**', 'test/fixtures/lint/**', 'docs/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  ...[1, 2, 3, 4].map((depth) => ({
    files: [`shared/${'*/'.repeat(depth - 1)}*.ts`],
    rules: {
      ...forbid({ paths: NODE.paths, patterns: [...ELECTRON, ...RENDERER, ...HUB, ...CLIENT, ...ELECTRON_DIR, ...outsideShared(depth)] }),
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'indexedDB', 'process', 'Buffer', 'require'],
    },
  })),
  {
    files: ['electron/main/**/*.ts'],
    rules: forbid({ patterns: [...RENDERER, ...HUB, ...CLIENT] }),
  },
  {
    // The device host stands in for Electron's main process: Node yes, Electron no.
    files: ['electron/device-host/**/*.ts', 'electron/main/services/**/*.ts'],
    rules: forbid({ patterns: [...ELECTRON, ...RENDERER, ...HUB, ...CLIENT] }),
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: forbid({
      paths: NODE.paths,
      patterns: [
        ...RENDERER,
        ...HUB,
        ...CLIENT,
        { group: ['../main', '../main/**'], message: 'The preload only bridges: no main-process code.' },
        { group: ['**/shared/**', '!**/shared/ipc', '!**/shared/ipc/**'], message: 'The preload may import shared/ipc only.' },
      ],
    }),
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: forbid({ paths: NODE.paths, patterns: [...ELECTRON, ...HUB, ...ELECTRON_DIR] }),
  },
  {
    files: ['renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    files: ['sync/client/**/*.ts'],
    rules: forbid({ paths: NODE.paths, patterns: [...ELECTRON, ...RENDERER, ...HUB, ...ELECTRON_DIR] }),
  },
  {
    files: ['sync/hub/**/*.ts'],
    rules: forbid({ patterns: [...ELECTRON, ...RENDERER, ...CLIENT, ...ELECTRON_DIR] }),
  },
);
