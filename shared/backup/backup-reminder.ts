// When the browser build reminds the user to back up: a week after the last backup made on this
// device (or, with none yet, a week after it started keeping count), unless the reminder was put
// off. In the browser a backup is the only copy outside the browser's storage, which the browser
// may clear.
export const BACKUP_REMINDER_AFTER_MS = 7 * 86_400_000;

/** This device's record of backups (kept in localState, never backed up or synced). */
export interface BackupRecord {
  /** When the last backup was written from this device, or null when none was. */
  lastBackupAt: number | null;
  /** When this device started keeping count: the reminder's start when there is no backup. */
  since: number;
  /** Until when the reminder is put off, or null. */
  remindAfter: number | null;
}

export function isBackupReminderDue(record: BackupRecord | undefined, now: number): boolean {
  if (!record) return false;
  if (record.remindAfter !== null && now < record.remindAfter) return false;
  return now - (record.lastBackupAt ?? record.since) >= BACKUP_REMINDER_AFTER_MS;
}

/** Whole days since the last backup (or since counting started), for the reminder's words. */
export function daysWithoutBackup(record: BackupRecord, now: number): number {
  return Math.floor((now - (record.lastBackupAt ?? record.since)) / 86_400_000);
}
