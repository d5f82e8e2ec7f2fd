// The sync settings that follow from the server's answers: a device just paired or joined, a
// fresh token after a grant changed. Saving writes them to the database, then hands them to the
// sync store, where the session picks them up and (re)starts with them, and forgets what the device
// kept for the spaces it no longer syncs.
import type { HallwayDatabase } from '../../db/database';
import { readSyncConfig, writeSyncConfig } from '../../data/sync-config-state';
import { deleteAllDocuments, deleteSpaceDocuments } from '../../data/sync-document-store';
import { forgetSpaceReplication, forgetSyncReader } from '../../data/sync-replication-state';
import type { SyncApiSpace, SyncGrantAnswer } from '../../sync/sync-api-client';
import type { SyncConfig, SyncSpace } from '../../sync/sync-config';
import { useSyncStore } from '../../sync/sync-store';

export function syncSpacesOf(spaces: SyncApiSpace[]): SyncSpace[] {
  return spaces.map(({ spaceId, role, kind, series }) => ({ spaceId, role, kind, series }));
}

export function configFromAnswer(
  answer: SyncGrantAnswer,
  device: { serverUrl: string; deviceName: string },
): SyncConfig {
  return {
    enabled: true,
    serverUrl: device.serverUrl,
    deviceId: answer.deviceId,
    deviceName: device.deviceName,
    userId: answer.userId,
    token: answer.token,
    spaces: syncSpacesOf(answer.spaces),
  };
}

/** The config with the token and spaces of a refresh (null when nothing changed). */
export function refreshedConfig(config: SyncConfig, answer: SyncGrantAnswer): SyncConfig | null {
  const spaces = syncSpacesOf(answer.spaces);
  if (JSON.stringify(spaces) === JSON.stringify(config.spaces)) return null;
  return { ...config, token: answer.token, spaces };
}

/**
 * Saves the config and hands it to the session. What the device kept for a space it no longer
 * syncs (left, removed, or the server forgotten) goes too: the space's saved documents and the
 * replicator's records, so a later pairing starts afresh; forgetting the server also ends the
 * change feed's sync reader. Best effort against a session still stopping: its last flush may
 * write a document back, which only a later pairing with the same space would read (and merge).
 */
export async function saveSyncConfig(
  db: HallwayDatabase,
  config: SyncConfig | null,
): Promise<void> {
  const before = useSyncStore.getState().config ?? (await readSyncConfig(db));
  await writeSyncConfig(db, config);
  useSyncStore.getState().setConfig(config);
  const kept = new Set(config?.spaces.map(({ spaceId }) => spaceId));
  const dropped = (before?.spaces ?? []).filter(({ spaceId }) => !kept.has(spaceId));
  for (const { spaceId } of dropped) {
    await deleteSpaceDocuments(db, spaceId);
    await forgetSpaceReplication(db, spaceId);
  }
  if (config === null) {
    await deleteAllDocuments(db);
    await forgetSyncReader(db);
  }
}
