// Settings (desktop): the backups in the backups folder, newest first, each with its date, size
// and kind (daily, weekly, "Back up now" or a safety copy; shared/backup/backup-kind), and Restore
// and Show in folder.
import { useTranslation } from 'react-i18next';
import { SAFETY_BACKUP_KEEP_DAYS } from '../../../shared/backup/backup-kind';
import type { BackupInfo } from '../../../shared/platform/platform';
import { usePlatform } from '../../app/platform-context';
import { showToast } from '../../app/toasts/toast-store';
import { useBackupFormatters } from './backup-formatters';
import { useBackupStore } from './backup-store';
import { useBackupList } from './use-backup-list';
import { useRestoreFlow } from './use-restore-flow';

export function BackupList() {
  const { t } = useTranslation('backup');
  const list = useBackupList();

  return (
    <div className="backup-list">
      <h3>{t('list.heading')}</h3>
      <p className="muted">{t('list.keptNote', { days: SAFETY_BACKUP_KEEP_DAYS })}</p>
      {list.status === 'failed' && (
        <p role="alert">{t('list.loadFailed', { message: list.message })}</p>
      )}
      {list.status === 'loaded' &&
        (list.backups.length === 0 ? (
          <p className="muted">{t('list.empty')}</p>
        ) : (
          <table className="backup-list__table">
            <thead>
              <tr>
                <th scope="col">{t('list.date')}</th>
                <th scope="col">{t('list.size')}</th>
                <th scope="col">{t('list.kind')}</th>
                <th scope="col">{t('list.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.backups.map((backup) => (
                <BackupRow key={backup.fileName} backup={backup} />
              ))}
            </tbody>
          </table>
        ))}
    </div>
  );
}

function BackupRow({ backup }: { backup: BackupInfo }) {
  const { t } = useTranslation('backup');
  const platform = usePlatform();
  const restore = useRestoreFlow();
  const { formatDate, formatSize } = useBackupFormatters();
  const busy = useBackupStore((state) => state.restore.phase !== 'idle');
  const date = formatDate(backup.createdAt);

  return (
    <tr>
      <td>{date}</td>
      <td className="backup-list__size">{formatSize(backup.sizeBytes)}</td>
      <td>{t(`list.kinds.${backup.kind}`)}</td>
      <td className="backup-list__actions">
        <button
          type="button"
          className="button"
          disabled={busy}
          aria-label={t('list.restoreLabel', { date })}
          onClick={() => void restore.fromAutomatic(backup)}
        >
          {t('list.restore')}
        </button>
        <button
          type="button"
          className="button"
          aria-label={t('list.showInFolderLabel', { date })}
          onClick={() =>
            void platform.showBackupInFolder(backup.fileName).catch((error: unknown) =>
              showToast({
                tone: 'error',
                message: t('list.showFailed', { message: (error as Error).message }),
              }),
            )
          }
        >
          {t('list.showInFolder')}
        </button>
      </td>
    </tr>
  );
}
