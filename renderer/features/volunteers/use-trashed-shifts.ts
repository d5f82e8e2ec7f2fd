// The volunteer shifts in the trash, most recently deleted first (the newest TRASH_PAGE from the
// deletedAt index, with the total), each with its volunteer's and its event's name.
import { useLiveQuery } from 'dexie-react-hooks';
import type { VolunteerShift } from '../../../shared/domain/entities';
import { useDatabase } from '../../app/database-context';
import type { HallwayDatabase } from '../../db/database';
import { numbersAbove } from '../../db/number-ranges';
import { TRASH_PAGE } from '../people/use-trashed-people';

export interface TrashedShift {
  shift: VolunteerShift;
  personName: string;
  eventName: string | null;
}

export interface TrashedShifts {
  items: TrashedShift[];
  total: number;
}

async function loadTrashedShifts(db: HallwayDatabase): Promise<TrashedShifts> {
  const inTrash = numbersAbove(db.volunteerShifts.where('deletedAt'), 0);
  const [shifts, total] = await Promise.all([
    inTrash.clone().reverse().limit(TRASH_PAGE).toArray(),
    inTrash.clone().count(),
  ]);
  const [people, events] = await Promise.all([
    db.people.bulkGet(shifts.map((shift) => shift.personId)),
    db.events.bulkGet(shifts.map((shift) => shift.eventId)),
  ]);
  const items = shifts.map((shift, index) => ({
    shift,
    personName: people[index]?.displayName ?? '',
    eventName: events[index]?.name ?? null,
  }));
  return { items, total };
}

export function useTrashedShifts(): TrashedShifts | undefined {
  const db = useDatabase();
  return useLiveQuery(() => loadTrashedShifts(db), [db]);
}
