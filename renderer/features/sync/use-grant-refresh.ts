// After a grant changed (a space created, left or joined), the server's token still carries the
// old grants: ask for a fresh token with everything the user holds now and save it with the
// spaces, so the session restarts with them.
import { useCallback } from 'react';
import { useDatabase } from '../../app/database-context';
import type { SyncConfig } from '../../sync/sync-config';
import { useSyncStore } from '../../sync/sync-store';
import { saveSyncConfig, syncSpacesOf } from './sync-config-changes';
import { useSyncApi } from './use-sync-api';

export function useGrantRefresh(): (token: string) => Promise<void> {
  const db = useDatabase();
  const apiFor = useSyncApi();
  return useCallback(
    async (token: string) => {
      const config = useSyncStore.getState().config;
      if (!config) return;
      const api = await apiFor(config.serverUrl);
      const answer = await api.refreshToken(token);
      const next: SyncConfig = {
        ...config,
        token: answer.token,
        spaces: syncSpacesOf(answer.spaces),
      };
      await saveSyncConfig(db, next);
    },
    [db, apiFor],
  );
}
