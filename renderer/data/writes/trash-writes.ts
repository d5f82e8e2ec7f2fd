// Emptying the trash: every trashed interaction, volunteer shift, relationship, person and event
// deleted for good, in one write, each the way its own service purges it. Interactions, shifts and
// the relationships the Trash lists (which nothing refers to) go first, at once: purging a person
// or an event takes theirs, trashed ones included.
import type { HallwayDatabase } from '../../db/database';
import { numbersAbove } from '../../db/number-ranges';
import { runWrite } from '../run-write';
import { purgeEventIn } from './events-writes';
import { trashedRelationships } from '../../repositories/relationships-repository';
import { purgePersonIn } from './people-writes';
import { purgeRelationshipsIn } from './relationships-writes';

export interface EmptiedTrash {
  people: number;
  events: number;
  interactions: number;
  volunteerShifts: number;
  relationships: number;
}

export async function emptyTrash(db: HallwayDatabase): Promise<EmptiedTrash> {
  return runWrite(db, async (write) => {
    const trashed = (table: Exclude<keyof EmptiedTrash, 'relationships'>) =>
      numbersAbove(
        write.db.table<{ id: string }, string>(table).where('deletedAt'),
        0,
      ).primaryKeys();
    const interactions = await trashed('interactions');
    await write.remove('interactions', interactions);
    const volunteerShifts = await trashed('volunteerShifts');
    await write.remove('volunteerShifts', volunteerShifts);
    const relationships = (await trashedRelationships(write.db)).map(
      ({ relationship }) => relationship.id,
    );
    await purgeRelationshipsIn(write, relationships);
    const people = await trashed('people');
    for (const id of people) await purgePersonIn(write, id);
    const events = await trashed('events');
    for (const id of events) await purgeEventIn(write, id);
    return {
      people: people.length,
      events: events.length,
      interactions: interactions.length,
      volunteerShifts: volunteerShifts.length,
      relationships: relationships.length,
    };
  });
}
