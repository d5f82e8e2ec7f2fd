// Reads of people; the writes are in renderer/data/writes/people-writes.
import type { Person } from '../../shared/domain/entities';
import type { HallwayDatabase } from '../db/database';

export function getPerson(db: HallwayDatabase, id: string): Promise<Person | undefined> {
  return db.people.get(id);
}
