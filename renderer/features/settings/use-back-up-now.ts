// "Back up now": the whole database as dexie-export-import JSON, handed to the platform (a file in
// the backups folder on the desktop, a download on the web), with a toast saying where it went.
// The exporter is imported on demand so it never weighs on start-up.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { create } from 'zustand';
import { useDatabase } from '../../app/database-context';
import { usePlatform } from '../../app/platform-context';
import { showToast } from '../../app/toasts/toast-store';

const useBackupStore = create<{ running: boolean }>(() => ({ running: false }));

export function useBackUpNow() {
  const db = useDatabase();
  const platform = usePlatform();
  const { t } = useTranslation();
  const running = useBackupStore((state) => state.running);

  const backUpNow = useCallback(async () => {
    if (useBackupStore.getState().running) return;
    useBackupStore.setState({ running: true });
    try {
      const { exportDB } = await import('dexie-export-import');
      const json = await (await exportDB(db)).text();
      const result = await platform.writeBackup(json);
      showToast(
        result.saved
          ? { tone: 'success', message: t('backup.saved', { location: result.location }) }
          : { message: t('backup.cancelled') },
      );
    } catch (error) {
      showToast({
        tone: 'error',
        message: t('backup.failed', { message: (error as Error).message }),
      });
    } finally {
      useBackupStore.setState({ running: false });
    }
  }, [db, platform, t]);

  return { backUpNow, running };
}
