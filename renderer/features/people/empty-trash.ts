// Emptying the trash: every trashed person purged (with their interactions, introductions,
// volunteer shifts and follow-ups, see purgePerson) in one transaction, so it either all happens
// or nothing does.
import type { HallwayDatabase } from '../../db/database';
import { purgePerson } from '../../repositories/people-repository';
import { numbersAbove } from '../../db/number-ranges';

/** Deletes everyone in the trash for good; returns how many people that was. */
export async function emptyTrash(db: HallwayDatabase): Promise<number> {
  return db.transaction(
    'rw',
    [db.people, db.interactions, db.volunteerShifts, db.introductions, db.followUps],
    async () => {
      const ids = await numbersAbove(db.people.where('deletedAt'), 0).primaryKeys();
      for (const id of ids) await purgePerson(db, id);
      return ids.length;
    },
  );
}
