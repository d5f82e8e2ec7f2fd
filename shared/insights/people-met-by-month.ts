// "People met per month, by event series": for each month, how many people were met at the events
// of each series. A person met at an event counts once for it however many meetings were logged
// (the eventMeetings pairs, renderer/data/derived/event-meetings.ts); the month is the event's, in
// the user's time zone. Only the series with the most people keep their own colour: the rest are
// one "other series" band, so a stack stays readable.
import { LIVE, type HallwayEvent } from '../domain/entities';
import type { ZoneClock } from '../time/zone-clock';
import { monthLocator, type MonthIndex, type MonthRange } from './insight-months';

export type InsightEvent = Pick<HallwayEvent, 'id' | 'name' | 'series' | 'startsAt' | 'deletedAt'>;

/** The series of events that have none. */
export const NO_SERIES = '';
/** The band of the series beyond the ones shown on their own. */
export const OTHER_SERIES = '\u0001other';
export const MAX_SERIES_SHOWN = 6;

export interface SeriesMonthCount {
  month: MonthIndex;
  series: string;
  people: number;
}

/** `series` null: every series; otherwise only that one (NO_SERIES for events without one). */
export function peopleMetByMonth(
  events: Iterable<InsightEvent>,
  peopleMetAt: ReadonlyMap<string, number>,
  clock: ZoneClock,
  range: MonthRange,
  series: string | null,
): SeriesMonthCount[] {
  const monthOf = monthLocator(clock, range);
  const counts = new Map<string, Map<MonthIndex, number>>();
  const totals = new Map<string, number>();
  for (const event of events) {
    if (event.deletedAt !== LIVE) continue;
    if (series !== null && event.series !== series) continue;
    const people = peopleMetAt.get(event.id) ?? 0;
    if (people === 0) continue;
    const month = monthOf(event.startsAt);
    if (month === undefined) continue;
    const byMonth = counts.get(event.series) ?? new Map<MonthIndex, number>();
    byMonth.set(month, (byMonth.get(month) ?? 0) + people);
    counts.set(event.series, byMonth);
    totals.set(event.series, (totals.get(event.series) ?? 0) + people);
  }
  const shown = new Set(
    [...totals]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, MAX_SERIES_SHOWN)
      .map(([name]) => name),
  );
  const merged = new Map<string, number>();
  for (const [name, byMonth] of counts) {
    const band = shown.has(name) ? name : OTHER_SERIES;
    for (const [month, people] of byMonth) {
      const key = `${month}\u0000${band}`;
      merged.set(key, (merged.get(key) ?? 0) + people);
    }
  }
  return [...merged]
    .map(([key, people]) => {
      const [month, band] = key.split('\u0000');
      return { month: Number(month), series: band, people };
    })
    .sort((a, b) => a.month - b.month || a.series.localeCompare(b.series));
}
