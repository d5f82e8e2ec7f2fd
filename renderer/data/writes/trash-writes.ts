// Emptying the trash: every trashed person and event deleted for good, in one write, each the way
// its own service purges it (people-writes, events-writes).
import type { HallwayDatabase } from '../../db/database';
import { numbersAbove } from '../../db/number-ranges';
import { runWrite } from '../run-write';
import { purgeEventIn } from './events-writes';
import { purgePersonIn } from './people-writes';

export interface EmptiedTrash {
  people: number;
  events: number;
}

export async function emptyTrash(db: HallwayDatabase): Promise<EmptiedTrash> {
  return runWrite(db, async (write) => {
    const people = await numbersAbove(write.db.people.where('deletedAt'), 0).primaryKeys();
    const events = await numbersAbove(write.db.events.where('deletedAt'), 0).primaryKeys();
    for (const id of people) await purgePersonIn(write, id);
    for (const id of events) await purgeEventIn(write, id);
    return { people: people.length, events: events.length };
  });
}
