// The live events imported from calendar files, found by their calendar UIDs. Events have no
// index on calendarUid (it would need a schema version for a field few rows carry): the events
// table is read whole, which stays small (a person's events, not their contacts).
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
        event.deletedAt === LIVE && event.calendarUid !== undefined && uids.has(event.calendarUid),
    )
    .toArray();
}
