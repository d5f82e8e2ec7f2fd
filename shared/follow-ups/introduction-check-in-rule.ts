// Rule 3: an introduction made some days ago (a setting, 14 by default) with no outcome noted yet:
// ask both people how it went. It appears on the day the delay is over. The app keeps the
// introductions this rule can follow, keyed by when they were made, in unansweredIntroductions
// (see unansweredIntroductionOf), so the Today view counts and pages them without reading all.
import { LIVE, type Introduction } from '../domain/entities';
import type { SuggestedFollowUp } from './suggested-follow-up';
import type { ZonedCalendar } from './zoned-calendar';

export type MadeIntroduction = Pick<
  Introduction,
  'id' | 'aId' | 'bId' | 'status' | 'statusDates' | 'madeAt' | 'outcome' | 'deletedAt'
>;

/** What a check-in's key starts with; the introduction's id follows. */
export const INTRODUCTION_CHECK_IN_KEY = 'intro-check:';

/** An introduction awaiting its outcome, as its Today queue holds it: keyed by [at, id]. */
export type UnansweredIntroduction = MadeIntroduction & { at: number };

const madeAtOf = (introduction: MadeIntroduction) =>
  introduction.statusDates.made ?? introduction.madeAt ?? undefined;

/** The queue row of an introduction this rule may follow, or undefined for any other. */
export function unansweredIntroductionOf(
  introduction: MadeIntroduction,
): UnansweredIntroduction | undefined {
  const { id, aId, bId, status, statusDates, madeAt, outcome, deletedAt } = introduction;
  const at = madeAtOf(introduction);
  if (status !== 'made' || deletedAt !== LIVE || outcome.trim() !== '' || at === undefined) {
    return undefined;
  }
  return { at, id, aId, bId, status, statusDates, madeAt, outcome, deletedAt };
}

export function introductionCheckIns(
  introductions: Iterable<MadeIntroduction>,
  trashedPeople: ReadonlySet<string>,
  calendar: ZonedCalendar,
  delayDays: number,
): SuggestedFollowUp[] {
  const suggestions: SuggestedFollowUp[] = [];
  for (const introduction of introductions) {
    if (introduction.status !== 'made' || introduction.deletedAt !== LIVE) continue;
    if (introduction.outcome.trim() !== '') continue;
    const madeAt = madeAtOf(introduction);
    if (madeAt === undefined) continue;
    if (trashedPeople.has(introduction.aId) || trashedPeople.has(introduction.bId)) continue;
    const dueAt = calendar.addDays(madeAt, delayDays);
    suggestions.push({
      key: `${INTRODUCTION_CHECK_IN_KEY}${introduction.id}`,
      rule: 'intro-check',
      personIds: [introduction.aId, introduction.bId],
      dueAt,
      visibleFrom: dueAt,
      introductionId: introduction.id,
    });
  }
  return suggestions;
}
