// Reads of the stored follow-up actions; the writes are in renderer/data/writes/follow-ups-writes.
import type { FollowUp } from '../../shared/domain/entities';
import type { HallwayDatabase } from '../db/database';

export function findFollowUp(
  db: HallwayDatabase,
  personId: string,
  rule: string,
): Promise<FollowUp | undefined> {
  return db.followUps
    .where('rule')
    .equals(rule)
    .filter((followUp) => followUp.personId === personId)
    .first();
}
