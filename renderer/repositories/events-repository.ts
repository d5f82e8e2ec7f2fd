// Reads of events; the writes are in renderer/data/writes/events-writes.
import type { HallwayEvent } from '../../shared/domain/entities';
import type { HallwayDatabase } from '../db/database';

export function getEvent(db: HallwayDatabase, id: string): Promise<HallwayEvent | undefined> {
  return db.events.get(id);
}
