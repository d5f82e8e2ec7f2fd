// The Settings section for backups: Back up now and Restore from file… everywhere; on the desktop
// also the list of automatic backups, on the web a note that backups are downloads.
import { useTranslation } from 'react-i18next';
import { usePlatform } from '../../app/platform-context';
import '../../styles/backup.css';
import { BackupList } from './backup-list';
import { useBackupStore } from './backup-store';
import { useBackUpNow } from './use-back-up-now';
import { useRestoreFlow } from './use-restore-flow';

export function BackupSection() {
  const { t } = useTranslation('backup');
  const platform = usePlatform();
  const { backUpNow, running } = useBackUpNow();
  const restore = useRestoreFlow();
  const backingUp = useBackupStore((state) => state.backingUp);
  const restoring = useBackupStore((state) => state.restore.phase !== 'idle');
  const desktop = platform.kind === 'desktop';

  return (
    <section className="settings-section backup-section">
      <h2>{t('heading')}</h2>
      <p>{desktop ? t('bodyDesktop') : t('bodyWeb')}</p>
      <div className="settings-section__actions">
        <button
          type="button"
          className="button"
          disabled={running || restoring}
          onClick={() => void backUpNow()}
        >
          {running ? t('backingUp') : t('backUpNow')}
        </button>
        <button
          type="button"
          className="button"
          disabled={running || restoring}
          onClick={() => void restore.fromFile()}
        >
          {t('restoreFromFile')}
        </button>
        {backingUp && (
          <progress
            className="progress"
            aria-label={t('backupProgress')}
            max={backingUp.total || undefined}
            value={backingUp.total ? backingUp.done : undefined}
          />
        )}
      </div>
      {desktop && <BackupList />}
    </section>
  );
}
