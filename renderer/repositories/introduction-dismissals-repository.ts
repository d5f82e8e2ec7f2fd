// Whether the user dismissed a suggested pair; the writes are in
// renderer/data/writes/introduction-dismissals-writes.
import { pairKey } from '../../shared/suggestions/introduction-profile';
import type { HallwayDatabase } from '../db/database';

export async function isDismissed(db: HallwayDatabase, first: string, second: string) {
  return (await db.introductionDismissals.get(pairKey(first, second))) !== undefined;
}
