// Today, in the browser build: a reminder when there has been no backup from this device for a week
// (shared/backup/backup-reminder), with "Back up now" and "Remind me in a week". The desktop app
// backs up by itself every day, so it shows none. `now` is injected in tests.
import { useTranslation } from 'react-i18next';
import {
  BACKUP_REMINDER_AFTER_MS,
  daysWithoutBackup,
  isBackupReminderDue,
} from '../../../shared/backup/backup-reminder';
import { useDatabase } from '../../app/database-context';
import { usePlatform } from '../../app/platform-context';
import '../../styles/backup.css';
import { putOffBackupReminder } from '../../data/backup-record';
import { useBackUpNow } from './use-back-up-now';
import { useBackupRecord } from './use-backup-record';

export function BackupReminder({ now = Date.now }: { now?: () => number }) {
  const { t } = useTranslation('backup');
  const db = useDatabase();
  const platform = usePlatform();
  const record = useBackupRecord();
  const { backUpNow, running } = useBackUpNow();
  const at = now();
  if (platform.kind !== 'web' || !record || !isBackupReminderDue(record, at)) return null;
  const count = daysWithoutBackup(record, at);
  return (
    <section className="backup-reminder" aria-labelledby="backup-reminder-title">
      <h2 id="backup-reminder-title">{t('safety.reminderTitle')}</h2>
      <p>
        {record.lastBackupAt === null
          ? t('safety.reminderNever', { count })
          : t('safety.reminderDays', { count })}
      </p>
      <div className="settings-section__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={running}
          onClick={() => void backUpNow()}
        >
          {running ? t('backingUp') : t('backUpNow')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => void putOffBackupReminder(db, at + BACKUP_REMINDER_AFTER_MS, at)}
        >
          {t('safety.later')}
        </button>
      </div>
    </section>
  );
}
