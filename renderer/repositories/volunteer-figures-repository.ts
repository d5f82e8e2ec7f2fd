// Reading the volunteers' figures. The records are written by the database itself on every shift
// write (see db/volunteer-figures-middleware), never here; this module only reads them, and can
// rebuild them all from the shifts and people (after a restore that brought shifts without their
// figures).
import { summariseFigures, type VolunteerSummary } from '../../shared/volunteers/volunteer-figures';
import { volunteerRecords } from '../../shared/volunteers/volunteer-record';
import type { HallwayDatabase } from '../db/database';

/** Everyone with at least one live shift, summarised as of `now`: one read of the figures table. */
export async function listVolunteerSummaries(
  db: HallwayDatabase,
  now: number,
): Promise<VolunteerSummary[]> {
  const records = await db.volunteerFigures.toArray();
  return records.map((figures) => summariseFigures(figures, now));
}

/** One person's summary as of `now`; null when they have no live shift. */
export async function getVolunteerSummary(
  db: HallwayDatabase,
  personId: string,
  now: number,
): Promise<VolunteerSummary | null> {
  const figures = await db.volunteerFigures.get(personId);
  return figures ? summariseFigures(figures, now) : null;
}

/** Recomputes every record from the shifts and the volunteers' person rows, in one transaction. */
export async function rebuildVolunteerFigures(db: HallwayDatabase): Promise<void> {
  await db.transaction('rw', [db.volunteerShifts, db.volunteerFigures, db.people], async () => {
    const shifts = await db.volunteerShifts.toArray();
    const people = await db.people.bulkGet([...new Set(shifts.map((shift) => shift.personId))]);
    const records = volunteerRecords(
      shifts,
      new Map(people.flatMap((person) => (person ? [[person.id, person] as const] : []))),
    );
    await db.volunteerFigures.clear();
    await db.volunteerFigures.bulkPut(records);
  });
}
