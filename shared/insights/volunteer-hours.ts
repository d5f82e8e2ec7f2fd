// Volunteer hours for the insights screen: hours per event (the most recent events of the range
// that had volunteers) and the top volunteers of a series. Hours are those of attended shifts, as
// the Volunteers screen counts them (shared/volunteers/volunteer-figures).
import { LIVE, type VolunteerShift } from '../domain/entities';
import type { InsightEvent } from './people-met-by-month';

export type InsightShift = Pick<
  VolunteerShift,
  'eventId' | 'personId' | 'hours' | 'status' | 'deletedAt'
>;

export const MAX_EVENTS_SHOWN = 20;
export const MAX_VOLUNTEERS_SHOWN = 10;

export interface EventHours {
  eventId: string;
  name: string;
  startsAt: number;
  hours: number;
}

export interface VolunteerHours {
  personId: string;
  hours: number;
}

/** Events whose start is in [from, to) and whose series matches (`series` null: any). */
export interface EventScope {
  from: number;
  to: number;
  series: string | null;
}

function inScope(event: InsightEvent | undefined, scope: EventScope): event is InsightEvent {
  return (
    event !== undefined &&
    event.deletedAt === LIVE &&
    event.startsAt >= scope.from &&
    event.startsAt < scope.to &&
    (scope.series === null || event.series === scope.series)
  );
}

function attendedHours(
  shifts: Iterable<InsightShift>,
  eventsById: ReadonlyMap<string, InsightEvent>,
  scope: EventScope,
  keyOf: (shift: InsightShift) => string,
): Map<string, number> {
  const hours = new Map<string, number>();
  for (const shift of shifts) {
    if (shift.status !== 'attended' || shift.deletedAt !== LIVE) continue;
    if (!inScope(eventsById.get(shift.eventId), scope)) continue;
    const key = keyOf(shift);
    hours.set(key, (hours.get(key) ?? 0) + shift.hours);
  }
  return hours;
}

const roundHours = (hours: number) => Math.round(hours * 100) / 100;

/** The latest MAX_EVENTS_SHOWN events in scope with volunteer hours, oldest first. */
export function volunteerHoursByEvent(
  shifts: Iterable<InsightShift>,
  eventsById: ReadonlyMap<string, InsightEvent>,
  scope: EventScope,
): EventHours[] {
  const hours = attendedHours(shifts, eventsById, scope, (shift) => shift.eventId);
  return [...hours]
    .map(([eventId, total]) => {
      const event = eventsById.get(eventId)!;
      return { eventId, name: event.name, startsAt: event.startsAt, hours: roundHours(total) };
    })
    .sort((a, b) => b.startsAt - a.startsAt || a.eventId.localeCompare(b.eventId))
    .slice(0, MAX_EVENTS_SHOWN)
    .reverse();
}

/** The series with the most volunteer hours in scope: the one "top volunteers" shows by default. */
export function busiestVolunteerSeries(
  shifts: Iterable<InsightShift>,
  eventsById: ReadonlyMap<string, InsightEvent>,
  scope: EventScope,
): string | null {
  const hours = attendedHours(
    shifts,
    eventsById,
    scope,
    (shift) => eventsById.get(shift.eventId)!.series,
  );
  hours.delete('');
  const [busiest] = [...hours].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return busiest?.[0] ?? null;
}

/** The MAX_VOLUNTEERS_SHOWN people with the most hours at the events in scope, most first. */
export function topVolunteers(
  shifts: Iterable<InsightShift>,
  eventsById: ReadonlyMap<string, InsightEvent>,
  scope: EventScope,
): VolunteerHours[] {
  const hours = attendedHours(shifts, eventsById, scope, (shift) => shift.personId);
  return [...hours]
    .map(([personId, total]) => ({ personId, hours: roundHours(total) }))
    .sort((a, b) => b.hours - a.hours || a.personId.localeCompare(b.personId))
    .slice(0, MAX_VOLUNTEERS_SHOWN);
}
