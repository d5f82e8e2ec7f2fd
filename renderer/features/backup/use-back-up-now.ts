// "Back up now" (Settings, the palette, the File menu): a full backup handed to the platform (the
// backups folder on the desktop, a download on the web), with progress and a toast saying where
// it went.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../app/database-context';
import { usePlatform } from '../../app/platform-context';
import { showToast } from '../../app/toasts/toast-store';
import { noteBackupWritten, useBackupStore } from './backup-store';
import { saveBackup } from './create-backup';

export function useBackUpNow() {
  const db = useDatabase();
  const platform = usePlatform();
  const { t } = useTranslation('backup');
  const running = useBackupStore((state) => state.backingUp !== null);

  const backUpNow = useCallback(async () => {
    if (useBackupStore.getState().backingUp) return;
    useBackupStore.setState({ backingUp: { done: 0, total: 0 } });
    try {
      const result = await saveBackup(db, platform, 'manual', (done, total) =>
        useBackupStore.setState({ backingUp: { done, total } }),
      );
      if (result.saved) noteBackupWritten();
      showToast(
        result.saved
          ? { tone: 'success', message: t('saved', { location: result.location }) }
          : { message: t('cancelled') },
      );
    } catch (error) {
      showToast({ tone: 'error', message: t('failed', { message: (error as Error).message }) });
    } finally {
      useBackupStore.setState({ backingUp: null });
    }
  }, [db, platform, t]);

  return { backUpNow, running };
}
