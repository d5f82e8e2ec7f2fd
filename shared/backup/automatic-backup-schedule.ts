// When the desktop app takes its automatic backup: once a day. At start the backup is due when the
// newest backup in the folder is a day old or more (or there is none); while the app runs, a day
// after the last one. A failed attempt is retried an hour later rather than a day.

export const AUTOMATIC_BACKUP_INTERVAL_MS = 24 * 60 * 60 * 1000;
/** How often a running app looks again: after a failure, and after sleep (timers pause). */
export const AUTOMATIC_BACKUP_CHECK_MS = 60 * 60 * 1000;

/** How long to wait before the next automatic backup; 0 means now. */
export function delayUntilAutomaticBackup(lastBackupAt: number | null, now: number): number {
  if (lastBackupAt === null || lastBackupAt > now) return 0;
  return Math.max(0, lastBackupAt + AUTOMATIC_BACKUP_INTERVAL_MS - now);
}
