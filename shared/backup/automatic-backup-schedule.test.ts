import { describe, expect, it } from 'vitest';
import {
  AUTOMATIC_BACKUP_INTERVAL_MS,
  delayUntilAutomaticBackup,
} from './automatic-backup-schedule';

const HOUR = 60 * 60 * 1000;
const now = Date.UTC(2026, 10, 27, 9, 0);

describe('delayUntilAutomaticBackup', () => {
  it('is due at once without any backup', () => {
    expect(delayUntilAutomaticBackup(null, now)).toBe(0);
  });

  it('is due at once when the newest backup is a day old or more', () => {
    expect(delayUntilAutomaticBackup(now - AUTOMATIC_BACKUP_INTERVAL_MS, now)).toBe(0);
    expect(delayUntilAutomaticBackup(now - 3 * AUTOMATIC_BACKUP_INTERVAL_MS, now)).toBe(0);
  });

  it('waits until a day after a newer backup', () => {
    expect(delayUntilAutomaticBackup(now - 5 * HOUR, now)).toBe(19 * HOUR);
  });

  it('is due at once when the newest backup is dated in the future (the clock went back)', () => {
    expect(delayUntilAutomaticBackup(now + HOUR, now)).toBe(0);
  });
});
