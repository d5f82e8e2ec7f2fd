// This device's record of backups (data/backup-record), live: undefined while loading or before
// the first start wrote it.
import { useLiveQuery } from 'dexie-react-hooks';
import type { BackupRecord } from '../../../shared/backup/backup-reminder';
import { useDatabase } from '../../app/database-context';
import { readBackupRecord } from '../../data/backup-record';

export function useBackupRecord(): BackupRecord | undefined {
  const db = useDatabase();
  return useLiveQuery(() => readBackupRecord(db), [db]);
}
