// Rule 4: a volunteer's shift is over and they attended: say thank you, by the next day. Shifts
// that ended more than RECENT_DAYS ago are not brought up any more. Whether they were thanked is
// what the user stored for the key (a done `thank:<shiftId>` row); see thankKey.
import { LIVE, type VolunteerShift } from '../domain/entities';
import type { SuggestedFollowUp } from './suggested-follow-up';
import { recentSince } from './met-at-event-rule';
import type { ZonedCalendar } from './zoned-calendar';

export type EndedShift = Pick<
  VolunteerShift,
  'id' | 'eventId' | 'personId' | 'endsAt' | 'status' | 'deletedAt'
>;

/** The follow-up key of thanking a volunteer for one shift. */
export function thankKey(shiftId: string): string {
  return `thank:${shiftId}`;
}

export function volunteerThanks(
  shifts: Iterable<EndedShift>,
  trashedPeople: ReadonlySet<string>,
  calendar: ZonedCalendar,
  now: number,
): SuggestedFollowUp[] {
  const since = recentSince(calendar, now);
  const suggestions: SuggestedFollowUp[] = [];
  for (const shift of shifts) {
    if (shift.status !== 'attended' || shift.deletedAt !== LIVE) continue;
    if (shift.endsAt >= now || shift.endsAt < since || trashedPeople.has(shift.personId)) continue;
    suggestions.push({
      key: thankKey(shift.id),
      rule: 'thank',
      personIds: [shift.personId],
      dueAt: calendar.addDays(shift.endsAt, 1),
      visibleFrom: shift.endsAt,
      eventId: shift.eventId,
      shiftId: shift.id,
    });
  }
  return suggestions;
}
