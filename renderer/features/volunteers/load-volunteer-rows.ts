// The Volunteers screen's rows: one read of the volunteer records (figures and name, kept on every
// write of a shift or a person, see data/derived/volunteer-figures). No shift and no person row
// is read. Decision: "everyone who has volunteered" is whoever attended a shift or has a
// reliability (a confirmed shift that is over, or a no-show); people only invited so far are not
// volunteers yet. People in the trash are left out.
import { summariseFigures } from '../../../shared/volunteers/volunteer-figures';
import type { VolunteerTableRow } from '../../../shared/volunteers/volunteer-table';
import type { HallwayDatabase } from '../../db/database';

export async function loadVolunteerRows(
  db: HallwayDatabase,
  now: number,
): Promise<VolunteerTableRow[]> {
  const records = await db.volunteerFigures.toArray();
  const rows: VolunteerTableRow[] = [];
  for (const record of records) {
    const { person } = record;
    if (!person || person.trashed) continue;
    const summary = summariseFigures(record, now);
    if (summary.eventsVolunteered === 0 && summary.reliability === null) continue;
    rows.push({
      ...summary,
      displayName: person.displayName,
      nameReading: person.nameReading,
      sortName: person.sortName,
    });
  }
  return rows;
}
