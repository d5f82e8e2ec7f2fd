// The sync settings that follow from the server's answers: a device just paired or joined, a
// fresh token after a grant changed. Saving writes them to the database, then hands them to the
// sync store, where the session picks them up and (re)starts with them.
import type { HallwayDatabase } from '../../db/database';
import { writeSyncConfig } from '../../data/sync-config-state';
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

export async function saveSyncConfig(
  db: HallwayDatabase,
  config: SyncConfig | null,
): Promise<void> {
  await writeSyncConfig(db, config);
  useSyncStore.getState().setConfig(config);
}
