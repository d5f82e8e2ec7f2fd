// Reads of interactions; the writes are in renderer/data/writes/interactions-writes.
import { LIVE } from '../../shared/domain/entities';
import type { HallwayDatabase } from '../db/database';

/** The newest live interaction's time for a person, 0 when there is none. */
export async function newestContactAt(db: HallwayDatabase, personId: string): Promise<number> {
  const newest = await db.interactions
    .where('[personId+at]')
    .between([personId, -Infinity], [personId, Infinity])
    .reverse()
    .filter((interaction) => interaction.deletedAt === LIVE)
    .first();
  return newest?.at ?? 0;
}
