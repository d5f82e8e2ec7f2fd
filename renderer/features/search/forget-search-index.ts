// After a restore the persisted search index describes data that is gone, and its updatedAt
// watermark would pass over restored rows older than it: it is dropped, and the search worker
// builds the index afresh at the next start.
import type { HallwayDatabase } from '../../db/database';

export async function forgetPersistedSearchIndex(db: HallwayDatabase): Promise<void> {
  await db.searchIndex.clear();
}
