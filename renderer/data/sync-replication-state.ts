// The replicator's own bookkeeping in localState (device-only, never backed up or synced): the
// newest stamp its clock made or saw, so stamps keep growing across a restart, and the spaces whose
// rows it has published once in full (a device with data before pairing, or a space joined later).
// Leaving a space or forgetting the server forgets what the device knew of it (forget…), so that a
// later pairing publishes everything again, and the change feed stops keeping entries for sync.
import type { HallwayDatabase } from '../db/database';
import { removeReaderPosition } from './change-feed';

/** The change feed's reader the replicator publishes from. */
export const SYNC_READER = 'sync';
const CLOCK_KEY = 'sync.clock';
const publishedKey = (spaceId: string) => `sync.published.${spaceId}`;

export async function readSyncClock(db: HallwayDatabase): Promise<string | undefined> {
  return (await db.localState.get(CLOCK_KEY))?.value as string | undefined;
}

export async function writeSyncClock(db: HallwayDatabase, stamp: string): Promise<void> {
  await db.localState.put({ key: CLOCK_KEY, value: stamp });
}

export async function readSpacePublished(db: HallwayDatabase, spaceId: string): Promise<boolean> {
  return (await db.localState.get(publishedKey(spaceId)))?.value === true;
}

export async function markSpacePublished(db: HallwayDatabase, spaceId: string): Promise<void> {
  await db.localState.put({ key: publishedKey(spaceId), value: true });
}

/** Forgets a space (left, or its server forgotten): its row records and its first publish. */
export async function forgetSpaceReplication(db: HallwayDatabase, spaceId: string): Promise<void> {
  await db.transaction('rw', [db.syncRows, db.localState], async () => {
    await db.syncRows.where(':id').startsWith(`${spaceId}|`).delete();
    await db.localState.delete(publishedKey(spaceId));
  });
}

/** Sync turned off for good (the server forgotten): the change feed no longer keeps its entries. */
export async function forgetSyncReader(db: HallwayDatabase): Promise<void> {
  await removeReaderPosition(db, SYNC_READER);
}
