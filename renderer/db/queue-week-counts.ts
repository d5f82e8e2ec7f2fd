// Keeps queueWeekCounts (each Today queue's number of rows per week, see
// shared/follow-ups/queue-week-counts) in step with the queues, in the write's own transaction.
// The middlewares that write a queue know which of its keys stood before a write and which stand
// after it (their own invariants, property-tested), so they hand those here and nothing is read
// but the few week counts that change. Those are read, changed and written back one write after
// another in each transaction: two writes issued at once would otherwise both read a week's count
// before either wrote it, and one change would be lost.
// Written with Dexie's promises, like the middlewares that call it (see derived-table-scope).
import Dexie, { type DBCore, type DBCoreRangeType, type DBCoreTransaction } from 'dexie';
import { weekCountChanges, type QueueWeekCount } from '../../shared/follow-ups/queue-week-counts';
import { canWrite } from './derived-table-scope';

export const QUEUE_WEEK_COUNTS = 'queueWeekCounts';
// Dexie declares its range types as an ambient const enum, which isolated modules cannot read.
const RANGE = 2 as DBCoreRangeType;

/** A queue's primary key: its ordering value, then what makes the row unique. */
export type QueueKey = readonly [value: number, id: string];

const inTurn = new WeakMap<DBCoreTransaction, Promise<unknown>>();

/** Runs `task` once every count change issued before it in `trans` has been written. */
function afterEarlierChanges(trans: DBCoreTransaction, task: () => Promise<unknown>) {
  const next = (inTurn.get(trans) ?? Dexie.Promise.resolve()).then(task);
  inTurn.set(trans, next);
  return next;
}

const distinctValues = (keys: readonly QueueKey[]) => [
  ...new Map(keys.map((key) => [`${key[0]}\u0000${key[1]}`, key[0]])).values(),
];

/**
 * Counts a write to `queue`: `before` are the keys it touched that stood before it, `after` those
 * that stand after it (a key in both was rewritten in place).
 */
export function countQueueWrite(
  down: DBCore,
  trans: DBCoreTransaction,
  queue: string,
  before: readonly QueueKey[],
  after: readonly QueueKey[],
): Promise<unknown> {
  if (!canWrite(trans, QUEUE_WEEK_COUNTS)) return Dexie.Promise.resolve();
  const changes = [...weekCountChanges(distinctValues(before), distinctValues(after))];
  if (changes.length === 0) return Dexie.Promise.resolve();
  const counts = down.table(QUEUE_WEEK_COUNTS);
  return afterEarlierChanges(trans, () =>
    counts
      .getMany({ trans, keys: changes.map(([week]) => [queue, week]) })
      .then((stored: (QueueWeekCount | undefined)[]) => {
        const puts: QueueWeekCount[] = [];
        const deletes: [string, number][] = [];
        changes.forEach(([week, change], index) => {
          const count = (stored[index]?.count ?? 0) + change;
          if (count > 0) puts.push({ queue, week, count });
          else deletes.push([queue, week]);
        });
        return Dexie.Promise.all([
          puts.length > 0 ? counts.mutate({ trans, type: 'put', values: puts }) : undefined,
          deletes.length > 0 ? counts.mutate({ trans, type: 'delete', keys: deletes }) : undefined,
        ]);
      }),
  );
}

/** Counts the clearing of `queue`: none of its weeks holds a row any more. */
export function countQueueCleared(
  down: DBCore,
  trans: DBCoreTransaction,
  queue: string,
): Promise<unknown> {
  if (!canWrite(trans, QUEUE_WEEK_COUNTS)) return Dexie.Promise.resolve();
  const range = {
    type: RANGE,
    lower: [queue, -Infinity],
    upper: [queue, Infinity],
    lowerOpen: false,
    upperOpen: false,
  };
  return afterEarlierChanges(trans, () =>
    down.table(QUEUE_WEEK_COUNTS).mutate({ trans, type: 'deleteRange', range }),
  );
}
