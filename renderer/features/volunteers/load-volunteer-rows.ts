// The Volunteers screen's rows: one read of the per-volunteer figures (kept by the database on
// every shift write, see db/volunteer-figures-middleware) and, at the same time, the names of
// those people by key (their ids come from the figures' keys, an index-only read, so both reads
// run side by side instead of one after the other). No shift is read. Decision: "everyone who has volunteered" is whoever attended a shift or has a
// reliability (a confirmed shift that is over, or a no-show); people only invited so far are not
// volunteers yet. People in the trash are left out.
import { LIVE } from '../../../shared/domain/entities';
import type { VolunteerTableRow } from '../../../shared/volunteers/volunteer-table';
import type { HallwayDatabase } from '../../db/database';
import { listVolunteerSummaries } from '../../repositories/volunteer-figures-repository';

export async function loadVolunteerRows(
  db: HallwayDatabase,
  now: number,
): Promise<VolunteerTableRow[]> {
  const ids = await db.volunteerFigures.toCollection().primaryKeys();
  const [summaries, people] = await Promise.all([
    listVolunteerSummaries(db, now),
    db.people.bulkGet(ids),
  ]);
  const byId = new Map(
    people.flatMap((person) => (person && person.deletedAt === LIVE ? [[person.id, person]] : [])),
  );
  const rows: VolunteerTableRow[] = [];
  for (const summary of summaries) {
    const person = byId.get(summary.personId);
    if (!person || (summary.eventsVolunteered === 0 && summary.reliability === null)) continue;
    rows.push({
      ...summary,
      displayName: person.displayName,
      nameReading: person.nameReading,
      sortName: person.sortName,
    });
  }
  return rows;
}
