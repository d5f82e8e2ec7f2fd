// Keeps the unansweredIntroductions table (the introductions rule 3 may follow, keyed by
// [at, id], see unansweredIntroductionOf in shared/follow-ups/introduction-check-in-rule) right
// on every write of introductions, in the same transaction (see derived-table-scope). Each row
// stands for one introduction alone: a write removes the queue rows of the introductions it
// replaces or deletes, then puts those of what it wrote, and counts the change by week (see
// queue-week-counts). Clearing the introductions clears it.
// Written with Dexie's promises and then(), not async/await: the middlewares below this one read
// Dexie's zone (the current transaction), which a native await can lose.
import Dexie, { type DBCore, type Middleware } from 'dexie';
import {
  unansweredIntroductionOf,
  type MadeIntroduction,
} from '../../shared/follow-ups/introduction-check-in-rule';
import { canWrite, transactionWithDerived } from './derived-table-scope';
import {
  countQueueCleared,
  countQueueWrite,
  QUEUE_WEEK_COUNTS,
  type QueueKey,
} from './queue-week-counts';
import { followWrite } from './rows-before-write';

const QUEUE = 'unansweredIntroductions';

/** The queue key an introduction stands under, as a list of none or one (keys are arrays). */
const queueKeysOf = (introduction: MadeIntroduction): QueueKey[] => {
  const row = unansweredIntroductionOf(introduction);
  return row ? [[row.at, row.id]] : [];
};

export const unansweredIntroductionsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'UnansweredIntroductions',
  create: (down) => ({
    ...down,
    transaction: transactionWithDerived(down, 'introductions', QUEUE, QUEUE_WEEK_COUNTS),
    table: (tableName) => {
      const table = down.table(tableName);
      if (tableName !== 'introductions') return table;
      return {
        ...table,
        mutate: (request) => {
          if (!canWrite(request.trans, QUEUE)) return table.mutate(request);
          const queue = down.table(QUEUE);
          const { trans } = request;
          return followWrite<MadeIntroduction>(table, request, {
            cleared: (range) =>
              queue
                .mutate({ trans, type: 'deleteRange', range })
                .then(() => countQueueCleared(down, trans, QUEUE)),
            followed: (before, written) => {
              // A batch may write one id twice: the last write is the one stored.
              const stored = new Map(written.map((row) => [row.id, row])).values();
              const puts = [...stored].flatMap((row) => unansweredIntroductionOf(row) ?? []);
              const deletes = before.flatMap(queueKeysOf);
              // Deletes first: a rewritten introduction may keep its key.
              return (
                deletes.length > 0
                  ? queue.mutate({ trans, type: 'delete', keys: deletes })
                  : Dexie.Promise.resolve()
              )
                .then(() =>
                  puts.length > 0 ? queue.mutate({ trans, type: 'put', values: puts }) : undefined,
                )
                .then(() =>
                  countQueueWrite(
                    down,
                    trans,
                    QUEUE,
                    deletes,
                    puts.map((row) => [row.at, row.id]),
                  ),
                );
            },
          });
        },
      };
    },
  }),
};
