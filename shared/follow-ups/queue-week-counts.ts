// How many rows each Today queue holds per week of its ordering value (a due date, a meeting
// time, when an introduction was made), kept on write in the queueWeekCounts table. Counting a key
// range in IndexedDB walks every entry in it (about a microsecond each), and "overdue" grows with
// every contact the user lets slide: at 50,000 people it is thousands of entries. With the counts
// per week, a section's count is the sum of the whole weeks it spans plus the rest of it, less
// than a week at either end, counted in the queue itself. Weeks rather than days: reading a record
// costs about ten times as much as counting an entry, and due dates spread over years.
import type { QueueRange } from './today-page';

/** Seven days of UTC time; week n begins at n * WEEK_MS (any fixed length would do). */
export const WEEK_MS = 7 * 86_400_000;

/** One queue's number of rows whose value falls in one week. */
export interface QueueWeekCount {
  queue: string;
  week: number;
  count: number;
}

export const weekOf = (value: number): number => Math.floor(value / WEEK_MS);

/** The change in each week's count when rows with `removed` values go and `added` ones come. */
export function weekCountChanges(
  removed: Iterable<number>,
  added: Iterable<number>,
): Map<number, number> {
  const changes = new Map<number, number>();
  const change = (value: number, by: number) => {
    const week = weekOf(value);
    const next = (changes.get(week) ?? 0) + by;
    if (next === 0) changes.delete(week);
    else changes.set(week, next);
  };
  for (const value of removed) change(value, -1);
  for (const value of added) change(value, 1);
  return changes;
}

/** A range cut into the whole weeks it spans, counted from queueWeekCounts, and the rest. */
export interface RangeByWeeks {
  /** Whole weeks [fromWeek, untilWeek), or undefined when the range spans none. */
  weeks: readonly [fromWeek: number, untilWeek: number] | undefined;
  /** The parts of the range outside those weeks, to count in the queue itself. */
  partial: readonly QueueRange[];
}

export function rangeByWeeks([from, until]: QueueRange): RangeByWeeks {
  if (!(from < until)) return { weeks: undefined, partial: [] };
  const firstWeek = Number.isFinite(from) ? Math.ceil(from / WEEK_MS) : -Infinity;
  const endWeek = Number.isFinite(until) ? Math.floor(until / WEEK_MS) : Infinity;
  if (!(firstWeek < endWeek)) return { weeks: undefined, partial: [[from, until]] };
  const partial: QueueRange[] = [];
  if (from < firstWeek * WEEK_MS) partial.push([from, firstWeek * WEEK_MS]);
  if (endWeek * WEEK_MS < until) partial.push([endWeek * WEEK_MS, until]);
  return { weeks: [firstWeek, endWeek], partial };
}
