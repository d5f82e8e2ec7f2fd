// Runs one call to the sync server for a piece of Settings → Sync: busy while it runs, and its
// failure as a sentence (the server's reason in words, or "Cannot reach the sync server at …").
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SyncApiRefusal, SyncApiUnreachable } from '../../sync/sync-api-client';
import { syncReasonMessage } from './sync-reason-message';

export function useSyncRequest() {
  const { t } = useTranslation('sync');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = useCallback(
    async (request: () => Promise<void>): Promise<boolean> => {
      setBusy(true);
      setError(null);
      try {
        await request();
        return true;
      } catch (failure) {
        if (failure instanceof SyncApiRefusal) setError(syncReasonMessage(t, failure.reason));
        else if (failure instanceof SyncApiUnreachable) {
          setError(t('errors.unreachable', { origin: failure.origin }));
        } else throw failure;
        return false;
      } finally {
        setBusy(false);
      }
    },
    [t],
  );

  return { run, busy, error, setError };
}
