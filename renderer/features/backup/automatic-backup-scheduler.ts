// The desktop app's daily backup, as a loop over an injected clock: at start it asks for the
// newest backup's time, then waits until a day after it (shared/backup/automatic-backup-schedule),
// at most an hour at a time: timers stop while the computer sleeps, so waking up after a night
// re-checks the clock within the hour instead of a day late. A failed backup is reported and
// tried again an hour later.
import {
  AUTOMATIC_BACKUP_CHECK_MS,
  delayUntilAutomaticBackup,
} from '../../../shared/backup/automatic-backup-schedule';

export interface SchedulerClock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const SYSTEM_CLOCK: SchedulerClock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface AutomaticBackupOptions {
  clock: SchedulerClock;
  /** The creation time of the newest backup on disk, or null when there is none. */
  newestBackupAt(): Promise<number | null>;
  backUp(): Promise<void>;
  onError(error: unknown): void;
}

/** Starts the loop; the returned function stops it. */
export function scheduleAutomaticBackups(options: AutomaticBackupOptions): () => void {
  const { clock } = options;
  let lastBackupAt: number | null = null;
  let handle: unknown = null;
  let stopped = false;

  const wait = (ms: number) => {
    if (!stopped) handle = clock.setTimeout(() => void tick(), ms);
  };

  const tick = async () => {
    const delay = delayUntilAutomaticBackup(lastBackupAt, clock.now());
    if (delay > 0) {
      wait(Math.min(delay, AUTOMATIC_BACKUP_CHECK_MS));
      return;
    }
    try {
      await options.backUp();
      lastBackupAt = clock.now();
      wait(AUTOMATIC_BACKUP_CHECK_MS);
    } catch (error) {
      if (!stopped) options.onError(error);
      wait(AUTOMATIC_BACKUP_CHECK_MS);
    }
  };

  const start = async () => {
    try {
      lastBackupAt = await options.newestBackupAt();
    } catch (error) {
      options.onError(error);
    }
    if (!stopped) await tick();
  };

  void start();
  return () => {
    stopped = true;
    if (handle !== null) clock.clearTimeout(handle);
  };
}
