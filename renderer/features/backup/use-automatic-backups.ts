// Desktop only: runs the daily automatic backup while the app is open (automatic-backup-scheduler)
// and refreshes the list of backups after each one. The web has no backups folder.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../app/database-context';
import { usePlatform } from '../../app/platform-context';
import { showToast } from '../../app/toasts/toast-store';
import { scheduleAutomaticBackups, SYSTEM_CLOCK } from './automatic-backup-scheduler';
import { noteBackupWritten, useBackupStore } from './backup-store';
import { saveBackup } from './create-backup';

export function useAutomaticBackups(): void {
  const db = useDatabase();
  const platform = usePlatform();
  const { t } = useTranslation('backup');

  useEffect(() => {
    if (platform.kind !== 'desktop') return;
    return scheduleAutomaticBackups({
      clock: SYSTEM_CLOCK,
      // Only automatic backups count: "Back up now" and safety copies are kept apart from rotation.
      newestBackupAt: async () =>
        (await platform.listBackups()).find(({ kind }) => kind === 'daily' || kind === 'weekly')
          ?.createdAt ?? null,
      backUp: async () => {
        // A restore replaces the data: back up after it, from the restored data.
        if (useBackupStore.getState().restore.phase !== 'idle') throw new Error('restore running');
        const result = await saveBackup(db, platform, 'automatic');
        if (result.saved) noteBackupWritten();
      },
      onError: (error) =>
        showToast({
          tone: 'error',
          message: t('automaticFailed', { message: (error as Error).message }),
        }),
    });
  }, [db, platform, t]);
}
