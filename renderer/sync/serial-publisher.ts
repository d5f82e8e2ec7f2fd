// Calls the replicator's publish() one at a time: after every local write (the change feed moved)
// and after every remote update (publish() queues behind the replicator's intake of it, so its end
// says the update reached the database). Requests made while one runs make one more run; requests
// made before the replicator started wait for it, since a publish before start would move the
// feed's reader past changes not yet published. While one runs or waits, the session is busy and
// not "up to date".
import { ignoreWhenClosed } from '../db/ignore-when-closed';

export class SerialPublisher {
  private running: Promise<void> | null = null;
  private requested = false;
  private started = false;

  constructor(
    private readonly publish: () => Promise<void>,
    private readonly onIdle: () => void,
  ) {}

  /** True until the replicator started, and while a publish runs or is asked for. */
  get busy(): boolean {
    return !this.started || this.running !== null || this.requested;
  }

  /** The replicator has started: publishing may begin. */
  start(): void {
    this.started = true;
    if (this.requested) this.request();
    else this.onIdle();
  }

  request(): void {
    this.requested = true;
    if (!this.started || this.running) return;
    this.running = this.run().finally(() => {
      this.running = null;
      this.onIdle();
    });
  }

  /** Resolves once no publish runs; asked-for ones are dropped (the session is stopping). */
  async idle(): Promise<void> {
    this.requested = false;
    await this.running?.catch(() => undefined);
  }

  private async run(): Promise<void> {
    while (this.requested) {
      this.requested = false;
      await this.publish().catch(ignoreWhenClosed);
    }
  }
}
