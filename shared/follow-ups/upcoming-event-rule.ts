// Rule 5: an event in the next days: the people you know who are likely there (the Today view
// shows what you talked about last with each). Likely there: volunteering at it, or met at one of
// the series' last few events (those met at more of them first). Only the last SERIES_LOOKBACK
// events of a series count and at most MAX_ATTENDEES people are named, so a weekly meetup of four
// years stays a short list that is quick to read (and to compute). Who was met at an event is
// read as EventMeeting pairs, kept on write in a table of their own
// (renderer/data/derived/event-meetings.ts), not as the interactions they come from.
import { LIVE, type HallwayEvent, type Interaction, type VolunteerShift } from '../domain/entities';
import { COMING_UP_DAYS, type SuggestedFollowUp } from './suggested-follow-up';
import type { ZonedCalendar } from './zoned-calendar';

export const SERIES_LOOKBACK = 3;
export const MAX_ATTENDEES = 12;

export type ScheduledEvent = Pick<HallwayEvent, 'id' | 'series' | 'startsAt' | 'deletedAt'>;
export type EventShift = Pick<VolunteerShift, 'personId' | 'eventId' | 'status' | 'deletedAt'>;

/** A person met at an event: one per pair, however many interactions log it. */
export interface EventMeeting {
  eventId: string;
  personId: string;
}

/** The pair `interaction` stands for, when it is a live meeting at an event, else undefined. */
export function eventMeetingOf(
  interaction: Pick<Interaction, 'personId' | 'eventId' | 'kind' | 'deletedAt'>,
): EventMeeting | undefined {
  const { eventId, personId, kind, deletedAt } = interaction;
  if (kind !== 'met' || eventId === undefined || deletedAt !== LIVE) return undefined;
  return { eventId, personId };
}

/** The first instant (inclusive) and the end (exclusive) of "upcoming": today and 7 more days. */
export function upcomingRange(calendar: ZonedCalendar, now: number): [number, number] {
  return [calendar.startOfDay(now), calendar.addDays(now, COMING_UP_DAYS + 1)];
}

/** The series' last SERIES_LOOKBACK live events before `event`, newest first. */
export function earlierInSeries(
  event: ScheduledEvent,
  seriesEvents: Iterable<ScheduledEvent>,
): ScheduledEvent[] {
  const earlier: ScheduledEvent[] = [];
  for (const other of seriesEvents) {
    if (other.id === event.id || other.deletedAt !== LIVE) continue;
    if (event.series === '' || other.series !== event.series) continue;
    if (other.startsAt < event.startsAt) earlier.push(other);
  }
  return earlier.sort((a, b) => b.startsAt - a.startsAt).slice(0, SERIES_LOOKBACK);
}

/**
 * Who is likely at `event`: its volunteers, then the people met at `earlierEvents` (`metAt` holds
 * whom each was met at, by event id): met at more of them first, then met more recently.
 */
export function likelyAttendees(
  event: ScheduledEvent,
  earlierEvents: readonly ScheduledEvent[],
  metAt: ReadonlyMap<string, readonly string[]>,
  shifts: Iterable<EventShift>,
  trashedPeople: ReadonlySet<string>,
): string[] {
  const met = new Map<string, { count: number; lastAt: number }>();
  for (const earlier of earlierEvents) {
    for (const personId of metAt.get(earlier.id) ?? []) {
      const seen = met.get(personId) ?? { count: 0, lastAt: -Infinity };
      met.set(personId, {
        count: seen.count + 1,
        lastAt: Math.max(seen.lastAt, earlier.startsAt),
      });
    }
  }
  const volunteers = new Set<string>();
  for (const shift of shifts) {
    if (shift.eventId !== event.id || shift.deletedAt !== LIVE) continue;
    if (shift.status === 'cancelled' || shift.status === 'no-show') continue;
    volunteers.add(shift.personId);
  }
  const ranked = [...met.entries()]
    .filter(([personId]) => !volunteers.has(personId))
    .sort(
      ([idA, a], [idB, b]) =>
        b.count - a.count || b.lastAt - a.lastAt || (idA < idB ? -1 : idA > idB ? 1 : 0),
    )
    .map(([personId]) => personId);
  return [...[...volunteers].sort(), ...ranked]
    .filter((personId) => !trashedPeople.has(personId))
    .slice(0, MAX_ATTENDEES);
}

export function upcomingEventFollowUps(
  events: Iterable<ScheduledEvent>,
  attendeesByEvent: ReadonlyMap<string, readonly string[]>,
  calendar: ZonedCalendar,
  now: number,
): SuggestedFollowUp[] {
  const [from, until] = upcomingRange(calendar, now);
  const suggestions: SuggestedFollowUp[] = [];
  for (const event of events) {
    if (event.deletedAt !== LIVE || event.startsAt < from || event.startsAt >= until) continue;
    const personIds = attendeesByEvent.get(event.id) ?? [];
    if (personIds.length === 0) continue;
    suggestions.push({
      key: `upcoming:${event.id}`,
      rule: 'upcoming',
      personIds,
      dueAt: event.startsAt,
      eventId: event.id,
    });
  }
  return suggestions;
}
