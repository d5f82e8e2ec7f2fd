// A full backup: every table as dexie-export-import JSON, read in chunks with progress. Derived
// tables are left out: the persisted search index (as large as the people it is built from,
// rebuilt by the search worker after a restore) and the tables kept in step with their source
// (volunteer figures and standings, contact due dates, latest interactions, event meetings,
// introductions awaiting an outcome, the queues' counts per week: rebuilt after a restore writes
// their sources). So are this device's change feed and its bookkeeping (changes, localState).
// restore-backup.test.ts checks that a restore gives back every table, derived ones included, so a
// new derived table cannot be missed.
// The exporter is imported on demand so it never weighs on start-up.
import type { Platform, SaveFileResult } from '../../../shared/platform/platform';
import type { HallwayDatabase } from '../../db/database';

/** Tables a backup leaves out (derived data, rebuilt on demand). */
export const TABLES_NOT_BACKED_UP = [
  'searchIndex',
  'volunteerFigures',
  'volunteerStandings',
  'contactDue',
  'contactDueByDate',
  'unansweredMeetings',
  'latestInteractions',
  'eventMeetings',
  'unansweredIntroductions',
  'queueWeekCounts',
  'changes',
  'localState',
];

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

/** A full backup handed to the platform: the backups folder on the desktop, a download on the web. */
export async function saveBackup(
  db: HallwayDatabase,
  platform: Platform,
  onProgress?: BackupProgress,
): Promise<SaveFileResult> {
  return platform.writeBackup(await createBackupJson(db, onProgress));
}
