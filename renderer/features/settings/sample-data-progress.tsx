// Progress of a sample data load, as a labelled progress bar.
import { useTranslation } from 'react-i18next';
import { useSampleDataStore } from './sample-data-store';

export function SampleDataProgress() {
  const { t } = useTranslation();
  const state = useSampleDataStore();
  if (state.phase !== 'loading') return null;
  return (
    <progress
      className="progress"
      aria-label={t('sampleData.progressLabel')}
      max={state.total || undefined}
      value={state.total ? state.done : undefined}
    />
  );
}
