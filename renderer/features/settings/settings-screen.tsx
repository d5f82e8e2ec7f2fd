// Settings: language, appearance, follow-ups, sample data, backup and restore (features/backup),
// sync (features/sync) and information about the app.
import { useTranslation } from 'react-i18next';
import { Screen } from '../../app/screen';
import { useFormatters } from '../../i18n/format';
import { BackupSection } from '../backup/backup-section';
import { StorageSafetyFacts } from '../backup/storage-safety-facts';
import { FollowUpSettings } from '../follow-ups/follow-up-settings';
import { ImportSection } from '../import/ui/import-section';
import { SyncSection } from '../sync/sync-section';
import { LoadSampleDataButton } from './load-sample-data-button';
import { LanguageSetting } from './language-setting';
import { SampleDataProgress } from './sample-data-progress';
import { SAMPLE_DATA_OPTIONS } from './use-sample-data';
import { useAppInfo } from './use-app-info';
import { useSystemColorScheme } from './use-system-color-scheme';

export function SettingsScreen() {
  const { t } = useTranslation('settings');
  const format = useFormatters();
  const colorScheme = useSystemColorScheme();

  return (
    <Screen title={t('title')} subtitle={t('intro')}>
      <section className="settings-section">
        <h2>{t('language.heading')}</h2>
        <LanguageSetting />
      </section>
      <section className="settings-section">
        <h2>{t('theme.heading')}</h2>
        <p>{t('theme.body')}</p>
        <p className="muted">{t('theme.current', { mode: t(`theme.${colorScheme}`) })}</p>
      </section>
      <FollowUpSettings />
      <section className="settings-section">
        <h2>{t('sampleData.heading')}</h2>
        <p>{t('sampleData.body', { formattedCount: format.number(SAMPLE_DATA_OPTIONS.people) })}</p>
        <div className="settings-section__actions">
          <LoadSampleDataButton />
          <SampleDataProgress />
        </div>
      </section>
      <ImportSection />
      <BackupSection />
      <StorageSafetyFacts />
      <SyncSection />
      <AboutSection />
    </Screen>
  );
}

function AboutSection() {
  const { t } = useTranslation('settings');
  const info = useAppInfo();
  return (
    <section className="settings-section">
      <h2>{t('about.heading')}</h2>
      {info && (
        <dl className="facts">
          <dt>{t('about.version')}</dt>
          <dd>{info.version}</dd>
          <dt>{t('about.platform')}</dt>
          <dd>{t(`about.${info.platform}`)}</dd>
          <dt>{t('about.os')}</dt>
          <dd>{info.os}</dd>
          {info.userDataDir && (
            <>
              <dt>{t('about.dataFolder')}</dt>
              <dd>{info.userDataDir}</dd>
            </>
          )}
        </dl>
      )}
    </section>
  );
}
