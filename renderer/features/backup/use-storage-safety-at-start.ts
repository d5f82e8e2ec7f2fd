// At start: ask for persistent storage (storage-persistence) and start this device's count of days
// without a backup (data/backup-record), for Settings and the reminder on Today.
import { useEffect } from 'react';
import { useDatabase } from '../../app/database-context';
import { ensureBackupRecord } from '../../data/backup-record';
import { ignoreWhenClosed } from '../../db/ignore-when-closed';
import { requestPersistentStorage } from './storage-persistence';

export function useStorageSafetyAtStart(): void {
  const db = useDatabase();
  useEffect(() => {
    void requestPersistentStorage();
    void ensureBackupRecord(db, Date.now()).catch(ignoreWhenClosed);
  }, [db]);
}
