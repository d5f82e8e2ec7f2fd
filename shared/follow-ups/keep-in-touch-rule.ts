// Rule 2: a person's keep-in-touch cadence has passed since the last interaction. The input is the
// contactDue rows (each live person's due date, kept on write) that fall before the Today horizon:
// one index range of small rows. The key carries the due day, so what the user did with one cycle
// (dismissed it, say) does not hide the next one: logging an interaction moves the due date, and
// with it the key.
import type { SuggestedFollowUp } from './suggested-follow-up';
import type { ZonedCalendar } from './zoned-calendar';

/** A row of the contactDue table: a live person with a cadence, and when they are due. */
export interface ContactDueRow {
  personId: string;
  dueAt: number;
}

export function keepInTouchFollowUps(
  rows: Iterable<ContactDueRow>,
  calendar: ZonedCalendar,
): SuggestedFollowUp[] {
  const suggestions: SuggestedFollowUp[] = [];
  for (const { personId, dueAt } of rows) {
    if (dueAt <= 0) continue;
    suggestions.push({
      key: `cadence:${personId}:${calendar.dayKey(dueAt)}`,
      rule: 'cadence',
      personIds: [personId],
      dueAt,
    });
  }
  return suggestions;
}
