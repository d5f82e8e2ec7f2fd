// Restoring a checked backup (shared/backup/parse-backup.ts) over the app's database.
//
// A backup from the current schema version is written as it is. A backup from an older version
// first goes through the migrations, exactly as the user's own database would have: its rows are
// written into a temporary database opened with the schema of the backup's version, that database
// is closed and opened again with every migration (so each schema change from the backup's
// version on applies to the data), and the upgraded rows are read back; the temporary database is
// then deleted (one left by a restore cut short is removed at a later start,
// db/restore-scratch-databases.ts). Such a backup holds no derived state (localState): its derived
// fields and tables are rebuilt at the next start, the reload that follows a restore.
//
// Every row, upgraded or not, is then checked against the model's row schemas
// (shared/backup/find-invalid-backup-row.ts): one bad row refuses the whole backup with an
// InvalidBackupRowError naming it, before anything is written.
//
// The replacement itself is one bulk write (data/writes/restore-writes): every source table
// emptied and filled with the backup's rows, all or nothing, the derived data rebuilt right after.
// The persisted search index is dropped, and built afresh by the search worker; the app reloads
// after a restore so that every worker starts from the restored data.
import type { Table } from 'dexie';
import Dexie from 'dexie';
import {
  findInvalidBackupRow,
  InvalidBackupRowError,
} from '../../../shared/backup/find-invalid-backup-row';
import type { ParsedBackup } from '../../../shared/backup/parse-backup';
import { replaceAllSources, type RowsByTable } from '../../data/writes/restore-writes';
import { HallwayDatabase } from '../../db/database';
import { migrations as allMigrations } from '../../db/migrations';
import type { Migration } from '../../db/migrations/migration';
import { restoreScratchDatabaseName } from '../../db/restore-scratch-databases';
import { forgetPersistedSearchIndex } from '../search/forget-search-index';
import { TABLES_NOT_BACKED_UP } from './create-backup';

export type RestoreProgress = (done: number, total: number) => void;

export interface RestoreOptions {
  migrations?: readonly Migration[];
  onProgress?: RestoreProgress;
}

export async function restoreBackup(
  db: HallwayDatabase,
  backup: ParsedBackup,
  { migrations = allMigrations, onProgress }: RestoreOptions = {},
): Promise<void> {
  const rows = await prepareRestoredRows(db.name, backup, migrations);
  await replaceAllSources(db, rows, onProgress);
  await forgetPersistedSearchIndex(db);
}

/**
 * The backup's rows at the current schema, checked row by row; nothing of `databaseName` is
 * touched. Throws InvalidBackupRowError for a row the model does not allow.
 */
export async function prepareRestoredRows(
  databaseName: string,
  backup: ParsedBackup,
  migrations: readonly Migration[] = allMigrations,
): Promise<RowsByTable> {
  const currentVersion = migrations.at(-1)?.version;
  // Backups written before derived tables were left out still hold them: never restore those.
  const tables = backup.tables.filter((table) => !TABLES_NOT_BACKED_UP.includes(table.name));
  const rows =
    backup.version === currentVersion
      ? new Map(tables.map((table) => [table.name, table.rows] as const))
      : await upgradeRows(databaseName, { version: backup.version, tables }, migrations);
  const invalid = findInvalidBackupRow(rows);
  if (invalid) throw new InvalidBackupRowError(invalid);
  return rows;
}

async function upgradeRows(
  name: string,
  backup: ParsedBackup,
  migrations: readonly Migration[],
): Promise<RowsByTable> {
  const temporaryName = restoreScratchDatabaseName(name, Date.now());
  const old = new HallwayDatabase(
    temporaryName,
    migrations.filter((migration) => migration.version <= backup.version),
  );
  try {
    await old.open();
    await old.transaction('rw', old.tables, async () => {
      for (const { name: table, rows } of backup.tables) {
        // eslint-disable-next-line no-restricted-syntax -- a temporary database, not the app's: the backup's rows as they were, for the migrations to upgrade
        await old.table(table).bulkAdd([...rows]);
      }
    });
    old.close();
    const upgraded = new HallwayDatabase(temporaryName, migrations);
    await upgraded.open();
    try {
      const rows = new Map<string, readonly unknown[]>();
      for (const table of upgraded.tables as Table[]) {
        if (!TABLES_NOT_BACKED_UP.includes(table.name)) rows.set(table.name, await table.toArray());
      }
      return rows;
    } finally {
      upgraded.close();
    }
  } finally {
    old.close();
    await Dexie.delete(temporaryName);
  }
}
