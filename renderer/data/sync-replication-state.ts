// The replicator's own bookkeeping in localState (device-only, never backed up or synced): the
// newest stamp its clock made or saw, so stamps keep growing across a restart, and the spaces whose
// rows it has published once in full (a device with data before pairing, or a space joined later).
import type { HallwayDatabase } from '../db/database';

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
