// This device's record of backups (shared/backup/backup-reminder): the last backup written from
// here, since when it keeps count, and until when the reminder is put off. Local state, so a
// restore or another device never brings someone else's dates.
import type { BackupRecord } from '../../shared/backup/backup-reminder';
import type { HallwayDatabase } from '../db/database';

const BACKUP_KEY = 'backup';

export async function readBackupRecord(db: HallwayDatabase): Promise<BackupRecord | undefined> {
  return (await db.localState.get(BACKUP_KEY))?.value as BackupRecord | undefined;
}

async function changeBackupRecord(
  db: HallwayDatabase,
  now: number,
  change: (record: BackupRecord) => Partial<BackupRecord>,
): Promise<void> {
  await db.transaction('rw', db.localState, async () => {
    const record = (await readBackupRecord(db)) ?? {
      lastBackupAt: null,
      since: now,
      remindAfter: null,
    };
    await db.localState.put({ key: BACKUP_KEY, value: { ...record, ...change(record) } });
  });
}

/** Starts the count on this device's first start; changes nothing afterwards. */
export function ensureBackupRecord(db: HallwayDatabase, now: number): Promise<void> {
  return changeBackupRecord(db, now, () => ({}));
}

export function recordBackupWritten(db: HallwayDatabase, at: number): Promise<void> {
  return changeBackupRecord(db, at, () => ({ lastBackupAt: at, remindAfter: null }));
}

export function putOffBackupReminder(db: HallwayDatabase, until: number, now: number) {
  return changeBackupRecord(db, now, () => ({ remindAfter: until }));
}
