// Which rows belong to a shared space (space-plan): the events of its series, every volunteer
// shift of those events, and the people on those shifts. Trashed rows belong too, so trashing
// travels. A roster is small (tens to hundreds of rows), so the out direction reads it whole
// whenever one of its tables changed. A row that stops belonging (an event moved to another
// series) is simply no longer published: co-organizers keep what they had.
import type { HallwayDatabase } from '../../db/database';

export interface SpaceMembers {
  events: Set<string>;
  volunteerShifts: Set<string>;
  people: Set<string>;
}

export async function sharedSpaceMembers(
  db: HallwayDatabase,
  series: string,
): Promise<SpaceMembers> {
  return db.transaction('r', [db.events, db.volunteerShifts], async () => {
    const eventIds = (await db.events.where('series').equals(series).primaryKeys()) as string[];
    const shifts = await db.volunteerShifts.where('eventId').anyOf(eventIds).toArray();
    return {
      events: new Set(eventIds),
      volunteerShifts: new Set(shifts.map((shift) => shift.id)),
      people: new Set(shifts.map((shift) => shift.personId)),
    };
  });
}
