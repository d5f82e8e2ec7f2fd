// "Follow-ups done against due": for each month, how many stored follow-ups fell due in it (by
// dueAt, whatever became of them) and how many were done in it (by the time the row was marked
// done, its updatedAt). Suggestions nobody acted on are not stored (renderer/data/writes/
// follow-ups-writes.ts) and so do not count.
import type { FollowUp } from '../domain/entities';
import type { ZoneClock } from '../time/zone-clock';
import { monthLocator, type MonthIndex, type MonthRange } from './insight-months';

export type InsightFollowUp = Pick<FollowUp, 'dueAt' | 'status' | 'updatedAt'>;

export const FOLLOW_UP_MEASURES = ['due', 'done'] as const;
export type FollowUpMeasure = (typeof FOLLOW_UP_MEASURES)[number];

export interface FollowUpMonthCount {
  month: MonthIndex;
  measure: FollowUpMeasure;
  count: number;
}

export function followUpsByMonth(
  followUps: Iterable<InsightFollowUp>,
  clock: ZoneClock,
  range: MonthRange,
): FollowUpMonthCount[] {
  const monthOf = monthLocator(clock, range);
  const counts = new Map<string, FollowUpMonthCount>();
  const add = (measure: FollowUpMeasure, at: number) => {
    const month = monthOf(at);
    if (month === undefined) return;
    const key = `${month}:${measure}`;
    const row = counts.get(key) ?? { month, measure, count: 0 };
    row.count += 1;
    counts.set(key, row);
  };
  for (const followUp of followUps) {
    add('due', followUp.dueAt);
    if (followUp.status === 'done') add('done', followUp.updatedAt);
  }
  return [...counts.values()].sort(
    (a, b) =>
      a.month - b.month ||
      FOLLOW_UP_MEASURES.indexOf(a.measure) - FOLLOW_UP_MEASURES.indexOf(b.measure),
  );
}
