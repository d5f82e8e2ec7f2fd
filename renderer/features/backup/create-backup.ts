// A full backup: every table as dexie-export-import JSON, read in chunks with progress. The
// persisted search index is left out: it is derived from the people, as large as they are, and
// rebuilt after a restore. The exporter is imported on demand so it never weighs on start-up.
import type { HallwayDatabase } from '../../db/database';

/** Tables a backup leaves out (derived data, rebuilt on demand). */
export const TABLES_NOT_BACKED_UP = ['searchIndex'];

export type BackupProgress = (done: number, total: number) => void;

export async function createBackupJson(
  db: HallwayDatabase,
  onProgress?: BackupProgress,
): Promise<string> {
  const { exportDB } = await import('dexie-export-import');
  const blob = await exportDB(db, {
    skipTables: TABLES_NOT_BACKED_UP,
    progressCallback: ({ completedRows, totalRows }) => {
      onProgress?.(completedRows, totalRows ?? 0);
      return true;
    },
  });
  return blob.text();
}
