// A full backup: every source table as dexie-export-import JSON, read in chunks with progress.
// Left out: the derived tables (rebuilt from the restored sources, see docs/architecture.md), the
// persisted search index (as large as the people it is built from, rebuilt by the search worker)
// and this device's bookkeeping (the change feed, localState and sync's syncRows and syncDocuments: a restore starts them
// afresh).
// restore-backup.test.ts checks that a restore gives back every table, derived ones included, so a
// new derived table cannot be missed.
// The exporter is imported on demand so it never weighs on start-up.
import type { BackupKind } from '../../../shared/backup/backup-kind';
import type { Platform, SaveFileResult } from '../../../shared/platform/platform';
import { recordBackupWritten } from '../../data/backup-record';
import { DERIVED_TABLES } from '../../data/derived/derived-module';
import type Dexie from 'dexie';
import type { HallwayDatabase } from '../../db/database';

/** Tables a backup leaves out (derived data, caches and bookkeeping). */
export const TABLES_NOT_BACKED_UP: string[] = [
  'searchIndex',
  'changes',
  'localState',
  'syncRows',
  'syncDocuments',
  ...DERIVED_TABLES,
];

export type BackupProgress = (done: number, total: number) => void;

/** Any Hallway database will do: the app's, or one opened at its stored version before an upgrade. */
export async function createBackupJson(db: Dexie, onProgress?: BackupProgress): Promise<string> {
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

/**
 * A full backup handed to the platform: the backups folder on the desktop, a download on the web.
 * The kind says why it was made, and so how long the desktop keeps it. Once written, this
 * device's record of backups notes it (Settings, the reminder on Today).
 */
export async function saveBackup(
  db: HallwayDatabase,
  platform: Platform,
  kind: BackupKind,
  onProgress?: BackupProgress,
): Promise<SaveFileResult> {
  const result = await platform.writeBackup(await createBackupJson(db, onProgress), kind);
  if (result.saved) await recordBackupWritten(db, Date.now());
  return result;
}
