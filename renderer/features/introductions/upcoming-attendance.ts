// Who is expected at the events of the next 30 days: the people met at those events (a `met`
// interaction with the event's id) and those with a volunteer shift there that is not cancelled.
// Read through the event indexes: a few events, then their interactions and shifts.
import { addDays } from 'date-fns';
import { LIVE } from '../../../shared/domain/entities';
import type { HallwayDatabase } from '../../db/database';

export const UPCOMING_DAYS = 30;

/** Event ids per person id. */
export async function readUpcomingAttendance(
  db: HallwayDatabase,
  now: number,
): Promise<Map<string, string[]>> {
  const eventIds = await db.events
    .where('[deletedAt+startsAt]')
    .between([LIVE, now], [LIVE, addDays(now, UPCOMING_DAYS).getTime()], true, true)
    .primaryKeys();
  const attendance = new Map<string, Set<string>>();
  const attend = (personId: string, eventId: string) => {
    let events = attendance.get(personId);
    if (!events) attendance.set(personId, (events = new Set()));
    events.add(eventId);
  };
  if (eventIds.length > 0) {
    const [interactions, shifts] = await Promise.all([
      db.interactions.where('eventId').anyOf(eventIds).toArray(),
      db.volunteerShifts.where('eventId').anyOf(eventIds).toArray(),
    ]);
    for (const { personId, eventId, kind, deletedAt } of interactions)
      if (eventId && kind === 'met' && deletedAt === LIVE) attend(personId, eventId);
    for (const { personId, eventId, status, deletedAt } of shifts)
      if (status !== 'cancelled' && deletedAt === LIVE) attend(personId, eventId);
  }
  return new Map([...attendance].map(([personId, events]) => [personId, [...events].sort()]));
}
