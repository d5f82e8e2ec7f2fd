// The Volunteers screen's rows: one read of the per-volunteer figures (kept by the database on
// every shift write, see db/volunteer-figures-middleware), then the names of those people by key.
// No shift is read. Decision: "everyone who has volunteered" is whoever attended a shift or has a
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
  const summaries = (await listVolunteerSummaries(db, now)).filter(
    (summary) => summary.eventsVolunteered > 0 || summary.reliability !== null,
  );
  const people = await db.people.bulkGet(summaries.map((summary) => summary.personId));
  const rows: VolunteerTableRow[] = [];
  summaries.forEach((summary, index) => {
    const person = people[index];
    if (!person || person.deletedAt !== LIVE) return;
    rows.push({
      ...summary,
      displayName: person.displayName,
      nameReading: person.nameReading,
      sortName: person.sortName,
    });
  });
  return rows;
}
