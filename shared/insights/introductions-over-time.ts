// "Introductions made and their outcomes over time": for each month, how many introductions
// reached each step (asked, made, connected, declined), by the date the step was reached
// (statusDates; madeAt for rows older than the dates). An introduction made in March and
// connected in May counts as made in March and as connected in May.
import { LIVE, type Introduction } from '../domain/entities';
import type { ZoneClock } from '../time/zone-clock';
import { monthLocator, type MonthIndex, type MonthRange } from './insight-months';

export type InsightIntroduction = Pick<
  Introduction,
  'status' | 'statusDates' | 'madeAt' | 'deletedAt'
>;

export const INTRODUCTION_STEPS = ['asked', 'made', 'connected', 'declined'] as const;
export type IntroductionStep = (typeof INTRODUCTION_STEPS)[number];

export interface StepMonthCount {
  month: MonthIndex;
  step: IntroductionStep;
  count: number;
}

function reachedAt(introduction: InsightIntroduction, step: IntroductionStep): number | undefined {
  const at = introduction.statusDates[step];
  if (at !== undefined) return at;
  return step === 'made' ? (introduction.madeAt ?? undefined) : undefined;
}

export function introductionsOverTime(
  introductions: Iterable<InsightIntroduction>,
  clock: ZoneClock,
  range: MonthRange,
): StepMonthCount[] {
  const monthOf = monthLocator(clock, range);
  const counts = new Map<string, StepMonthCount>();
  for (const introduction of introductions) {
    if (introduction.deletedAt !== LIVE) continue;
    for (const step of INTRODUCTION_STEPS) {
      const at = reachedAt(introduction, step);
      if (at === undefined) continue;
      const month = monthOf(at);
      if (month === undefined) continue;
      const key = `${month}:${step}`;
      const row = counts.get(key) ?? { month, step, count: 0 };
      row.count += 1;
      counts.set(key, row);
    }
  }
  return [...counts.values()].sort(
    (a, b) =>
      a.month - b.month || INTRODUCTION_STEPS.indexOf(a.step) - INTRODUCTION_STEPS.indexOf(b.step),
  );
}
