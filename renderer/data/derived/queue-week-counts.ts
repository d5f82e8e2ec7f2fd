// queueWeekCounts: how many rows each Today queue (contactDueByDate, unansweredMeetings,
// unansweredIntroductions) holds per week (shared/follow-ups/queue-week-counts). The modules that
// keep a queue report, within a write, which of its keys went and which came (countQueueChange) or
// that they emptied it (countQueueCleared); this module, applied after them, reads the few week
// records those change, once per write, and writes them back. Writes run one at a time, so the
// read-modify-write cannot race. Rebuilt by counting the queues the other modules rebuilt.
import {
  weekCountChanges,
  type QueueWeekCount,
} from '../../../shared/follow-ups/queue-week-counts';
import type { WriteTransaction } from '../write-transaction';
import type { DerivedModule, DerivedTable } from './derived-module';

export const QUEUES = [
  'contactDueByDate',
  'unansweredMeetings',
  'unansweredIntroductions',
] as const;
export type QueueName = (typeof QUEUES)[number];

/** A queue's primary key: its ordering value, then what makes the row unique. */
export type QueueKey = readonly [value: number, id: string];

interface QueueChanges {
  cleared: boolean;
  removed: QueueKey[];
  added: QueueKey[];
}

const pending = (write: WriteTransaction) =>
  write.memo('queueWeekCounts', () => new Map<QueueName, QueueChanges>());

function changesOf(write: WriteTransaction, queue: QueueName): QueueChanges {
  const all = pending(write);
  let changes = all.get(queue);
  if (!changes) all.set(queue, (changes = { cleared: false, removed: [], added: [] }));
  return changes;
}

/** `removed`: keys of `queue` that stood before and no longer do; `added`: keys that now do. */
export function countQueueChange(
  write: WriteTransaction,
  queue: QueueName,
  removed: readonly QueueKey[],
  added: readonly QueueKey[],
): void {
  const changes = changesOf(write, queue);
  changes.removed.push(...removed);
  changes.added.push(...added);
}

/** The queue was emptied in this write (its rows after this are reported as added). */
export function countQueueCleared(write: WriteTransaction, queue: QueueName): void {
  const changes = changesOf(write, queue);
  changes.cleared = true;
  changes.removed = [];
  changes.added = [];
}

async function applyQueue(write: WriteTransaction, queue: QueueName, changes: QueueChanges) {
  const table = write.db.queueWeekCounts;
  if (changes.cleared) {
    await table.where('[queue+week]').between([queue, -Infinity], [queue, Infinity]).delete();
  }
  const perWeek = [
    ...weekCountChanges(
      changes.removed.map(([value]) => value),
      changes.added.map(([value]) => value),
    ),
  ];
  if (perWeek.length === 0) return;
  const stored = await table.bulkGet(perWeek.map(([week]) => [queue, week] as [string, number]));
  const puts: QueueWeekCount[] = [];
  const deletes: [string, number][] = [];
  perWeek.forEach(([week, change], index) => {
    const count = (stored[index]?.count ?? 0) + change;
    if (count > 0) puts.push({ queue, week, count });
    else deletes.push([queue, week]);
  });
  await table.bulkPut(puts);
  await table.bulkDelete(deletes);
}

function countsOf(queue: QueueName, rows: readonly unknown[]): QueueWeekCount[] {
  const values = (rows as Record<string, unknown>[]).map((row) =>
    queue === 'contactDueByDate' ? (row.dueAt as number) : (row.at as number),
  );
  return [...weekCountChanges([], values)].map(([week, count]) => ({ queue, week, count }));
}

export const queueWeekCountsModule: DerivedModule = {
  name: 'queue week counts',
  tables: ['queueWeekCounts'],
  apply: async (write) => {
    for (const [queue, changes] of pending(write)) await applyQueue(write, queue, changes);
  },
  rebuild: (_sources, built) => ({
    tables: {
      queueWeekCounts: QUEUES.flatMap((queue) =>
        countsOf(queue, built[queue as DerivedTable] ?? []),
      ),
    },
  }),
};
