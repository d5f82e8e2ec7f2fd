// One event's roster, kept live: its live assignments (oldest first) with the people assigned,
// and for each assignment the other shifts of the same person that overlap it, at this event or
// another (read through the personId index for the people on this roster only).
import { useLiveQuery } from 'dexie-react-hooks';
import { LIVE, type Person, type VolunteerShift } from '../../../../shared/domain/entities';
import { findShiftOverlaps } from '../../../../shared/volunteers/shift-overlaps';
import { useDatabase } from '../../../app/database-context';
import type { HallwayDatabase } from '../../../db/database';

export interface OverlappingShift {
  shift: VolunteerShift;
  /** The other shift's event name; null when it is this event. */
  eventName: string | null;
}

export interface EventRoster {
  shifts: VolunteerShift[];
  people: ReadonlyMap<string, Person>;
  overlaps: ReadonlyMap<string, OverlappingShift[]>;
}

export async function loadEventRoster(db: HallwayDatabase, eventId: string): Promise<EventRoster> {
  const shifts = (await db.volunteerShifts.where('eventId').equals(eventId).toArray())
    .filter((shift) => shift.deletedAt === LIVE)
    .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  const personIds = [...new Set(shifts.map((shift) => shift.personId))];
  const people = await db.people.bulkGet(personIds);
  const theirShifts = await db.volunteerShifts.where('personId').anyOf(personIds).toArray();
  const byId = new Map(theirShifts.map((shift) => [shift.id, shift]));
  const here = new Set(shifts.map((shift) => shift.id));
  const pairs = findShiftOverlaps(theirShifts).flatMap(({ firstShiftId, secondShiftId }) => [
    [firstShiftId, secondShiftId],
    [secondShiftId, firstShiftId],
  ]);
  const otherEventIds = [
    ...new Set(pairs.map(([, other]) => byId.get(other)?.eventId ?? eventId)),
  ].filter((id) => id !== eventId);
  const events = await db.events.bulkGet(otherEventIds);
  const eventNames = new Map(events.flatMap((event) => (event ? [[event.id, event.name]] : [])));
  const overlaps = new Map<string, OverlappingShift[]>();
  for (const [shiftId, otherId] of pairs) {
    const other = byId.get(otherId);
    if (!here.has(shiftId) || !other) continue;
    const eventName = other.eventId === eventId ? null : (eventNames.get(other.eventId) ?? '');
    overlaps.set(shiftId, [...(overlaps.get(shiftId) ?? []), { shift: other, eventName }]);
  }
  return {
    shifts,
    people: new Map(people.flatMap((person) => (person ? [[person.id, person]] : []))),
    overlaps,
  };
}

export function useEventRoster(eventId: string): EventRoster | undefined {
  const db = useDatabase();
  return useLiveQuery(() => loadEventRoster(db, eventId), [db, eventId]);
}
