// Rule 2: a person's keep-in-touch cadence has passed since the last interaction. The input is the
// people whose stored nextContactDueAt falls before the Today horizon (an index range). The key
// carries the due day, so what the user did with one cycle (dismissed it, say) does not hide the
// next one: logging an interaction moves the due date, and with it the key.
import type { SuggestedFollowUp } from './suggested-follow-up';
import type { ZonedCalendar } from './zoned-calendar';

export interface ContactDue {
  id: string;
  nextContactDueAt: number;
}

export function keepInTouchFollowUps(
  people: Iterable<ContactDue>,
  calendar: ZonedCalendar,
): SuggestedFollowUp[] {
  const suggestions: SuggestedFollowUp[] = [];
  for (const person of people) {
    if (person.nextContactDueAt <= 0) continue;
    suggestions.push({
      key: `cadence:${person.id}:${calendar.dayKey(person.nextContactDueAt)}`,
      rule: 'cadence',
      personIds: [person.id],
      dueAt: person.nextContactDueAt,
    });
  }
  return suggestions;
}
