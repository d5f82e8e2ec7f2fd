// The status from the transport's snapshot: a refusal first, then the socket, then the documents;
// and the reporter stores a status only when it says something new.
import { describe, expect, it, vi } from 'vitest';
import type { SyncStatus } from '../sync-status';
import type { TransportSnapshot } from './sync-transport';
import { StatusReporter, statusOf } from './transport-status';

const connected: TransportSnapshot = {
  socket: 'connected',
  offlineSince: null,
  refusal: null,
  documents: 3,
  syncedDocuments: 3,
  unsyncedDocuments: 0,
  firstSync: null,
};

describe('statusOf', () => {
  it('is up to date once every document synced and nothing waits', () => {
    expect(statusOf(connected, 0, false, 5)).toEqual({ kind: 'upToDate', at: 5 });
    expect(statusOf(connected, 2, false, 5)).toEqual({ kind: 'syncing', pending: 2 });
    expect(statusOf({ ...connected, unsyncedDocuments: 1 }, 2, false, 5)).toEqual({
      kind: 'syncing',
      pending: 3,
    });
  });

  it('is still syncing while the replicator takes rows in', () => {
    expect(statusOf(connected, 0, true, 5)).toEqual({ kind: 'syncing', pending: 0 });
  });

  it('counts a first sync until its last document arrived', () => {
    const first = { ...connected, syncedDocuments: 1, firstSync: { done: 1, total: 3 } };
    expect(statusOf(first, 0, false, 5)).toEqual({
      kind: 'syncing',
      pending: 0,
      firstSync: first.firstSync,
    });
    expect(statusOf({ ...first, firstSync: { done: 3, total: 3 } }, 0, false, 5)).toEqual({
      kind: 'syncing',
      pending: 0,
    });
  });

  it('says offline since the socket went down, with what waits, and a refusal above all', () => {
    const offline = {
      ...connected,
      socket: 'offline' as const,
      offlineSince: 2,
      unsyncedDocuments: 1,
    };
    expect(statusOf(offline, 1, false, 5)).toEqual({ kind: 'offline', since: 2, pending: 2 });
    expect(statusOf({ ...offline, refusal: 'device-revoked' }, 1, false, 5)).toEqual({
      kind: 'error',
      reason: 'device-revoked',
    });
    expect(statusOf({ ...connected, socket: 'connecting' }, 0, false, 5)).toEqual({
      kind: 'connecting',
    });
  });
});

describe('StatusReporter', () => {
  it('reports a burst of changes once, and "up to date" only when it newly is', () => {
    vi.useFakeTimers();
    const reported: SyncStatus[] = [];
    let at = 1;
    const reporter = new StatusReporter(
      () => ({ kind: 'upToDate', at: at++ }),
      (status) => reported.push(status),
      100,
    );
    for (let change = 0; change < 50; change += 1) reporter.schedule();
    vi.advanceTimersByTime(100);
    reporter.schedule();
    vi.advanceTimersByTime(100);
    expect(reported).toEqual([{ kind: 'upToDate', at: 1 }]);
    vi.useRealTimers();
  });
});
