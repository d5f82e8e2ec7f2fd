// Lint rules, including the process boundaries of docs/architecture.md: shared/ is environment-
// neutral (no electron, no node:*, no DOM globals) and renderer/ never reaches for electron or
// node:*; and the one write path: data changes only through renderer/data/writes.
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

// The one write path: outside renderer/data (the write services on runWrite and the derived data
// they keep), the migrations and the tests, no call of a Dexie method that changes data. Matched
// on the shape of the call, so that a Set, a Map, URLSearchParams or classList is left alone: a
// mutating method called on `<anything>.<a table of the database>`, on `<anything>.table(…)`, or
// at the end of a Dexie collection chain (`.where(…).equals(…)`, `.toCollection()`,
// `.filter(…)`…, whose only mutating methods are delete and modify).
const DATABASE_TABLES = [
  'people',
  'events',
  'interactions',
  'introductions',
  'followUps',
  'volunteerShifts',
  'topics',
  'settings',
  'introductionDismissals',
  'duplicateDismissals',
  'relationships',
  'searchIndex',
  'volunteerFigures',
  'volunteerStandings',
  'contactDue',
  'contactDueByDate',
  'latestInteractions',
  'unansweredMeetings',
  'unansweredIntroductions',
  'queueWeekCounts',
  'eventMeetings',
  'changes',
  'localState',
  'syncRows',
  'syncDocuments',
];
const DEXIE_MUTATORS = [
  'add',
  'put',
  'update',
  'delete',
  'bulkAdd',
  'bulkPut',
  'bulkUpdate',
  'bulkDelete',
  'clear',
  'modify',
];
const COLLECTION_STEPS = [
  'where',
  'equals',
  'equalsIgnoreCase',
  'anyOf',
  'anyOfIgnoreCase',
  'noneOf',
  'notEqual',
  'above',
  'aboveOrEqual',
  'below',
  'belowOrEqual',
  'between',
  'inAnyRange',
  'startsWith',
  'startsWithIgnoreCase',
  'startsWithAnyOf',
  'startsWithAnyOfIgnoreCase',
  'toCollection',
  'orderBy',
  'filter',
  'and',
  'or',
  'limit',
  'offset',
  'reverse',
  'until',
  'distinct',
];
const oneOf = (names) => `/^(${names.join('|')})$/`;
const writePathMessage =
  'Change data through a write service in renderer/data/writes (runWrite), not through Dexie.';
const directDatabaseWrites = [
  `CallExpression[callee.property.name=${oneOf(DEXIE_MUTATORS)}][callee.object.type='MemberExpression'][callee.object.property.name=${oneOf(DATABASE_TABLES)}]`,
  `CallExpression[callee.property.name=${oneOf(DEXIE_MUTATORS)}][callee.object.type='CallExpression'][callee.object.callee.property.name='table']`,
  `CallExpression[callee.property.name=/^(delete|modify)$/][callee.object.type='CallExpression'][callee.object.callee.property.name=${oneOf(COLLECTION_STEPS)}]`,
].map((selector) => ({ selector, message: writePathMessage }));

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
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: [
      'renderer/data/**',
      'renderer/db/migrations/**',
      'renderer/**/*.test.{ts,tsx}',
      // The search worker's own cache of its index (searchIndex), not data: exempt until the
      // search index follows the change feed.
      'renderer/features/search/**',
    ],
    rules: { 'no-restricted-syntax': ['error', ...directDatabaseWrites] },
  },
  {
    files: [
      'electron/**/*.ts',
      'server/**/*.ts',
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
