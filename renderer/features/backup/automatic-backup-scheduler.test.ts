import { describe, expect, it } from 'vitest';
import { scheduleAutomaticBackups, type SchedulerClock } from './automatic-backup-scheduler';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const START = Date.UTC(2026, 10, 27, 8, 0);

/** A clock whose time moves only through advance(), running the timers that fall due. */
function fakeClock() {
  let now = START;
  let timers: { at: number; run: () => void; id: number }[] = [];
  let nextId = 1;
  const settle = async () => {
    for (let round = 0; round < 10; round += 1) await Promise.resolve();
  };
  const clock: SchedulerClock = {
    now: () => now,
    setTimeout: (run, ms) => {
      const id = nextId++;
      timers.push({ at: now + ms, run, id });
      return id;
    },
    clearTimeout: (handle) => {
      timers = timers.filter((timer) => timer.id !== handle);
    },
  };
  return {
    clock,
    settle,
    pending: () => timers.length,
    /** Moves time forward by `ms`, firing due timers in order (each may set the next). */
    async advance(ms: number) {
      const until = now + ms;
      for (;;) {
        const due = timers.filter((timer) => timer.at <= until).sort((a, b) => a.at - b.at)[0];
        if (!due) break;
        timers = timers.filter((timer) => timer !== due);
        now = due.at;
        due.run();
        await settle();
      }
      now = until;
    },
  };
}

function start(newest: number | null, backUp: () => Promise<void> = async () => {}) {
  const fake = fakeClock();
  const backups: number[] = [];
  const errors: unknown[] = [];
  const stop = scheduleAutomaticBackups({
    clock: fake.clock,
    newestBackupAt: async () => newest,
    backUp: async () => {
      await backUp();
      backups.push(fake.clock.now());
    },
    onError: (error) => errors.push(error),
  });
  return { ...fake, backups, errors, stop };
}

describe('scheduleAutomaticBackups', () => {
  it('backs up at start when there is no backup yet, then once a day', async () => {
    const run = start(null);
    await run.settle();
    expect(run.backups).toEqual([START]);

    await run.advance(DAY - HOUR);
    expect(run.backups).toEqual([START]);
    await run.advance(HOUR);
    expect(run.backups).toEqual([START, START + DAY]);
    await run.advance(2 * DAY);
    expect(run.backups).toEqual([START, START + DAY, START + 2 * DAY, START + 3 * DAY]);
  });

  it('backs up at start when the newest backup is over a day old', async () => {
    const run = start(START - DAY - 1);
    await run.settle();
    expect(run.backups).toEqual([START]);
  });

  it('waits until a day after a recent backup', async () => {
    const run = start(START - 5 * HOUR);
    await run.settle();
    expect(run.backups).toEqual([]);
    await run.advance(19 * HOUR - 1);
    expect(run.backups).toEqual([]);
    await run.advance(HOUR);
    expect(run.backups).toEqual([START + 19 * HOUR]);
  });

  it('reports a failed backup and tries again an hour later', async () => {
    let failures = 1;
    const run = start(null, async () => {
      if (failures-- > 0) throw new Error('disk full');
    });
    await run.settle();
    expect(run.backups).toEqual([]);
    expect(run.errors).toEqual([new Error('disk full')]);
    await run.advance(HOUR);
    expect(run.backups).toEqual([START + HOUR]);
  });

  it('stops: no timer left and no further backup', async () => {
    const run = start(START - 2 * HOUR);
    await run.settle();
    run.stop();
    expect(run.pending()).toBe(0);
    await run.advance(3 * DAY);
    expect(run.backups).toEqual([]);
  });
});
