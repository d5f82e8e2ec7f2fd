// Settings: whether the browser keeps the data for good (persistent storage) and when the last
// backup was made from this device.
import { useTranslation } from 'react-i18next';
import { useBackupRecord } from './use-backup-record';
import { useStoragePersistenceStore } from './storage-persistence';

const PERSISTENCE_TEXT = {
  persistent: 'safety.persistent',
  'best-effort': 'safety.bestEffort',
  unknown: 'safety.unknown',
} as const;

export function StorageSafetyFacts() {
  const { t, i18n } = useTranslation('backup');
  const persistence = useStoragePersistenceStore((state) => state.persistence);
  const record = useBackupRecord();
  const dateTime = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'long',
    timeStyle: 'short',
  });
  return (
    <section className="settings-section" aria-labelledby="storage-safety-heading">
      <h2 id="storage-safety-heading">{t('safety.heading')}</h2>
      <dl className="facts">
        <dt>{t('safety.storage')}</dt>
        <dd>{t(PERSISTENCE_TEXT[persistence])}</dd>
        <dt>{t('safety.lastBackup')}</dt>
        <dd>{record?.lastBackupAt ? dateTime.format(record.lastBackupAt) : t('safety.never')}</dd>
      </dl>
    </section>
  );
}
