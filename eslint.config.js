// Lint rules, including the process boundaries of docs/architecture.md: shared/ is environment-
// neutral (no electron, no node:*, no DOM globals) and renderer/ never reaches for electron or
// node:*.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'fs',
  'fs/promises',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'https',
  'net',
  'url',
  'stream',
  'util',
  'worker_threads',
  'buffer',
  'events',
];
const electronImports = {
  group: ['electron', 'electron/*'],
  message: 'Only electron/ may import Electron.',
};
const nodeImports = {
  // Anchored (leading /) so that a folder such as features/events/ is not taken for 'events'.
  group: ['node:*', ...nodeBuiltins.map((name) => `/${name}`)],
  message: 'Node built-ins belong in electron/ (or in tests and tooling).',
};
const domGlobals = [
  'window',
  'document',
  'navigator',
  'location',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'HTMLElement',
  'Blob',
  'File',
  'FileReader',
  'Worker',
  'Notification',
  'fetch',
  'XMLHttpRequest',
].map((name) => ({ name, message: 'shared/ is environment-neutral: no DOM globals.' }));

export default defineConfig([
  globalIgnores([
    'dist/',
    'release/',
    'node_modules/',
    'test-results/',
    'playwright-report/',
    'coverage/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [electronImports, nodeImports] }],
      'no-restricted-globals': ['error', ...domGlobals],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/**/*.test.{ts,tsx}', 'renderer/vite.config.ts'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [electronImports, nodeImports] }],
    },
  },
  {
    files: [
      'electron/**/*.ts',
      'build/**/*.{js,mjs,ts}',
      'e2e/**/*.ts',
      '*.config.{js,ts}',
      '**/*.test.{ts,tsx}',
      'renderer/vite.config.ts',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['e2e/**/*.ts', 'e2e/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
]);
