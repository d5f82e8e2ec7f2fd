// Settings' Import section: what can be imported and the button that opens the import dialog.
import { useTranslation } from 'react-i18next';
import { openImport } from './import-launch-store';

export function ImportSection() {
  const { t } = useTranslation('import');
  return (
    <section className="settings-section">
      <h2>{t('settings.heading')}</h2>
      <p>{t('settings.body')}</p>
      <div className="settings-section__actions">
        <button type="button" className="button" onClick={() => openImport()}>
          {t('settings.button')}
        </button>
      </div>
    </section>
  );
}
