import { describe, expect, it } from 'vitest';
import { backupRowCount, parseBackup, type BackupSchema } from './parse-backup';

const schema: BackupSchema = {
  databaseName: 'hallway',
  currentVersion: 3,
  tablesAt: (version) =>
    version === 1
      ? new Set(['people', 'events'])
      : version === 2 || version === 3
        ? new Set(['people', 'events', 'searchIndex'])
        : null,
};

function backupText({
  name = 'hallway',
  version = 3,
  people = [{ id: 'p1', displayName: 'Aiko' }] as unknown[],
  extraTable,
}: { name?: string; version?: number; people?: unknown[]; extraTable?: string } = {}) {
  const tables = [
    { name: 'people', schema: 'id', rowCount: people.length },
    { name: 'events', schema: 'id', rowCount: 0 },
    ...(extraTable ? [{ name: extraTable, schema: 'id', rowCount: 0 }] : []),
  ];
  return JSON.stringify({
    formatName: 'dexie',
    formatVersion: 1,
    data: {
      databaseName: name,
      databaseVersion: version,
      tables,
      data: tables.map((table) => ({
        tableName: table.name,
        inbound: true,
        rows: table.name === 'people' ? people : [],
      })),
    },
  });
}

describe('parseBackup', () => {
  it('reads the rows of each table and the schema version', () => {
    const result = parseBackup(backupText({ version: 1 }), schema);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.backup.version).toBe(1);
    expect(backupRowCount(result.backup, 'people')).toBe(1);
    expect(backupRowCount(result.backup, 'events')).toBe(0);
    expect(backupRowCount(result.backup, 'topics')).toBe(0);
  });

  it('accepts a byte order mark before the JSON', () => {
    expect(parseBackup(`\ufeff${backupText()}`, schema).ok).toBe(true);
  });

  it.each([
    ['an empty file', '  \n', 'empty'],
    ['a CSV file', 'Name,Email\nAiko,aiko@example.com\n', 'not-json'],
    ['an image', '\u0089PNG\r\n\u001a\n\u0000\u0000', 'not-json'],
    ['a cut-off backup', backupText().slice(0, 150), 'truncated'],
    ['JSON from another app', '{"contacts":[{"name":"Aiko"}]}', 'foreign'],
    ['a JSON array', '[1,2,3]', 'foreign'],
    ['a Dexie export of another database', backupText({ name: 'todo-app' }), 'foreign'],
    ['a backup with a table Hallway never had', backupText({ extraTable: 'todos' }), 'foreign'],
    [
      'a table the version did not have yet',
      backupText({ version: 1, extraTable: 'searchIndex' }),
      'foreign',
    ],
    ['a version that never existed', backupText({ version: 0 }), 'foreign'],
    ['a backup from a newer Hallway', backupText({ version: 4 }), 'newer-version'],
    ['rows that are not objects', backupText({ people: ['Aiko'] }), 'damaged'],
  ])('refuses %s', (_what, text, problem) => {
    expect(parseBackup(text, schema)).toMatchObject({ ok: false, problem });
  });

  it('refuses a backup whose rows do not match its row counts', () => {
    const text = backupText().replace('"rowCount":1', '"rowCount":2');
    expect(parseBackup(text, schema)).toMatchObject({ ok: false, problem: 'damaged' });
  });
});
