// Rule 5's reads: for each upcoming event, the series' last few events (by [series+startsAt],
// newest first) and who was met at those, plus the event's own volunteers; the choice of who is
// likely there is the pure likelyAttendees (shared/follow-ups/upcoming-event-rule). Who was met at
// an event is one primary-key range of eventMeetings read as keys only, never the interactions.
import Dexie from 'dexie';
import { LIVE } from '../../../shared/domain/entities';
import {
  earlierInSeries,
  likelyAttendees,
  SERIES_LOOKBACK,
  type EventShift,
  type ScheduledEvent,
} from '../../../shared/follow-ups/upcoming-event-rule';
import type { HallwayDatabase } from '../../db/database';

/**
 * How far back one plain read looks for a series' last few events; only a series that met less
 * often than that is walked back further with a (slower) reverse cursor.
 */
const RECENT_SERIES_DAYS = 180;
const DAY = 86_400_000;

/** The series' last few live events before `event`, newest first. */
async function earlierEventsOf(
  db: HallwayDatabase,
  event: ScheduledEvent,
): Promise<ScheduledEvent[]> {
  if (event.series === '') return [];
  const since = event.startsAt - RECENT_SERIES_DAYS * DAY;
  const recent = await db.events
    .where('[series+startsAt]')
    .between([event.series, since], [event.series, event.startsAt])
    .toArray();
  const earlier = earlierInSeries(event, recent);
  if (earlier.length === SERIES_LOOKBACK) return earlier;
  const older = await db.events
    .where('[series+startsAt]')
    .between([event.series, -Infinity], [event.series, since])
    .reverse()
    .filter((other) => other.deletedAt === LIVE)
    .limit(SERIES_LOOKBACK - earlier.length)
    .toArray();
  return earlierInSeries(event, [...earlier, ...older]);
}

/** What finding who is likely at upcoming events starts from: their series' last events, shifts. */
export interface UpcomingEventsContext {
  events: readonly ScheduledEvent[];
  earlierByEvent: ReadonlyMap<string, readonly ScheduledEvent[]>;
  shifts: readonly EventShift[];
}

export async function readUpcomingEventsContext(
  db: HallwayDatabase,
  events: readonly ScheduledEvent[],
): Promise<UpcomingEventsContext> {
  const [earlier, shifts] = await Promise.all([
    Promise.all(events.map(async (event) => [event.id, await earlierEventsOf(db, event)] as const)),
    Promise.all(
      events.map((event) => db.volunteerShifts.where('eventId').equals(event.id).toArray()),
    ).then((perEvent) => perEvent.flat()),
  ]);
  return { events, earlierByEvent: new Map(earlier), shifts };
}

/**
 * Who is likely at each of the context's events (or those of `eventIds`), by event id. With
 * `atMost`, only that many people met at each earlier event are read: enough to tell whether
 * anyone (not in the trash) is likely there, without ranking them.
 */
export async function readLikelyAttendeesIn(
  db: HallwayDatabase,
  context: UpcomingEventsContext,
  trashedPeople: ReadonlySet<string>,
  { eventIds, atMost }: { eventIds?: ReadonlySet<string>; atMost?: number } = {},
): Promise<Map<string, readonly string[]>> {
  const events = context.events.filter((event) => !eventIds || eventIds.has(event.id));
  // Upcoming events of one series share their earlier events: each is read once.
  const earlierIds = [
    ...new Set(
      events.flatMap((event) => context.earlierByEvent.get(event.id) ?? []).map((e) => e.id),
    ),
  ];
  // One bounded range per event: each is a single getAllKeys, not a cursor walk.
  const metAt = new Map(
    await Promise.all(
      earlierIds.map(async (id) => {
        const pairs = db.eventMeetings
          .where('[eventId+personId]')
          .between([id, Dexie.minKey], [id, Dexie.maxKey]);
        const keys = await (atMost === undefined ? pairs : pairs.limit(atMost)).primaryKeys();
        return [id, keys.map(([, personId]) => personId)] as const;
      }),
    ),
  );
  return new Map(
    events.map((event) => [
      event.id,
      likelyAttendees(
        event,
        context.earlierByEvent.get(event.id) ?? [],
        metAt,
        context.shifts,
        trashedPeople,
      ),
    ]),
  );
}

/** Who is likely at each of `events`, by event id. */
export async function readLikelyAttendees(
  db: HallwayDatabase,
  events: readonly ScheduledEvent[],
  trashedPeople: ReadonlySet<string>,
): Promise<Map<string, readonly string[]>> {
  return readLikelyAttendeesIn(db, await readUpcomingEventsContext(db, events), trashedPeople);
}
