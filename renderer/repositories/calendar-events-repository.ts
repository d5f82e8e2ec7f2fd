// The live events a calendar file names, found by their calendar UIDs (or the UID Hallway's own
// export gave them). Events have no index on calendarUid (it would need a schema version for a
// field few rows carry): the events table is read whole, which stays small (a person's events,
// not their contacts).
import { hallwayEventUid } from '../../shared/calendar/calendar-uid';
import { LIVE } from '../../shared/domain/entities';
import type { StoredCalendarEvent } from '../../shared/calendar/plan-calendar-import';
import type { HallwayDatabase } from '../db/database';

export function findEventsByCalendarUid(
  db: HallwayDatabase,
  uids: ReadonlySet<string>,
): Promise<StoredCalendarEvent[]> {
  return db.events
    .filter(
      (event) =>
        event.deletedAt === LIVE &&
        (uids.has(hallwayEventUid(event.id)) ||
          (event.calendarUid !== undefined && uids.has(event.calendarUid))),
    )
    .toArray();
}
