// Who of your people is likely at an upcoming event, for its page: first those linked to it
// already — met there (an attendee list or RSVP import logs a meeting at the event) or on its
// volunteer roster — then those met at the same series' earlier events, most events of the series
// first, then the one met there most recently. Unlike the Today view's short list
// (shared/follow-ups/upcoming-event-rule), the whole series counts; the list is capped and says
// how many more there are.
import { LIVE, type VolunteerShift } from '../domain/entities';

export const LIKELY_ATTENDEES_SHOWN = 20;

export interface SeriesAttendance {
  personId: string;
  /** How many of the series' earlier events they were met at. */
  count: number;
  /** When the latest of those began. */
  lastAt: number;
}

export interface LikelyAttendees {
  linked: string[];
  fromSeries: SeriesAttendance[];
  /** How many more series regulars there are than fromSeries shows. */
  more: number;
}

export interface SeriesEventMeetings {
  startsAt: number;
  personIds: readonly string[];
}

export interface LikelyAttendeesInput {
  /** People met at the event itself. */
  metThere: Iterable<string>;
  shifts: Iterable<Pick<VolunteerShift, 'personId' | 'status' | 'deletedAt'>>;
  /** The series' live events before this one, each with who was met there. */
  earlierInSeries: readonly SeriesEventMeetings[];
  /** Trashed people are never named. */
  isLive(personId: string): boolean;
  limit?: number;
}

export function rankLikelyAttendees({
  metThere,
  shifts,
  earlierInSeries,
  isLive,
  limit = LIKELY_ATTENDEES_SHOWN,
}: LikelyAttendeesInput): LikelyAttendees {
  const linked = new Set(metThere);
  for (const shift of shifts) {
    if (shift.deletedAt !== LIVE || shift.status === 'cancelled' || shift.status === 'no-show') {
      continue;
    }
    linked.add(shift.personId);
  }
  const attendance = new Map<string, SeriesAttendance>();
  for (const event of earlierInSeries) {
    for (const personId of new Set(event.personIds)) {
      if (linked.has(personId)) continue;
      const seen = attendance.get(personId) ?? { personId, count: 0, lastAt: -Infinity };
      attendance.set(personId, {
        personId,
        count: seen.count + 1,
        lastAt: Math.max(seen.lastAt, event.startsAt),
      });
    }
  }
  const ranked = [...attendance.values()]
    .filter(({ personId }) => isLive(personId))
    .sort(
      (a, b) =>
        b.count - a.count ||
        b.lastAt - a.lastAt ||
        (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0),
    );
  return {
    linked: [...linked].filter(isLive).sort(),
    fromSeries: ranked.slice(0, limit),
    more: Math.max(0, ranked.length - limit),
  };
}
