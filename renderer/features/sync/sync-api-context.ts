// Which API client Settings → Sync talks to: the real one (fetch) in the app, a fake in tests.
import { createContext, useContext } from 'react';
import { createSyncApiClient, type SyncApiClient } from '../../sync/sync-api-client';

/** Makes a client for an API origin (shared/sync/sync-url: syncApiOrigin). */
export type SyncApiFactory = (origin: string) => SyncApiClient;

export const SyncApiContext = createContext<SyncApiFactory>((origin) =>
  createSyncApiClient(origin),
);

export function useSyncApiFactory(): SyncApiFactory {
  return useContext(SyncApiContext);
}
