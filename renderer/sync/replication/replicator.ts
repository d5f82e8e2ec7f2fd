// The data side of sync (docs/sync.md, "The client: replication"): moves rows between this
// device's database and the spaces' Yjs documents, which the transport creates, keeps on the
// device and connects to the server. Out: the change feed's reader `sync` publishes local changes
// (publish-changes); in: the documents' `rows` observers collect what other devices set, and the
// entries are merged and applied through the sync write service (ingest-remote-entries). Its own
// Yjs transactions carry the replicator as origin, so its observers skip them; rows it applies are
// recorded with them, so the feed's reader finds nothing to send back. All its work runs in one
// queue: a step in and a step out never interleave.
import type * as Y from 'yjs';
import { latestChangeSeq, readReaderPosition, setReaderPosition } from '../../data/change-feed';
import {
  markSpacePublished,
  readSpacePublished,
  readSyncClock,
  SYNC_READER,
  writeSyncClock,
} from '../../data/sync-replication-state';
import type { HallwayDatabase } from '../../db/database';
import type { SyncSpace } from '../sync-config';
import { rowsOf } from './document-entries';
import { HybridClock } from './hybrid-clock';
import { ingestEntries, type PendingKeys } from './ingest-remote-entries';
import {
  changedRowCount,
  publishSpaceChanges,
  publishSpaceWhole,
  readFeedChanges,
} from './publish-changes';
import type { PublishStep } from './publish-rows';
import type { ReplicationContext } from './replication-context';
import { planOf } from './space-plan';
import { deviceTagOf } from './stamp';

export interface ReplicatorOptions {
  db: HallwayDatabase;
  deviceId: string;
  spaces: SyncSpace[];
  /** The Y.Doc of a document name (the transport creates and connects it on first ask). */
  documentFor(name: string): Y.Doc;
  /** Told of a step that failed (the queue goes on); by default the console. */
  onError?(error: unknown): void;
}

export class Replicator {
  private readonly context: ReplicationContext;
  private readonly onError: (error: unknown) => void;
  private queue: Promise<void> = Promise.resolve();
  private incoming: PendingKeys = new Map();
  private incomingQueued = false;
  private readonly published = new Set<string>();
  private readonly stopObserving: (() => void)[] = [];
  private savedClock: string | null = null;
  private pending = 0;
  private stopped = false;

  constructor(options: ReplicatorOptions) {
    this.context = {
      db: options.db,
      plans: options.spaces.map(planOf),
      clock: new HybridClock(deviceTagOf(options.deviceId)),
      documentFor: options.documentFor,
      origin: this,
    };
    this.onError = options.onError ?? ((error) => console.error('Sync replication failed', error));
  }

  /** Names of every document the spaces need (personal: all tables × shards; shared: its tables). */
  documentNames(): string[] {
    return this.context.plans.flatMap((plan) => plan.documentNames());
  }

  /** Observes the documents, takes in what they hold, publishes local changes since last time. */
  start(): Promise<void> {
    for (const name of this.documentNames()) this.observe(name);
    return this.run(async () => {
      const { db, clock, plans } = this.context;
      const saved = await readSyncClock(db);
      if (saved) clock.observe(saved);
      this.savedClock = saved ?? null;
      for (const plan of plans) {
        if (await readSpacePublished(db, plan.space.spaceId))
          this.published.add(plan.space.spaceId);
      }
      // Local edits made while sync was not running are stamped before remote entries merge in.
      await this.publishFeed();
      await this.ingest();
      await this.publishUnpublishedSpaces();
      await this.publishFeed();
    });
  }

  /** Publishes what the change feed lists since the last publish; call after every local write. */
  publish(): Promise<void> {
    return this.run(() => this.publishFeed());
  }

  /** Local rows changed but not yet set into documents (for the status's pending count). */
  get pendingCount(): number {
    return this.pending;
  }

  stop(): void {
    this.stopped = true;
    for (const unobserve of this.stopObserving.splice(0)) unobserve();
  }

  /** Runs `work` after every step before it; a failed step does not stop the ones after. */
  private run(work: () => Promise<void>): Promise<void> {
    const step = this.queue.then(async () => {
      if (this.stopped) return;
      await work();
      await this.saveClock();
    });
    this.queue = step.catch((error: unknown) => this.onError(error));
    return step;
  }

  private observe(name: string): void {
    const rows = rowsOf(this.context.documentFor(name));
    const observer = (event: Y.YMapEvent<unknown>) => {
      if (event.transaction.origin === this.context.origin) return;
      this.noteIncoming(name, event.keysChanged);
    };
    rows.observe(observer);
    this.stopObserving.push(() => rows.unobserve(observer));
    this.incoming.set(name, null);
  }

  private noteIncoming(name: string, keys: Set<string>): void {
    if (this.incoming.has(name)) {
      const known = this.incoming.get(name);
      for (const key of keys) known?.add(key);
    } else {
      this.incoming.set(name, new Set(keys));
    }
    if (this.incomingQueued) return;
    this.incomingQueued = true;
    void this.run(async () => {
      await this.publishFeed();
      await this.ingest();
    }).catch(() => undefined);
  }

  private async ingest(): Promise<void> {
    this.incomingQueued = false;
    const pending = this.incoming;
    this.incoming = new Map();
    await ingestEntries(this.context, pending);
  }

  private newStep(): PublishStep {
    let stamp: string | undefined;
    return {
      context: this.context,
      stamp: () => (stamp ??= this.context.clock.next()),
      onChecked: (count) => {
        this.pending = Math.max(0, this.pending - count);
      },
    };
  }

  private async publishFeed(): Promise<void> {
    const { db, plans } = this.context;
    const position = await readReaderPosition(db, SYNC_READER);
    if (position === undefined) return;
    const changes = await readFeedChanges(db, position);
    if (changes.through === position && changes.whole.size === 0) return;
    this.pending = changedRowCount(changes);
    const step = this.newStep();
    for (const plan of plans) {
      if (this.published.has(plan.space.spaceId)) await publishSpaceChanges(step, plan, changes);
    }
    await setReaderPosition(db, SYNC_READER, changes.through);
    this.pending = 0;
  }

  private async publishUnpublishedSpaces(): Promise<void> {
    const { db, plans } = this.context;
    const through = await latestChangeSeq(db);
    const step = this.newStep();
    const unpublished = plans.filter((plan) => !this.published.has(plan.space.spaceId));
    const tables = new Set(unpublished.flatMap((plan) => plan.tables));
    for (const table of tables) this.pending += await db.table(table).count();
    for (const plan of unpublished) {
      const { spaceId } = plan.space;
      await publishSpaceWhole(step, plan);
      await markSpacePublished(db, spaceId);
      this.published.add(spaceId);
    }
    if ((await readReaderPosition(db, SYNC_READER)) === undefined) {
      await setReaderPosition(db, SYNC_READER, through);
    }
    this.pending = 0;
  }

  private async saveClock(): Promise<void> {
    const latest = this.context.clock.latest();
    if (latest === null || latest === this.savedClock) return;
    await writeSyncClock(this.context.db, latest);
    this.savedClock = latest;
  }
}
