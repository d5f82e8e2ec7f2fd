// This device's hybrid logical clock (docs/sync.md): a new stamp is later than the wall clock's
// time and than every stamp the device has made or seen, so an edit made after receiving another
// device's edit always wins over it, even when this device's clock is behind. The replicator
// observes every stamp it reads and saves the newest at the end of each step (sync-clock-state),
// so the clock never goes backwards across a restart either.
import { formatStamp, parseStamp, type StampParts } from './stamp';

export class HybridClock {
  private last: Pick<StampParts, 'ms' | 'counter'> = { ms: 0, counter: 0 };

  constructor(
    private readonly deviceId: string,
    private readonly wallClock: () => number = Date.now,
  ) {}

  /** A stamp later than any made or observed before. */
  next(): string {
    const ms = Math.max(this.wallClock(), this.last.ms);
    const counter = ms === this.last.ms ? this.last.counter + 1 : 0;
    this.last = { ms, counter };
    return formatStamp({ ms, counter, deviceId: this.deviceId });
  }

  /** Takes in a stamp read anywhere (a remote entry, this device's saved state). */
  observe(stamp: string): void {
    const { ms, counter } = parseStamp(stamp);
    if (ms > this.last.ms || (ms === this.last.ms && counter > this.last.counter)) {
      this.last = { ms, counter };
    }
  }

  /** The newest stamp made or observed, to save; null before any. */
  latest(): string | null {
    return this.last.ms === 0 && this.last.counter === 0
      ? null
      : formatStamp({ ...this.last, deviceId: this.deviceId });
  }
}
