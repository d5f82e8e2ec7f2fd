// The last step of importing a roster spreadsheet (features/volunteers/import-roster reads and
// previews it): one write (docs/architecture.md, "One write path") that creates the new people,
// then their shifts, through the entities' own writes; all or nothing. Imported shifts are
// `confirmed`: an organizer's roster lists people who said yes.
import { LIVE } from '../../../shared/domain/entities';
import type { RosterImportPlan } from '../../../shared/volunteers/roster-import-plan';
import type { HallwayDatabase } from '../../db/database';
import { createPersonIn } from './people-writes';
import { createShiftIn } from './volunteer-shifts-writes';
import { runWrite } from '../run-write';
import { notFound } from './write-error';

export const ROSTER_SOURCE = 'import:roster';

export interface RosterImportResult {
  shifts: number;
  newPeople: number;
}

export async function commitRosterImport(
  db: HallwayDatabase,
  eventId: string,
  plan: RosterImportPlan,
): Promise<RosterImportResult> {
  const toWrite = plan.rows.filter((row) => !row.alreadyOnRoster);
  return runWrite(db, async (write) => {
    const event = await write.get('events', eventId);
    if (!event || event.deletedAt !== LIVE) throw notFound('event', eventId);
    const created = new Map<string, string>();
    for (const row of toWrite) {
      if (row.who.kind !== 'new' || created.has(row.who.newKey)) continue;
      const person = await createPersonIn(write, { ...row.person, source: ROSTER_SOURCE });
      created.set(row.who.newKey, person.id);
    }
    for (const row of toWrite) {
      await createShiftIn(write, {
        eventId,
        personId: row.who.kind === 'existing' ? row.who.personId : created.get(row.who.newKey)!,
        role: row.role,
        startsAt: row.startsAt,
        endsAt: row.endsAt,
        status: 'confirmed',
      });
    }
    return { shifts: toWrite.length, newPeople: created.size };
  });
}
