// The sync status the header shows, from the transport's snapshot and the replicator's backlog.
// A first sync or a reconnection fires an event per document (hundreds), so the reporter gathers
// them and reports at most once per REPORT_DELAY_MS, and only when the status really changed:
// "up to date" keeps the moment it became so, "offline" the moment the socket went down.
import type { SyncStatus } from '../sync-status';
import type { TransportSnapshot } from './sync-transport';

export const REPORT_DELAY_MS = 100;

/**
 * `replicatorBusy`: the replicator is starting, or taking in remote rows, or publishing: "up to
 * date" waits for it, so a new device is not up to date before its rows are in its database.
 */
export function statusOf(
  snapshot: TransportSnapshot,
  replicatorPending: number,
  replicatorBusy: boolean,
  now: number,
): SyncStatus {
  if (snapshot.refusal) return { kind: 'error', reason: snapshot.refusal };
  const pending = snapshot.unsyncedDocuments + replicatorPending;
  if (snapshot.socket === 'offline') {
    return { kind: 'offline', since: snapshot.offlineSince ?? now, pending };
  }
  if (snapshot.socket === 'connecting') return { kind: 'connecting' };
  const allSynced = snapshot.documents > 0 && snapshot.syncedDocuments === snapshot.documents;
  if (allSynced && pending === 0 && !replicatorBusy) return { kind: 'upToDate', at: now };
  const firstSync = snapshot.firstSync;
  return firstSync && firstSync.done < firstSync.total
    ? { kind: 'syncing', pending, firstSync }
    : { kind: 'syncing', pending };
}

/** Whether `next` says nothing new after `previous` (an older "up to date" stays). */
export function sameStatus(previous: SyncStatus, next: SyncStatus): boolean {
  if (previous.kind === 'upToDate' && next.kind === 'upToDate') return true;
  return JSON.stringify(previous) === JSON.stringify(next);
}

export class StatusReporter {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private last: SyncStatus | null = null;

  constructor(
    private readonly compute: () => SyncStatus,
    private readonly report: (status: SyncStatus) => void,
    private readonly delayMs = REPORT_DELAY_MS,
  ) {}

  /** Something changed: report the status shortly, with whatever else changes meanwhile. */
  schedule(): void {
    this.timer ??= setTimeout(() => this.reportNow(), this.delayMs);
  }

  reportNow(): void {
    this.cancel();
    const next = this.compute();
    if (this.last && sameStatus(this.last, next)) return;
    this.last = next;
    this.report(next);
  }

  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
