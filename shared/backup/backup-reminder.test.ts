import { describe, expect, it } from 'vitest';
import { daysWithoutBackup, isBackupReminderDue, type BackupRecord } from './backup-reminder';

const DAY = 86_400_000;
const record = (changes: Partial<BackupRecord>): BackupRecord => ({
  lastBackupAt: null,
  since: 0,
  remindAfter: null,
  ...changes,
});

describe('isBackupReminderDue', () => {
  it('is due a week after the last backup, not before', () => {
    expect(isBackupReminderDue(record({ lastBackupAt: 10 * DAY }), 17 * DAY - 1)).toBe(false);
    expect(isBackupReminderDue(record({ lastBackupAt: 10 * DAY }), 17 * DAY)).toBe(true);
  });

  it('counts from the first start when there was never a backup', () => {
    expect(isBackupReminderDue(record({ since: 3 * DAY }), 9 * DAY)).toBe(false);
    expect(isBackupReminderDue(record({ since: 3 * DAY }), 10 * DAY)).toBe(true);
    expect(daysWithoutBackup(record({ since: 3 * DAY }), 12 * DAY + 5)).toBe(9);
  });

  it('waits while put off, and is never due without a record', () => {
    const putOff = record({ lastBackupAt: 0, remindAfter: 20 * DAY });
    expect(isBackupReminderDue(putOff, 19 * DAY)).toBe(false);
    expect(isBackupReminderDue(putOff, 20 * DAY)).toBe(true);
    expect(isBackupReminderDue(undefined, 100 * DAY)).toBe(false);
  });
});
