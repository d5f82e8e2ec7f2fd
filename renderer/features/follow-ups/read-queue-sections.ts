// Reading the Today queues by section (see shared/follow-ups/today-page): each queue is keyed by
// [value, id] (a due date, a meeting time, when an introduction was made), a section is a range
// of that value. A section is counted from its whole weeks' counts (queueWeekCounts) plus the rest
// of it by key, and read only as far as its page, plus the rest of the last row's group.
import type { Collection, Table } from 'dexie';
import { rangeByWeeks } from '../../../shared/follow-ups/queue-week-counts';
import {
  TODAY_SECTIONS,
  type PerSection,
  type QueueRange,
} from '../../../shared/follow-ups/today-page';
import type { HallwayDatabase } from '../../db/database';

/** A queue keyed by [value, id]: a due date or a meeting time and who, or when made and what. */
export type Queue<Row> = Table<Row, [number, string]>;

function inRange<Row>(queue: Queue<Row>, [from, until]: QueueRange): Collection<Row> | undefined {
  if (!(from < until)) return undefined;
  return queue.where(':id').between([from, -Infinity], [until, -Infinity], true, false);
}

/**
 * The first `size` rows of a range, then the rest of the last one's group (rows the rules may
 * order among themselves by something else than the queue's order: one due date, one day).
 */
async function readWindow<Row>(
  queue: Queue<Row>,
  range: QueueRange,
  size: number,
  valueOf: (row: Row) => [number, string],
  groupEnd: (value: number) => number,
): Promise<Row[]> {
  const rows = (await inRange(queue, range)?.limit(size).toArray()) ?? [];
  const last = rows.at(-1);
  if (rows.length < size || !last) return rows;
  const [value, personId] = valueOf(last);
  const end = Math.min(groupEnd(value), range[1]);
  if (!(value < end)) return rows;
  const rest = await queue
    .where(':id')
    .between([value, personId], [end, -Infinity], false, false)
    .toArray();
  return [...rows, ...rest];
}

/** Each section's window of one queue, `extra` rows longer than its page (for the rare rows). */
export function readWindows<Row>(
  queue: Queue<Row>,
  ranges: PerSection<QueueRange>,
  limits: PerSection<number>,
  extra: number,
  valueOf: (row: Row) => [number, string],
  groupEnd: (value: number) => number,
): Promise<Row[]> {
  return Promise.all(
    TODAY_SECTIONS.map((section) =>
      readWindow(queue, ranges[section], limits[section] + extra, valueOf, groupEnd),
    ),
  ).then((windows) => windows.flat());
}

const sum = (numbers: readonly number[]) => numbers.reduce((total, n) => total + n, 0);

/** How many rows of `queue` fall in `range`: its whole weeks from their counts, the rest by key. */
function countInRange<Row>(
  db: HallwayDatabase,
  queue: Queue<Row>,
  range: QueueRange,
): Promise<number> {
  const { weeks, partial } = rangeByWeeks(range);
  const wholeWeeks = weeks
    ? db.queueWeekCounts
        .where(':id')
        .between([queue.name, weeks[0]], [queue.name, weeks[1]], true, false)
        .toArray()
        .then((rows) => sum(rows.map((row) => row.count)))
    : 0;
  return Promise.all([
    wholeWeeks,
    ...partial.map((part) => inRange(queue, part)?.count() ?? 0),
  ]).then(sum);
}

export function countPerSection<Row>(
  db: HallwayDatabase,
  queue: Queue<Row>,
  ranges: PerSection<QueueRange>,
): Promise<PerSection<number>> {
  return Promise.all(
    TODAY_SECTIONS.map((section) => countInRange(db, queue, ranges[section])),
  ).then(([overdue, dueToday, comingUp]) => ({ overdue, dueToday, comingUp }));
}
