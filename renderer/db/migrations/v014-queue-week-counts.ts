// Version 14: queueWeekCounts, how many rows each Today queue holds per week (see
// shared/follow-ups/queue-week-counts), so a section spanning many weeks is counted from a few
// small records instead of walking every entry. Counted here once from the queues' keys; from
// then on the middlewares that write the queues keep it (see db/queue-week-counts).
import type { Transaction } from 'dexie';
import {
  weekCountChanges,
  type QueueWeekCount,
} from '../../../shared/follow-ups/queue-week-counts';
import type { Migration } from './migration';

const QUEUES = ['contactDueByDate', 'unansweredMeetings', 'unansweredIntroductions'];

async function countsOf(tx: Transaction, queue: string): Promise<QueueWeekCount[]> {
  const keys = await tx.table<unknown, [number, string]>(queue).toCollection().primaryKeys();
  const perWeek = weekCountChanges(
    [],
    keys.map(([value]) => value),
  );
  return [...perWeek].map(([week, count]) => ({ queue, week, count }));
}

export const v014QueueWeekCounts: Migration = {
  version: 14,
  stores: { queueWeekCounts: '[queue+week]' },
  upgrade: async (tx) => {
    const counts = await Promise.all(QUEUES.map((queue) => countsOf(tx, queue)));
    await tx.table('queueWeekCounts').bulkPut(counts.flat());
  },
};
