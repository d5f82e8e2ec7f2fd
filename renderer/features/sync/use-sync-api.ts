// The API client for a sync server URL, once the platform allows its origin: the desktop app opens
// its Content-Security-Policy and request policy to that one origin (Platform.allowSyncOrigin)
// before any request, so nothing reaches a server the user did not name.
import { useCallback } from 'react';
import { parseSyncServerUrl, syncApiOrigin } from '../../../shared/sync/sync-url';
import { usePlatform } from '../../app/platform-context';
import { SyncApiUnreachable, type SyncApiClient } from '../../sync/sync-api-client';
import { useSyncApiFactory } from './sync-api-context';

export function useSyncApi(): (serverUrl: string) => Promise<SyncApiClient> {
  const platform = usePlatform();
  const factory = useSyncApiFactory();
  return useCallback(
    async (serverUrl: string) => {
      const url = parseSyncServerUrl(serverUrl);
      if (!url) throw new Error(`Not a sync server URL: ${serverUrl}`);
      const origin = syncApiOrigin(url);
      try {
        await platform.allowSyncOrigin(serverUrl);
      } catch {
        throw new SyncApiUnreachable(origin);
      }
      return factory(origin);
    },
    [platform, factory],
  );
}
