// The replacement of a restore (features/backup/restore-backup checks and upgrades the backup
// first): one bulk write (docs/architecture.md, "One write path") that empties every source table
// and adds the backup's rows, in chunks with progress. Any failure (a row the schema refuses, a
// full disk) aborts it and leaves the data exactly as it was. The derived data is rebuilt in bulk
// right after, from the restored rows; tables that are not source tables (the device's change
// feed and bookkeeping, derived tables of older backups) are not restored.
import Dexie from 'dexie';
import type { HallwayDatabase } from '../../db/database';
import { runWrite } from '../run-write';
import { SOURCE_TABLES, type WritableRows } from '../source-tables';
import { bulkProgress } from './bulk-progress';

const WRITE_CHUNK = 10_000;

export type RowsByTable = ReadonlyMap<string, readonly unknown[]>;

export async function replaceAllSources(
  db: HallwayDatabase,
  rowsByTable: RowsByTable,
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  const rowsOf = (table: string) => rowsByTable.get(table) ?? [];
  const written = SOURCE_TABLES.reduce((sum, table) => sum + rowsOf(table).length, 0);
  const readByRebuild = ['people', 'interactions', 'introductions', 'volunteerShifts'];
  const progress = bulkProgress(
    written,
    readByRebuild.reduce((sum, table) => sum + rowsOf(table).length, 0),
    onProgress === undefined
      ? undefined
      : (done, total) => Dexie.ignoreTransaction(() => onProgress(done, total)),
  );
  progress.advance(0);
  await runWrite(
    db,
    async (write) => {
      for (const table of SOURCE_TABLES) await write.clear(table);
      for (const table of SOURCE_TABLES) {
        const rows = rowsOf(table) as readonly WritableRows[typeof table][];
        for (let start = 0; start < rows.length; start += WRITE_CHUNK) {
          const chunk = rows.slice(start, start + WRITE_CHUNK);
          await write.insert(table, chunk);
          progress.advance(chunk.length);
        }
      }
    },
    { derived: 'rebuild', onRebuildProgress: progress.onRebuildProgress },
  );
}
