// This device's sync settings in localState (renderer/sync/sync-config): device bookkeeping,
// never backed up or synced, because it holds the device token.
import type { HallwayDatabase } from '../db/database';
import type { SyncConfig } from '../sync/sync-config';

const SYNC_CONFIG_KEY = 'sync.config';

export async function readSyncConfig(db: HallwayDatabase): Promise<SyncConfig | null> {
  const row = await db.localState.get(SYNC_CONFIG_KEY);
  return (row?.value as SyncConfig | undefined) ?? null;
}

export async function writeSyncConfig(
  db: HallwayDatabase,
  config: SyncConfig | null,
): Promise<void> {
  if (config) await db.localState.put({ key: SYNC_CONFIG_KEY, value: config });
  else await db.localState.delete(SYNC_CONFIG_KEY);
}
