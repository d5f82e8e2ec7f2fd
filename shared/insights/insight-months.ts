// Calendar months in the user's time zone, the unit every insights chart counts by. A month is an
// index (year × 12 + month − 1) so that ranges are plain number ranges; the zone clock
// (shared/time/zone-clock) decides which month an instant falls in, so an event at 00:30 on the
// 1st in Tokyo counts in that month even where UTC still shows the previous one.
import type { ZoneClock } from '../time/zone-clock';

export type MonthIndex = number;

/** Inclusive: both months count. */
export interface MonthRange {
  from: MonthIndex;
  to: MonthIndex;
}

export function monthIndexOf(year: number, month: number): MonthIndex {
  return year * 12 + (month - 1);
}

/** The month `at` falls in, on the zone's wall clock. */
export function monthIndexAt(clock: ZoneClock, at: number): MonthIndex {
  const { year, month } = clock.wallTimeAt(at);
  return monthIndexOf(year, month);
}

/** The first instant of a month in the zone (midnight of its 1st). */
export function monthStartAt(clock: ZoneClock, index: MonthIndex): number {
  return clock.instantOf({
    year: Math.floor(index / 12),
    month: (index % 12) + 1,
    day: 1,
    hour: 0,
    minute: 0,
  });
}

/** The instants a month range covers: [start of `from`, start of the month after `to`). */
export function instantsOf(clock: ZoneClock, range: MonthRange): [number, number] {
  return [monthStartAt(clock, range.from), monthStartAt(clock, range.to + 1)];
}

/**
 * Which month of `range` an instant falls in (undefined outside it): the same answer as
 * monthIndexAt, found among the range's month boundaries, worked out once, instead of reading the
 * zone's clock at every instant (tens of thousands of rows per chart).
 */
export function monthLocator(
  clock: ZoneClock,
  range: MonthRange,
): (at: number) => MonthIndex | undefined {
  const starts = monthsOf({ from: range.from, to: range.to + 1 }).map((month) =>
    monthStartAt(clock, month),
  );
  return (at) => {
    if (at < starts[0] || at >= starts[starts.length - 1]) return undefined;
    let low = 0;
    let high = starts.length - 1;
    while (high - low > 1) {
      const middle = (low + high) >> 1;
      if (at >= starts[middle]) low = middle;
      else high = middle;
    }
    return range.from + low;
  };
}

/** Every month of the range, oldest first. */
export function monthsOf(range: MonthRange): MonthIndex[] {
  const months: MonthIndex[] = [];
  for (let month = range.from; month <= range.to; month += 1) months.push(month);
  return months;
}

/**
 * The month as a Date at 00:00 UTC on its 1st: only for a chart's time axis and for formatting its
 * name with `timeZone: 'UTC'`, never as an instant of the user's data.
 */
export function monthLabelDate(index: MonthIndex): Date {
  return new Date(Date.UTC(Math.floor(index / 12), index % 12, 1));
}

/** The last `count` months up to and including the month of `now`. */
export function lastMonths(clock: ZoneClock, now: number, count: number): MonthRange {
  const to = monthIndexAt(clock, now);
  return { from: to - count + 1, to };
}
