// The person page's small chart: how many interactions with one person each month, by kind, over
// the last months (in the user's time zone).
import { LIVE, type Interaction, type InteractionKind } from '../domain/entities';
import type { ZoneClock } from '../time/zone-clock';
import { monthLocator, type MonthIndex, type MonthRange } from './insight-months';

export type InsightInteraction = Pick<Interaction, 'at' | 'kind' | 'deletedAt'>;

export interface KindMonthCount {
  month: MonthIndex;
  kind: InteractionKind;
  count: number;
}

export function interactionsPerMonth(
  interactions: Iterable<InsightInteraction>,
  clock: ZoneClock,
  range: MonthRange,
): KindMonthCount[] {
  const monthOf = monthLocator(clock, range);
  const counts = new Map<string, KindMonthCount>();
  for (const { at, kind, deletedAt } of interactions) {
    if (deletedAt !== LIVE) continue;
    const month = monthOf(at);
    if (month === undefined) continue;
    const key = `${month}:${kind}`;
    const row = counts.get(key) ?? { month, kind, count: 0 };
    row.count += 1;
    counts.set(key, row);
  }
  return [...counts.values()].sort((a, b) => a.month - b.month || a.kind.localeCompare(b.kind));
}
