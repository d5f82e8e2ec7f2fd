// What parseBackup needs to know about Hallway's database: its name, its current schema version,
// and the tables each version had, from the migration list (a null store removes a table).
import type { BackupSchema } from '../../../shared/backup/parse-backup';
import { CURRENT_SCHEMA_VERSION, DEFAULT_DATABASE_NAME } from '../../db/database';
import { migrations as allMigrations } from '../../db/migrations';
import type { Migration } from '../../db/migrations/migration';

export function backupSchema(migrations: readonly Migration[] = allMigrations): BackupSchema {
  return {
    databaseName: DEFAULT_DATABASE_NAME,
    currentVersion: migrations.at(-1)?.version ?? CURRENT_SCHEMA_VERSION,
    tablesAt: (version) => {
      if (!migrations.some((migration) => migration.version === version)) return null;
      const tables = new Set<string>();
      for (const migration of migrations) {
        if (migration.version > version) break;
        for (const [table, store] of Object.entries(migration.stores)) {
          if (store === null) tables.delete(table);
          else tables.add(table);
        }
      }
      return tables;
    },
  };
}
