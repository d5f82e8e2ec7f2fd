// The Today view's three sections, by day in the user's time zone: overdue (due before today),
// due today, and coming up (due in the next COMING_UP_DAYS days). Later ones are not shown.
// Each section is sorted by due date, then by key, so the order is stable between renders.
import { COMING_UP_DAYS, type SuggestedFollowUp } from './suggested-follow-up';
import type { ZonedCalendar } from './zoned-calendar';

export interface TodayFollowUps {
  overdue: SuggestedFollowUp[];
  dueToday: SuggestedFollowUp[];
  comingUp: SuggestedFollowUp[];
}

const byDueThenKey = (a: SuggestedFollowUp, b: SuggestedFollowUp) =>
  a.dueAt - b.dueAt || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

export function classifyFollowUps(
  suggestions: Iterable<SuggestedFollowUp>,
  calendar: ZonedCalendar,
  now: number,
): TodayFollowUps {
  const today = calendar.startOfDay(now);
  const tomorrow = calendar.addDays(now, 1);
  const horizon = calendar.addDays(now, COMING_UP_DAYS + 1);
  const sections: TodayFollowUps = { overdue: [], dueToday: [], comingUp: [] };
  for (const suggestion of suggestions) {
    if (suggestion.dueAt < today) sections.overdue.push(suggestion);
    else if (suggestion.dueAt < tomorrow) sections.dueToday.push(suggestion);
    else if (suggestion.dueAt < horizon) sections.comingUp.push(suggestion);
  }
  sections.overdue.sort(byDueThenKey);
  sections.dueToday.sort(byDueThenKey);
  sections.comingUp.sort(byDueThenKey);
  return sections;
}
