// The lint rule of the one write path (eslint.config.js): a Dexie write outside renderer/data is
// an error, a Set's or a Map's method of the same name is not.
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HallwayDatabase } from '../../db/database';

const eslint = new ESLint({ cwd: fileURLToPath(new URL('../../..', import.meta.url)) });

/** The write-path messages ESLint gives `code` as the file at `filePath`. */
async function writePathErrors(code: string, filePath = 'renderer/features/people/example.ts') {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages
    .filter((message) => message.ruleId === 'no-restricted-syntax')
    .map((message) => message.message);
}

const databaseWrites = [
  'db.people.put(person);',
  "this.db.settings.update('ui.language', { value: 'ja' });",
  "db.table('people').bulkAdd(rows);",
  "db.people.where('deletedAt').above(0).delete();",
  "db.interactions.toCollection().modify({ note: '' });",
  'db.followUps.filter((row) => row.done).delete();',
];

describe('the write-path lint rule', () => {
  it.each(databaseWrites)('refuses %s in a feature', async (code) => {
    expect(await writePathErrors(code)).toEqual([expect.stringContaining('renderer/data/writes')]);
  });

  it('knows every table of the database', async () => {
    const tables = new HallwayDatabase('write-path-lint').tables.map((table) => table.name);
    for (const table of tables) {
      expect(await writePathErrors(`db.${table}.clear();`), table).toHaveLength(1);
    }
  });

  it('leaves alone Sets, Maps, URLSearchParams, classList and the write transaction', async () => {
    const code = [
      'const ids = new Set<string>();',
      "ids.add('a');",
      "new Map<string, number>().delete('a');",
      "new URLSearchParams('q=1').delete('q');",
      "document.body.classList.add('busy');",
      "people.add('a');",
      "write.put('people', rows);",
      "write.clear('people');",
    ].join('\n');
    expect(await writePathErrors(code)).toEqual([]);
  });

  it('allows Dexie writes in renderer/data, the migrations and tests', async () => {
    for (const filePath of [
      'renderer/data/derived/example.ts',
      'renderer/db/migrations/v099-example.ts',
      'renderer/features/people/example.test.ts',
    ]) {
      expect(await writePathErrors('db.people.put(person);', filePath), filePath).toEqual([]);
    }
  });
});
