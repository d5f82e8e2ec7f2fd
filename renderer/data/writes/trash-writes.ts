// Emptying the trash: every trashed interaction, volunteer shift, person and event deleted for
// good, in one write, each the way its own service purges it. Interactions and shifts (which
// nothing refers to) go first, at once: purging a person or an event takes theirs, trashed ones
// included.
import type { HallwayDatabase } from '../../db/database';
import { numbersAbove } from '../../db/number-ranges';
import { runWrite } from '../run-write';
import { purgeEventIn } from './events-writes';
import { purgePersonIn } from './people-writes';

export interface EmptiedTrash {
  people: number;
  events: number;
  interactions: number;
  volunteerShifts: number;
}

export async function emptyTrash(db: HallwayDatabase): Promise<EmptiedTrash> {
  return runWrite(db, async (write) => {
    const trashed = (table: keyof EmptiedTrash) =>
      numbersAbove(
        write.db.table<{ id: string }, string>(table).where('deletedAt'),
        0,
      ).primaryKeys();
    const interactions = await trashed('interactions');
    await write.remove('interactions', interactions);
    const volunteerShifts = await trashed('volunteerShifts');
    await write.remove('volunteerShifts', volunteerShifts);
    const people = await trashed('people');
    for (const id of people) await purgePersonIn(write, id);
    const events = await trashed('events');
    for (const id of events) await purgeEventIn(write, id);
    return {
      people: people.length,
      events: events.length,
      interactions: interactions.length,
      volunteerShifts: volunteerShifts.length,
    };
  });
}
