// The "Load sample data" button, wherever a screen offers it; disabled while a load runs.
import { useTranslation } from 'react-i18next';
import { useSampleDataStore } from './sample-data-store';
import { useSampleData } from './use-sample-data';

export function LoadSampleDataButton() {
  const { t } = useTranslation();
  const busy = useSampleDataStore((state) => state.phase === 'loading');
  const { request } = useSampleData();
  return (
    <button
      type="button"
      className="button button--primary"
      disabled={busy}
      onClick={() => void request()}
    >
      {t('sampleData.load')}
    </button>
  );
}
